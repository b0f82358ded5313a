package hadath.core.text;

import java.util.function.IntUnaryOperator;

/**
 * Binary search over items sorted by an int key (a start offset, a token index), for the stages that look
 * things up by position: one lower bound instead of a hand-written loop in each.
 */
public final class Sorted {

    private Sorted() {
    }

    /**
     * The index of the first of {@code n} items whose key is at least {@code value}, or {@code n} when none is;
     * the keys must not decrease with the index.
     */
    public static int firstAtLeast(int n, IntUnaryOperator key, int value) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(mid) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
