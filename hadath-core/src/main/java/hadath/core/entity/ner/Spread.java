package hadath.core.entity.ner;

import java.util.Arrays;
import java.util.Locale;

/**
 * The mean, sample standard deviation and range of some scores, such as one feature set's best dev F1 over
 * several seeds: the seed alone moves a retrained model's score by about a point, so two feature sets are
 * compared by their means, and a difference smaller than the spread is not a difference.
 */
record Spread(int n, double mean, double sd, double min, double max) {

    static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a spread needs at least one value");
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double sd = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
        return new Spread(values.length, mean, sd, Arrays.stream(values).min().orElseThrow(),
                Arrays.stream(values).max().orElseThrow());
    }

    /** The standard error of the mean: how far the mean of these n values may lie from the mean of many. */
    double standardError() {
        return sd / Math.sqrt(n);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "mean %.4f, sd %.4f (standard error %.4f), min %.4f, max %.4f", mean, sd,
                standardError(), min, max);
    }
}
