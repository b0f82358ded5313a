package hadath.core.entity.ner;

/**
 * The best label sequence of a first-order model, with the IOB rule as a hard constraint
 * ({@link NerLabel#canFollow}). Pure.
 *
 * <p>Scores are flat arrays: {@code emissions[i * L + y]} for token {@code i} and label {@code y}, and
 * {@code transitions[(p + 1) * L + y]} for label {@code y} after label {@code p}, row 0 being the start.
 */
final class Viterbi {

    static final int L = NerLabel.count();
    private static final boolean[] ALLOWED = new boolean[(L + 1) * L];

    static {
        for (int p = -1; p < L; p++) {
            for (int y = 0; y < L; y++) {
                ALLOWED[(p + 1) * L + y] = NerLabel.of(y).canFollow(p < 0 ? null : NerLabel.of(p));
            }
        }
    }

    private Viterbi() {
    }

    static int[] decode(float[] emissions, int n, float[] transitions) {
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        double[] score = new double[n * L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            score[y] = ALLOWED[y] ? transitions[y] + emissions[y] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                double top = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    int t = (p + 1) * L + y;
                    if (ALLOWED[t]) {
                        double s = score[(i - 1) * L + p] + transitions[t];
                        if (s > top) {
                            top = s;
                            arg = p;
                        }
                    }
                }
                score[i * L + y] = top + emissions[i * L + y];
                back[i * L + y] = arg;
            }
        }
        int last = 0;
        for (int y = 1; y < L; y++) {
            if (score[(n - 1) * L + y] > score[(n - 1) * L + last]) {
                last = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = last;
            last = back[i * L + last];
        }
        return best;
    }
}
