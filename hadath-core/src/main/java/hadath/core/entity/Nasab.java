package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A full name with its lineage (محمد بن سلمان بن عبد العزيز آل سعود) holds the father's name after بن, which the
 * lexicon may know as a person of its own (سلمان بن عبد العزيز آل سعود, the king). Longer than the son's listed
 * name, it would win the words; but a name after بن that continues a name before it is the father's, part of the
 * son's name. Pure.
 */
public final class Nasab {

    private static final Set<String> SON_OF = KeyNormalizer.keys("بن", "بنت", "ابن");

    private Nasab() {
    }

    /** {@code matches} without the persons whose match starts after a بن that follows a name's match. */
    public static List<LexiconMatch> withoutFathers(List<Token> tokens, List<LexiconMatch> matches) {
        boolean[] afterSonOf = new boolean[tokens.size()]; // on the hot path: most texts have no بن at all
        boolean any = false;
        for (int i = 1; i < tokens.size(); i++) {
            afterSonOf[i] = SON_OF.contains(tokens.get(i - 1).key());
            any |= afterSonOf[i];
        }
        if (!any) {
            return matches;
        }
        boolean[] nameBefore = new boolean[tokens.size() + 1]; // token i - 1 lies in a person's or given name
        for (LexiconMatch m : matches) {
            if (has(m, EntryKind.PERSON) || has(m, EntryKind.GIVEN_NAME)) {
                java.util.Arrays.fill(nameBefore, m.tokens().start() + 1, m.tokens().end() + 1, true);
            }
        }
        List<LexiconMatch> kept = new ArrayList<>(matches.size());
        for (LexiconMatch m : matches) {
            int s = m.tokens().start();
            boolean father = s >= 2 && afterSonOf[s] && nameBefore[s - 1] && onlyPersons(m);
            if (!father) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean has(LexiconMatch m, EntryKind kind) {
        for (LexiconEntry e : m.entries()) {
            if (e.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyPersons(LexiconMatch m) {
        for (LexiconEntry e : m.entries()) {
            if (e.kind() != EntryKind.PERSON) {
                return false;
            }
        }
        return true;
    }
}
