package hadath.core.event;

import static hadath.core.event.TriggerForm.dualAt;
import static hadath.core.event.TriggerForm.isOneOf;

import hadath.core.entity.MentionIndex.At;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.sentence.Sentence;
import hadath.core.text.TokenRange;
import hadath.core.time.TimeExpression;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import hadath.core.tokenize.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases a subject splits (ووقع الجانبان ثماني اتفاقيات، فرضت بريطانيا عقوبات على): a verb, then its
 * subject (actors, titles, a time between commas), then the rest of a phrase that starts with that verb, at most
 * one short word (a number) later. Their first word is a verb. The lexicon's matcher cannot see them, since
 * the subject stands inside the phrase; they are found here once per document, before the triggers are read.
 *
 * @param phrases     the split phrases, in text order
 * @param objectStart for a phrase whose subject is followed by an object or a party (منح الصندوق الأردن قرضا،
 *                    وقعت الحكومة مع شركات تركية عقودا), the first token of that object or party
 */
record SplitPhrases(Set<LexiconMatch> phrases, Map<LexiconMatch, Integer> objectStart) {

    /** Prepositions whose actor can stand between a verb's subject and its object (وقعت مصر مع الأردن اتفاقا). */
    private static final Set<String> BEFORE_OBJECT = KeyNormalizer.keys("مع", "على", "إلى", "الى", "من");

    /** Which tokens a time expression covers: a subject may hold one (فرضت واشنطن، الخميس، عقوبات). */
    static boolean[] timeTokens(List<Token> tokens, List<TimeExpression> times) {
        boolean[] timeToken = new boolean[tokens.size()];
        for (TimeExpression t : times) {
            TokenRange r = Tokens.overlapping(tokens, t.span());
            for (int i = r.start(); i < r.end(); i++) {
                timeToken[i] = true;
            }
        }
        return timeToken;
    }

    /** The split phrases of a document; {@code timeToken} marks the tokens of its times, which a subject may hold. */
    static SplitPhrases find(Clause c, List<Sentence> sentences, boolean[] timeToken, TokenMatcher matcher) {
        List<Token> tokens = c.tokens;
        Map<LexiconMatch, Integer> objects = new java.util.HashMap<>(); // split phrase → its object's start
        Set<LexiconMatch> split = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            int sEnd = sentences.get(c.sentenceOf[i]).tokens().end();
            int subjectEnd = c.subjects.subjectEnd(i + 1, sEnd, timeToken);
            if (subjectEnd < 0 && dualAt(tokens, i + 1, sEnd)) {
                subjectEnd = i + 2; // ووقع الجانبان ثماني اتفاقيات: the two parties told before
            }
            LexiconMatch m = subjectEnd > 0 ? splitAt(c, matcher, i, subjectEnd, sEnd) : null;
            int objectEnd = subjectEnd > 0 && m == null ? c.subjects.subjectEnd(subjectEnd, sEnd, timeToken) : -1;
            if (objectEnd > 0) {
                // حمّلت أوكسفام الجيش وقوات الدعم السريع مسؤولية ...، منح الصندوق الأردن قرضا: the object too
                m = splitAt(c, matcher, i, objectEnd, sEnd);
                if (m != null) {
                    objects.put(m, subjectEnd);
                }
            }
            int party = m == null && subjectEnd > 0 && subjectEnd + 1 < sEnd
                    && isOneOf(tokens.get(subjectEnd), BEFORE_OBJECT) && Clause.isActor(c.actorAt[subjectEnd + 1])
                    ? subjectEnd + 1 : -1;
            if (party > 0) {
                // وقعت الحكومة مع شركات تركية وقطرية عقودا، فرضت واشنطن على طهران عقوبات: a party, then the object
                int end = c.actorAt[party].end();
                for (At more = c.conjoined(end, sEnd); more != null; more = c.conjoined(end, sEnd)) {
                    end = more.end();
                }
                m = splitAt(c, matcher, i, end, sEnd);
                if (m != null) {
                    objects.put(m, party);
                }
            }
            if (m != null) {
                split.add(m);
                i = subjectEnd - 1;
            }
        }
        return new SplitPhrases(split, objects);
    }

    /** Whether {@code m} is one of the split phrases. */
    boolean contains(LexiconMatch m) {
        return phrases.contains(m);
    }

    /** The phrase whose first word is at {@code verb} and whose other words start at {@code from} or one later. */
    private static LexiconMatch splitAt(Clause c, TokenMatcher matcher, int verb, int from, int sEnd) {
        List<Token> tokens = c.tokens;
        for (int rest = from; rest < sEnd && rest <= from + 1; rest++) {
            if (rest > from && ((tokens.get(from).kind() != TokenKind.NUMBER && tokens.get(from).key().length() > 5)
                    || Clause.isActor(c.actorAt[from]))) {
                return null; // only a short word (ثماني، عدة) or a number stands between the subject and the object
            }
            String restKey = tokens.get(rest).key();
            if (matcher.isFunctionWord(tokens.get(rest)) || restKey.startsWith("لل")) {
                // دعا السيسي إسرائيل إلى ...: a preposition after the subject introduces the object's frame
                return null;
            }
            LexiconMatch m = matcher.matchSplit(tokens, verb, rest);
            if (m != null && Trigger.patternOf(m) != null) {
                return m;
            }
        }
        return null;
    }

    /** The triggers with the split phrases in place of the verb's own match and the words inside them. */
    List<LexiconMatch> in(List<LexiconMatch> triggers) {
        if (phrases.isEmpty()) {
            return triggers;
        }
        List<LexiconMatch> split = new ArrayList<>(phrases);
        List<LexiconMatch> out = new ArrayList<>();
        int k = 0;
        for (LexiconMatch m : triggers) {
            int start = m.tokens().start();
            while (k < split.size() && split.get(k).tokens().end() <= start) {
                k++;
            }
            if (k == split.size() || start < split.get(k).tokens().start()) {
                out.add(m); // not the verb of a split phrase nor a word inside it
            }
        }
        out.addAll(split);
        out.sort(java.util.Comparator.comparingInt(m -> m.tokens().start()));
        return out;
    }
}
