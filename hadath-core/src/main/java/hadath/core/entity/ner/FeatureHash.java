package hadath.core.entity.ner;

/**
 * 64-bit hashes of features (a template and its values), computed over the characters without building
 * a string, so that tagging allocates no feature strings. At 64 bits two features of a model of a million
 * collide with a probability of about 3e-8, which is why the model keeps hashes instead of strings.
 * Never 0: 0 marks an empty slot of {@link FeatureIndex}.
 */
final class FeatureHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long of(int template, CharSequence value) {
        return finish(chars(start(template), value));
    }

    static long of(int template, CharSequence a, CharSequence b) {
        return finish(chars(chars(start(template), a) * PRIME ^ 0x1F, b));
    }

    static long of(int template, long value) {
        return finish((start(template) ^ value) * PRIME);
    }

    /** The first {@code n} chars (a prefix) or last {@code n} (a suffix) of a value. */
    static long ofPart(int template, String value, int n, boolean suffix) {
        int from = suffix ? value.length() - n : 0;
        long h = start(template) ^ (suffix ? 0x5F : 0x50) ^ ((long) n << 8);
        for (int i = from; i < from + n; i++) {
            h = (h ^ value.charAt(i)) * PRIME;
        }
        return finish(h);
    }

    private static long start(int template) {
        return (OFFSET ^ template) * PRIME;
    }

    private static long chars(long h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return (h ^ s.length()) * PRIME;
    }

    /** MurmurHash3's finaliser: FNV alone spreads short keys poorly over the high bits. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
