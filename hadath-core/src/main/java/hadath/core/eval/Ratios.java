package hadath.core.eval;

/** The arithmetic every scorer shares: a share that is 0 when there is nothing to share, and F1. */
public final class Ratios {

    private Ratios() {
    }

    /** {@code part / whole}, or 0 when {@code whole} is 0 (no prediction, nothing to find). */
    public static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The harmonic mean of precision and recall, 0 when both are 0. */
    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
