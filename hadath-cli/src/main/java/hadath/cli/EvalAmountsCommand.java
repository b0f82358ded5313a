package hadath.cli;

import hadath.core.amount.Amount;
import hadath.core.pipeline.Analysis;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hadath eval amounts}: amounts against gold files with values, and Wojood MONEY/PERCENT/CARDINAL spans. */
@Command(name = "amounts", mixinStandardHelpOptions = true,
        description = {"Analyse gold articles and score their amounts: a prediction finds a gold one when they overlap "
                + "by at least half of the longer span, and is right when number and unit match too.",
                "Gold files: NAME.gold.json beside NAME.txt ({\"published\": date|null, \"amounts\": [{start, end, "
                + "value, unit}]}); a directory means every gold file in it. --wojood scores spans only against the "
                + "MONEY, PERCENT and CARDINAL spans of a Wojood CoNLL file."})
public final class EvalAmountsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "GOLD", description = "gold files or directories")
    List<Path> golds = new ArrayList<>();

    @Option(names = "--wojood", paramLabel = "FILE", description = "a Wojood CoNLL file (first tag column)")
    Path wojood;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        return ValueEval.evaluate("eval amounts", golds, wojood, "amounts", Set.of("MONEY", "PERCENT", "CARDINAL"),
                g -> key(g.path("value").isNull() ? null : g.path("value").asDouble(),
                        g.path("unit").isNull() ? null : g.path("unit").asText(null)),
                EvalAmountsCommand::predicted, spec.commandLine().getOut());
    }

    private static List<SpanValueScore.Item> predicted(Analysis a) {
        List<SpanValueScore.Item> out = new ArrayList<>();
        for (Amount m : a.amounts()) {
            out.add(new SpanValueScore.Item(m.span(), key(m.value(), m.unit())));
        }
        return out;
    }

    /** "2000000000 USD": the number without trailing zeros and the unit. */
    private static String key(Double value, String unit) {
        String number = value == null ? "null" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return number + " " + unit;
    }
}
