package hadath.core.entity;

import hadath.core.normalize.KeyNormalizer;
import java.util.Set;

/**
 * Villages, towns and camps (قرية، قرى، بلدة، بلدات، مخيم): the nouns the roles' settlements row reads as the
 * people who live there. The recogniser needs them to tell a settlement heading a place's name (بلدة الخيام) from
 * one alone, the event coder to tell a settlement struck at home from one struck from abroad.
 */
public final class Settlements {

    /** The nouns, bare: look tokens up with {@link hadath.core.tokenize.Token#candidateIn}. */
    public static final Set<String> NOUNS = KeyNormalizer.keys("قرية", "قرى", "بلدة", "بلدات", "مخيم");

    private Settlements() {
    }
}
