package hadath.core.event;

import static hadath.core.event.Clause.THAT;
import static hadath.core.event.Clause.THAT_PRONOUN;
import static hadath.core.event.Clause.isActor;
import static hadath.core.event.Clause.same;

import hadath.core.entity.MentionIndex.At;
import hadath.core.tokenize.Token;
import java.util.List;

/**
 * Who speaks for a reported clause (قال ... إن، أعلن ... أنهم) and who acts in a relative clause (الذي تؤديه
 * مصر): the subject a pronoun or a complementiser refers back to.
 */
final class ReportedSpeech {

    private final List<Token> tokens;
    private final At[] actorAt;
    private final At[] insideOf;
    private final ActorsBefore before;

    ReportedSpeech(Clause c, ActorsBefore before) {
        this.tokens = c.tokens;
        this.actorAt = c.actorAt;
        this.insideOf = c.insideOf;
        this.before = before;
    }

    /**
     * Who reports the clause that a sentence reports before {@code trigger} (قال الرئيس الأوكراني زيلينسكي إن
     * روسيا قصفت ...): the nearest actor no preposition governs before the sentence's first أن/إن/بأن; null when
     * the sentence reports nothing before the trigger or names no reporter.
     */
    At reporter(int sentenceStart, int trigger) {
        for (int i = sentenceStart + 1; i < trigger; i++) {
            if (actorAt[i] == null && THAT.contains(tokens.get(i).key())) {
                return before.subjectBefore(sentenceStart, i);
            }
        }
        return null;
    }

    /**
     * The subject of a reported clause that refers back by a pronoun: أعلن الحوثيون أنهم استهدفوا، قال حزب الله إن
     * مقاتليه استهدفوا (the fighters are the group's, coded as the group): the subject of the sentence before it.
     */
    At reportingSubject(int sentenceStart, int trigger) {
        int j = trigger - 1;
        if (j > sentenceStart && actorAt[j] == null && possessed(tokens.get(j).key())
                && THAT.contains(tokens.get(j - 1).key())) {
            return before.subjectBefore(sentenceStart, j - 1);
        }
        return j > sentenceStart && THAT_PRONOUN.contains(tokens.get(j).key())
                ? before.subjectBefore(sentenceStart, j) : null;
    }

    /** A noun with a possessive pronoun of the third person (مقاتليه، قواتها، عناصرهم). */
    private static boolean possessed(String key) {
        return key.length() > 3 && (key.endsWith("ه") || key.endsWith("ها") || key.endsWith("هم"));
    }

    /**
     * The subject of a relative clause's verb (الذي تؤديه مصر، التي تبذلها مسقط) starting before {@code end}, when
     * no actor stands between {@code from} and the relative pronoun; not {@code not}. The subject stands
     * before {@code sentenceEnd}: past it is the next sentence's.
     */
    At agentOfRelative(int from, int end, int sentenceEnd, At not) {
        for (int i = from; i + 2 < Math.min(tokens.size(), sentenceEnd) && i < end; i++) {
            if (insideOf[i] != null) {
                return null; // an actor before any relative clause: the object is that actor's, not a clause's
            }
            if (TriggerForm.RELATIVES.contains(tokens.get(i).key()) && tokens.get(i + 1).isWord()) {
                At a = actorAt[i + 2];
                return isActor(a) && !same(a, not) ? a : null;
            }
        }
        return null;
    }
}
