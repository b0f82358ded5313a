package hadath.core.event;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.sentence.Sentence;

/**
 * One trigger as the coder reads it before looking for its actors: the match, the event pattern it is read as,
 * its CAMEO code, its sentence, and how it is said.
 *
 * @param match       the event pattern's match (or a split phrase)
 * @param pattern     the pattern read: after لن or لا the negated reading where the lexicon has one
 * @param code        the pattern's CAMEO code, before a future tense or a stance changes it
 * @param sentence    the sentence it is in
 * @param split       whether it is a phrase a subject splits (فرضت بريطانيا عقوبات)
 * @param verbRow     whether its pattern is a verb's row (form=verb)
 * @param futureTense whether it opens with a future (سترد، سوف), which makes any row a verb
 * @param verb        said as a verb: a verb's row, a split phrase or a future
 * @param verbal      whether the phrase starts with a form of a verb pattern (تتوعد بالرد، أعلن الحداد)
 */
record Trigger(LexiconMatch match, LexiconEntry pattern, CameoCode code, Sentence sentence, boolean split,
               boolean verbRow, boolean futureTense, boolean verb, boolean verbal) {

    /** The first token of the trigger. */
    int start() {
        return match.tokens().start();
    }

    /** The token after the trigger. */
    int end() {
        return match.tokens().end();
    }

    /** The first token of its sentence. */
    int sStart() {
        return sentence.tokens().start();
    }

    /** The token after its sentence. */
    int sEnd() {
        return sentence.tokens().end();
    }

    /** A noun: neither said as a verb nor starting with a verb's form (زيارة، الهجوم). */
    boolean nominal() {
        return !verb && !verbal;
    }

    /** The match's event pattern for its plain reading, or null: a pattern only negated (لن نتردد) is none. */
    static LexiconEntry patternOf(LexiconMatch m) {
        return patternOf(m, false);
    }

    /**
     * The match's event pattern read after a negation ({@code negated}: لن يرضخ, a refusal to yield) or in its
     * plain reading, or null.
     */
    static LexiconEntry patternOf(LexiconMatch m, boolean negated) {
        for (LexiconEntry e : m.entries()) {
            if (e.kind() == EntryKind.EVENT_PATTERN && e.has(Flags.NEGATED) == negated) {
                return e;
            }
        }
        return null;
    }
}
