package hadath.cli;

import hadath.core.eval.Ratios;
import hadath.core.text.CharSpan;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores of predicted spans with values against gold ones. A prediction finds a gold span when they overlap by at
 * least half of the longer of the two; it is right when it also has the gold value. Precision is the share of
 * predictions that are right, recall the share of gold items a right prediction finds; the span-only figures
 * ignore values, and value accuracy is the share of gold items found by span whose value is right too.
 * Immutable; {@link #plus} adds documents up.
 */
record SpanValueScore(int gold, int predicted, int predictedSpan, int predictedRight, int goldSpan, int goldRight) {

    /** One item: a span and its value as a comparable string (null when only spans are scored). */
    record Item(CharSpan span, String value) {
    }

    static final SpanValueScore ZERO = new SpanValueScore(0, 0, 0, 0, 0, 0);

    static SpanValueScore of(List<Item> gold, List<Item> predicted) {
        int predictedSpan = 0;
        int predictedRight = 0;
        for (Item p : predicted) {
            predictedSpan += gold.stream().anyMatch(g -> overlaps(p, g)) ? 1 : 0;
            predictedRight += gold.stream().anyMatch(g -> overlaps(p, g) && Objects.equals(p.value(), g.value())) ? 1 : 0;
        }
        int goldSpan = 0;
        int goldRight = 0;
        for (Item g : gold) {
            goldSpan += predicted.stream().anyMatch(p -> overlaps(p, g)) ? 1 : 0;
            goldRight += predicted.stream().anyMatch(p -> overlaps(p, g) && Objects.equals(p.value(), g.value())) ? 1 : 0;
        }
        return new SpanValueScore(gold.size(), predicted.size(), predictedSpan, predictedRight, goldSpan, goldRight);
    }

    /** Overlap of at least half the longer span. */
    static boolean overlaps(Item a, Item b) {
        CharSpan x = a.span();
        CharSpan y = b.span();
        int overlap = Math.min(x.end(), y.end()) - Math.max(x.start(), y.start());
        return overlap > 0 && 2L * overlap >= Math.max(x.length(), y.length());
    }

    SpanValueScore plus(SpanValueScore o) {
        return new SpanValueScore(gold + o.gold, predicted + o.predicted, predictedSpan + o.predictedSpan,
                predictedRight + o.predictedRight, goldSpan + o.goldSpan, goldRight + o.goldRight);
    }

    String report(String what) {
        double p = Ratios.share(predictedRight, predicted);
        double r = Ratios.share(goldRight, gold);
        double sp = Ratios.share(predictedSpan, predicted);
        double sr = Ratios.share(goldSpan, gold);
        return String.format(Locale.ROOT, "%s: gold %d, predicted %d%n"
                        + "span+value  precision %.3f  recall %.3f  F1 %.3f%n"
                        + "span only   precision %.3f  recall %.3f  F1 %.3f%n"
                        + "value accuracy %.3f (%d/%d)%n",
                what, gold, predicted, p, r, Ratios.f1(p, r), sp, sr, Ratios.f1(sp, sr), Ratios.share(goldRight, goldSpan), goldRight, goldSpan);
    }

    /** Span-only figures, for gold without values (Wojood). */
    String spanReport(String what) {
        double sp = Ratios.share(predictedSpan, predicted);
        double sr = Ratios.share(goldSpan, gold);
        return String.format(Locale.ROOT, "%s: gold %d, predicted %d%nspan only   precision %.3f  recall %.3f  F1 %.3f%n",
                what, gold, predicted, sp, sr, Ratios.f1(sp, sr));
    }
}
