package hadath.core.entity;

import hadath.core.lexicon.Lexicon;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import java.util.Set;

/**
 * A counterpart of a body (القوات البحرية السعودية ونظيرتها المصرية، الجيش الأردني ونظيره العراقي، وزارة الخارجية
 * المصرية ونظيرتها الأردنية): the same kind of body of the nisba's state (EGYMIL, IRQMIL, JORGOV), not a person. The
 * roles list نظير as a description of a person (نظيره اللبناني after a minister), which stays the reading when the
 * nearest actor before it is a person. Stateless.
 */
final class Counterparts {

    private static final Set<String> COUNTERPART = KeyNormalizer.keys("نظير", "نظيرة");

    /** How far before the counterpart its body may end: ونظيرتها right after it, or past a nisba or two. */
    private static final int REACH = 4;

    private Counterparts() {
    }

    /** Whether the phrase is a counterpart with a nisba (نظيرتها المصرية). */
    static boolean counterpart(TitlePhrase t) {
        return COUNTERPART.contains(t.head()) && t.country() != null && !t.predicative();
    }

    /**
     * Mentions the counterpart as a body of its state when the nearest actor before it in its sentence is a body
     * with a state (a group or an organisation); returns false, leaving it a person, otherwise.
     */
    static boolean asBody(RecognitionRun run, Lexicon lexicon, TitlePhrase t) {
        EntityDraft body = bodyBefore(run, lexicon, t.tokens().start());
        if (body == null) {
            return false;
        }
        String sector = body.actorCode.substring(3, 6); // SAUMIL → MIL; a named body's JORGOVxxx → GOV
        String actorCode = lexicon.country(t.country()).map(c -> c.actorCode() + sector).orElse(null);
        if (actorCode == null) {
            return false;
        }
        EntityDraft d = run.group("counterpart:" + sector + ":" + t.country(), t.country(), actorCode);
        run.mention(d, t.span(), MentionKind.NAME, t.tokens().start(), t.tokens().end());
        return true;
    }

    /**
     * The body whose mention covers one of the few words before {@code first} in its sentence, skipping a state
     * read from the body's own nisba (القوات البحرية السعودية gives the Saudi state too) and places; null if a
     * person comes first, or no body with a state and a sector does.
     */
    private static EntityDraft bodyBefore(RecognitionRun run, Lexicon lexicon, int first) {
        for (int k = first - 1; k >= Math.max(0, first - REACH) && run.sentenceOf[k] == run.sentenceOf[first]; k--) {
            EntityDraft d = coveringDraft(run, run.tokens.get(k).span());
            if (d == null || d.type == EntityType.COUNTRY || d.type == EntityType.PLACE) {
                continue;
            }
            // a state's body: its code opens with its state's (EGYGOV), unlike an international one (IGOUNO)
            boolean stated = d.country != null && d.actorCode != null && d.actorCode.length() >= 6
                    && lexicon.country(d.country).map(c -> d.actorCode.startsWith(c.actorCode())).orElse(false);
            return d.type != EntityType.PERSON && stated ? d : null;
        }
        return null;
    }

    private static EntityDraft coveringDraft(RecognitionRun run, CharSpan word) {
        for (EntityDraft d : run.drafts.values()) {
            for (Mention m : d.mentions) {
                if (m.span().start() <= word.start() && word.end() <= m.span().end()) {
                    return d;
                }
            }
        }
        return null;
    }
}
