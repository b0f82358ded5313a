package hadath.core.entity.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Training state of the averaged structured perceptron (Collins 2002): after each sentence decoded
 * wrongly, the gold labels' features gain the sentence's weight (1 but for a corpus trusted less) and the
 * predicted ones' lose it, and so do the transitions
 * where the two paths differ. The weights kept are the average over every step, which is what makes the
 * perceptron generalise; the average is kept lazily (Daumé 2006): {@code avg = w - u / c}, where
 * {@code u} sums each update times the step it was made at. Mutable, single-threaded; features are dense
 * indexes here, hashes only in the model.
 *
 * <p>Each feature of each token is dropped from a step with probability {@code dropout} (Srivastava et al.
 * 2014, applied to the inputs). A perceptron stops learning once it tags its training data right, and with
 * the word itself among the features it does so after a few passes, before the context and affix
 * features have learnt much; names unseen in training have only those. Dropping features at random keeps
 * it making mistakes that only the other features can fix (on the dev split: +1 point of F1).
 */
final class Perceptron {

    /** One training sentence: the feature indexes of each token, its gold labels, and the size of its updates. */
    record Example(int[][] features, int[] gold, float weight) {
    }

    private static final int L = NerLabel.count();

    private final float[] w;
    private final double[] u;
    private final float[] tw = new float[(L + 1) * L];
    private final double[] tu = new double[(L + 1) * L];
    private final double dropout;
    private final Random random;
    private long step = 1;

    Perceptron(int features, double dropout, Random random) {
        w = new float[features * L];
        u = new double[features * L];
        this.dropout = dropout;
        this.random = random;
    }

    /** One pass over the examples in a random order. */
    void epoch(List<Example> examples) {
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i : order) {
            learn(examples.get(i));
            step++;
        }
    }

    private void learn(Example full) {
        int[][] features = dropout > 0 ? dropped(full.features()) : full.features();
        int n = full.gold().length;
        float[] emissions = new float[n * L];
        for (int i = 0; i < n; i++) {
            for (int f : features[i]) {
                for (int y = 0; y < L; y++) {
                    emissions[i * L + y] += w[f * L + y];
                }
            }
        }
        int[] predicted = Viterbi.decode(emissions, n, tw);
        int[] gold = full.gold();
        for (int i = 0; i < n; i++) {
            int g = gold[i];
            int p = predicted[i];
            if (g != p) {
                for (int f : features[i]) {
                    update(w, u, f * L + g, full.weight());
                    update(w, u, f * L + p, -full.weight());
                }
            }
            int gp = i == 0 ? 0 : gold[i - 1] + 1;
            int pp = i == 0 ? 0 : predicted[i - 1] + 1;
            if (gp != pp || g != p) {
                update(tw, tu, gp * L + g, full.weight());
                update(tw, tu, pp * L + p, -full.weight());
            }
        }
    }

    private int[][] dropped(int[][] features) {
        int[][] kept = new int[features.length][];
        for (int i = 0; i < features.length; i++) {
            int[] all = features[i];
            int[] some = new int[all.length];
            int n = 0;
            for (int f : all) {
                if (random.nextDouble() >= dropout) {
                    some[n++] = f;
                }
            }
            kept[i] = Arrays.copyOf(some, n);
        }
        return kept;
    }

    private void update(float[] weights, double[] sums, int k, float delta) {
        weights[k] += delta;
        sums[k] += (double) step * delta;
    }

    /**
     * The averaged weights as a model over the features {@code keys} (index order); features whose
     * weights all lie within {@code minWeight} of 0 are left out, which keeps the file small.
     */
    NerModel averaged(long[] keys, String featuresVersion, double minWeight) {
        int kept = 0;
        float[] avg = new float[w.length];
        boolean[] keep = new boolean[keys.length];
        for (int f = 0; f < keys.length; f++) {
            for (int y = 0; y < L; y++) {
                int k = f * L + y;
                avg[k] = (float) (w[k] - u[k] / step);
                keep[f] |= Math.abs(avg[k]) > minWeight;
            }
            kept += keep[f] ? 1 : 0;
        }
        long[] keptKeys = new long[kept];
        float[] keptWeights = new float[kept * L];
        for (int f = 0, j = 0; f < keys.length; f++) {
            if (keep[f]) {
                keptKeys[j] = keys[f];
                System.arraycopy(avg, f * L, keptWeights, j * L, L);
                j++;
            }
        }
        float[] transitions = new float[tw.length];
        for (int k = 0; k < tw.length; k++) {
            transitions[k] = (float) (tw[k] - tu[k] / step);
        }
        return new NerModel(featuresVersion, keptKeys, keptWeights, transitions);
    }
}
