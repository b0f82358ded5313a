package hadath.core.event;

import static hadath.core.event.Clause.isActor;
import static hadath.core.event.Clause.same;

import hadath.core.entity.MentionIndex.At;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Token;
import java.util.List;
import java.util.Set;

/**
 * The actors that stand before a trigger in its sentence: the one ending right before it (SVO), the nearest no
 * preposition governs, and the nearest other than a given one.
 */
final class ActorsBefore {

    private static final Set<String> ADVERBS = KeyNormalizer.keys("بدوره", "بدورها", "بدورهم", "أيضا", "كذلك",
            "لاحقا", "رسميا", "مجددا", "مؤخرا", "فورا", "قد"); // وكانت الخارجية البولندية قد استدعت

    private final Clause c;
    private final List<Token> tokens;
    private final At[] actorAt;

    ActorsBefore(Clause c) {
        this.c = c;
        this.tokens = c.tokens;
        this.actorAt = c.actorAt;
    }

    /** The nearest actor before the trigger in its sentence that no preposition governs; nested mentions skipped. */
    At subjectBefore(int sentenceStart, int trigger) {
        At best = null;
        for (int i = sentenceStart; i < trigger; i++) {
            At a = actorAt[i];
            if (a == null) {
                continue;
            }
            if (isActor(a) && a.end() <= trigger && (i == sentenceStart || !c.governed(i))) {
                best = a;
            }
            i = Math.max(i, a.end() - 1); // the Duma inside "the speaker of the Duma" is not the subject
        }
        return best;
    }

    /** The nearest actor before the trigger in its sentence other than {@code not}. */
    At nearestBefore(int sentenceStart, int trigger, At not) {
        At best = null;
        for (int i = sentenceStart; i < trigger; i++) {
            At a = actorAt[i];
            if (a == null) {
                continue;
            }
            if (isActor(a) && a.end() <= trigger && !same(a, not)) {
                best = a;
            }
            i = Math.max(i, a.end() - 1);
        }
        return best;
    }

    /** SVO: an actor ending right before the trigger (السيسي يستقبل أردوغان). */
    At adjacentBefore(int sentenceStart, int trigger) {
        // an adverb may stand between (وأعلنت باماكو لاحقا قطع علاقاتها، وقررت برلين بدورها استدعاء سفيرها)
        int end = trigger - 1 > sentenceStart && actorAt[trigger - 1] == null && adverb(tokens.get(trigger - 1))
                ? trigger - 1 : trigger;
        if (end - 2 > sentenceStart && TriggerForm.saidIn(tokens, end - 2)) {
            end -= 2; // ورد الرئيس البرازيلي لولا في تغريدة منددا بـ...: where he said it stands between
        }
        for (int i = end - 1; i >= sentenceStart && i >= end - 6; i--) {
            if (isActor(actorAt[i]) && actorAt[i].end() == end) {
                return actorAt[i];
            }
        }
        return null;
    }

    /** A word that says how or when, between a subject and its act (لاحقا، رسميا، بدورها). */
    private static boolean adverb(Token t) {
        return t.isWord() && ADVERBS.contains(t.key());
    }
}
