package hadath.core.entity.ner;

import hadath.core.eval.Ratios;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Strict span scores by the CoNLL rules: a predicted entity is correct only when its type and its exact
 * token span are those of a gold entity. Precision, recall and F1 per type (PER, LOC, ORG) and
 * micro-averaged over them. Any other type (MISC) is read as O on both sides, so it neither helps nor hurts.
 *
 * @param byType counts per type, in the order PER, LOC, ORG
 */
public record NerScore(Map<String, Counts> byType) {

    /** What one type scored. */
    public record Counts(int correct, int predicted, int gold) {

        public Counts plus(Counts o) {
            return new Counts(correct + o.correct, predicted + o.predicted, gold + o.gold);
        }

        /** 0 when nothing was predicted. */
        public double precision() {
            return Ratios.share(correct, predicted);
        }

        /** 0 when there was nothing to find. */
        public double recall() {
            return Ratios.share(correct, gold);
        }

        public double f1() {
            return Ratios.f1(precision(), recall());
        }
    }

    public NerScore {
        byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    /** Scores predicted tag sequences against gold ones, sentence by sentence. */
    public static NerScore of(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predicted");
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String type : NerLabel.TYPES) {
            counts.put(type, new int[3]);
        }
        for (int s = 0; s < gold.size(); s++) {
            if (gold.get(s).size() != predicted.get(s).size()) {
                throw new IllegalArgumentException("sentence " + s + " has " + gold.get(s).size() + " gold tags but "
                        + predicted.get(s).size() + " predicted");
            }
            Set<NerSpan> g = new HashSet<>(scored(gold.get(s)));
            for (NerSpan p : scored(predicted.get(s))) {
                counts.get(p.type())[1]++;
                if (g.contains(p)) {
                    counts.get(p.type())[0]++;
                }
            }
            g.forEach(span -> counts.get(span.type())[2]++);
        }
        Map<String, Counts> byType = new LinkedHashMap<>();
        counts.forEach((type, c) -> byType.put(type, new Counts(c[0], c[1], c[2])));
        return new NerScore(byType);
    }

    private static List<NerSpan> scored(List<String> tags) {
        List<String> kept = new ArrayList<>(tags.size());
        for (String tag : tags) {
            kept.add(tag.length() > 2 && NerLabel.TYPES.contains(tag.substring(2)) ? tag : "O");
        }
        return NerSpan.fromTags(kept);
    }

    public Counts of(String type) {
        Counts c = byType.get(type);
        if (c == null) {
            throw new IllegalArgumentException("unknown type '" + type + "'; expected one of " + NerLabel.TYPES);
        }
        return c;
    }

    /** Counts summed over the types: micro-averaged precision, recall and F1. */
    public Counts micro() {
        Counts sum = new Counts(0, 0, 0);
        for (String type : NerLabel.TYPES) {
            sum = sum.plus(of(type));
        }
        return sum;
    }

    /** A small table: one line per type and one for the micro average. */
    public String report() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-6s %7s %7s %7s %6s %6s%n",
                "type", "P", "R", "F1", "gold", "pred"));
        for (String type : NerLabel.TYPES) {
            line(b, type, of(type));
        }
        line(b, "micro", micro());
        return b.toString();
    }

    private static void line(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-6s %7.4f %7.4f %7.4f %6d %6d%n", name, c.precision(), c.recall(), c.f1(),
                c.gold(), c.predicted()));
    }
}
