package hadath.core.entity.ner;

import java.util.function.IntConsumer;

/**
 * A set of small codes for each token of a sentence, as bits, as wide as the codes need: the lexicon
 * features have four codes per {@link hadath.core.lexicon.EntryKind}, and the kinds may grow past 16.
 */
final class TokenBits {

    private final int words;
    private final long[] bits;

    TokenBits(int tokens, int codes) {
        this.words = Math.max(1, (codes + 63) >>> 6);
        this.bits = new long[tokens * words];
    }

    void set(int token, int code) {
        bits[token * words + (code >>> 6)] |= 1L << code; // the shift takes code mod 64
    }

    boolean isEmpty(int token) {
        for (int w = 0; w < words; w++) {
            if (bits[token * words + w] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether any code in {@code [from, to)} is set. */
    boolean any(int token, int from, int to) {
        for (int code = from; code < to; code++) {
            if ((bits[token * words + (code >>> 6)] & 1L << code) != 0) {
                return true;
            }
        }
        return false;
    }

    /** How many 64-bit words hold the codes of one token. */
    int words() {
        return words;
    }

    /** Codes {@code 64 * w} to {@code 64 * w + 63} of a token, as bits. */
    long word(int token, int w) {
        return bits[token * words + w];
    }

    void forEach(int token, IntConsumer action) {
        for (int w = 0; w < words; w++) {
            for (long b = bits[token * words + w]; b != 0; b &= b - 1) {
                action.accept(w * 64 + Long.numberOfTrailingZeros(b));
            }
        }
    }

    /** One number for the whole set of a token, equal for equal sets. */
    long signature(int token) {
        long h = 0;
        for (int w = 0; w < words; w++) {
            h = h * 0x9E3779B97F4A7C15L + bits[token * words + w];
        }
        return h;
    }
}
