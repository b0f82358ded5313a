package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
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
        boolean[] nameEndsAt = new boolean[tokens.size() + 1]; // a person's or given name's match ends before i
        for (LexiconMatch m : matches) {
            if (m.entries().stream().anyMatch(e -> e.kind() == EntryKind.PERSON || e.kind() == EntryKind.GIVEN_NAME)) {
                for (int i = m.tokens().start() + 1; i <= m.tokens().end(); i++) {
                    nameEndsAt[i] = true;
                }
            }
        }
        List<LexiconMatch> kept = new ArrayList<>(matches.size());
        for (LexiconMatch m : matches) {
            int s = m.tokens().start();
            boolean father = s >= 2 && SON_OF.contains(tokens.get(s - 1).key()) && nameEndsAt[s - 1]
                    && m.entries().stream().allMatch(e -> e.kind() == EntryKind.PERSON);
            if (!father) {
                kept.add(m);
            }
        }
        return kept;
    }
}
