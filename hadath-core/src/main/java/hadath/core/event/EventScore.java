package hadath.core.event;

import hadath.core.eval.Ratios;
import hadath.core.entity.Entity;
import hadath.core.pipeline.Analysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Event scores over (source actor code, CAMEO root, target actor code) triples of a document, as the project's
 * gold sets give them: each gold triple can be found once; precision is the share of predicted triples that
 * find one, recall the share of gold triples found. An unknown actor is "-". Immutable; {@link #plus} adds
 * documents up.
 */
public record EventScore(int gold, int predicted, int correct) {

    /** A gold event: its actors' codes (null for none) and its CAMEO code. */
    public record Gold(String source, String cameo, String target) {
    }

    /** How much of an actor code must agree: all of it (IRNGOV), or its country or group prefix (IRN). */
    public enum Level {
        ACTOR, COUNTRY;

        String of(String code) {
            return code == null || this == ACTOR || code.length() <= 3 ? code : code.substring(0, 3);
        }
    }

    public static EventScore of(List<Gold> gold, Analysis analysis) {
        return of(gold, analysis, Level.ACTOR);
    }

    public static EventScore of(List<Gold> gold, Analysis analysis, Level level) {
        Map<String, Integer> wanted = new HashMap<>();
        for (Gold g : gold) {
            wanted.merge(triple(level.of(g.source()), g.cameo(), level.of(g.target())), 1, Integer::sum);
        }
        List<String> predicted = predicted(analysis, level);
        int correct = 0;
        for (String p : predicted) {
            Integer left = wanted.get(p);
            if (left != null && left > 0) {
                wanted.put(p, left - 1);
                correct++;
            }
        }
        return new EventScore(gold.size(), predicted.size(), correct);
    }

    /** The analysis's events as triples. */
    public static List<String> predicted(Analysis analysis) {
        return predicted(analysis, Level.ACTOR);
    }

    static List<String> predicted(Analysis analysis, Level level) {
        Map<String, String> codes = new HashMap<>();
        for (Entity e : analysis.entities()) {
            // the code the GDELT export writes: the actor code, else the state the entity belongs to (a place
            // struck or visited stands for its state, خان يونس → PSE)
            codes.put(e.id(), e.actorCode() != null ? e.actorCode() : e.country());
        }
        List<String> out = new ArrayList<>();
        for (Event v : analysis.events()) {
            out.add(triple(v.source() == null ? null : level.of(codes.get(v.source())), v.cameo(),
                    v.target() == null ? null : level.of(codes.get(v.target()))));
        }
        return out;
    }

    static String triple(String source, String cameo, String target) {
        return (source == null ? "-" : source) + " " + cameo.substring(0, 2) + " " + (target == null ? "-" : target);
    }

    public EventScore plus(EventScore o) {
        return new EventScore(gold + o.gold, predicted + o.predicted, correct + o.correct);
    }

    public double precision() {
        return Ratios.share(correct, predicted);
    }

    public double recall() {
        return Ratios.share(correct, gold);
    }

    public double f1() {
        return Ratios.f1(precision(), recall());
    }

    public String report() {
        return report("events (source code, CAMEO root, target code)");
    }

    public String report(String title) {
        return String.format(Locale.ROOT, "%s: gold %d, predicted %d, right %d%n"
                + "precision %.3f  recall %.3f  F1 %.3f%n", title, gold, predicted, correct, precision(), recall(), f1());
    }
}
