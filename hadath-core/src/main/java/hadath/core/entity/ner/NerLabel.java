package hadath.core.entity.ner;

import java.util.Arrays;

/**
 * The IOB2 tags the tagger predicts: outside, or the beginning or inside of a person, place or
 * organisation. {@code I-X} may only follow {@code B-X} or {@code I-X}; {@link #canFollow} is that rule,
 * and decoding never breaks it.
 */
public enum NerLabel {
    O(null, false),
    B_PER("PER", false),
    I_PER("PER", true),
    B_LOC("LOC", false),
    I_LOC("LOC", true),
    B_ORG("ORG", false),
    I_ORG("ORG", true);

    /** The entity types, in the order of the labels. */
    public static final java.util.List<String> TYPES = java.util.List.of("PER", "LOC", "ORG");

    private static final NerLabel[] VALUES = values();

    private final String type;
    private final boolean inside;

    NerLabel(String type, boolean inside) {
        this.type = type;
        this.inside = inside;
    }

    /** {@code O}, {@code B-PER}, {@code I-LOC} ... */
    public String tag() {
        return type == null ? "O" : (inside ? "I-" : "B-") + type;
    }

    /** PER, LOC or ORG; null for {@link #O}. */
    public String type() {
        return type;
    }

    public boolean isInside() {
        return inside;
    }

    /** Whether this label may follow {@code previous}; null means the start of the sequence. */
    public boolean canFollow(NerLabel previous) {
        return !inside || (previous != null && type.equals(previous.type));
    }

    public static NerLabel of(int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }

    /** The label of a tag in this set. */
    public static NerLabel parse(String tag) {
        for (NerLabel l : VALUES) {
            if (l.tag().equals(tag)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown tag '" + tag + "'; expected one of "
                + Arrays.stream(VALUES).map(NerLabel::tag).toList());
    }

    @Override
    public String toString() {
        return tag();
    }
}
