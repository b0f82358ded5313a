package hadath.cli;

import hadath.core.pipeline.Analysis;
import hadath.core.time.TimeExpression;
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

/** {@code hadath eval times}: time expressions against gold files with values, and Wojood DATE/TIME spans. */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = {"Analyse gold articles and score their time expressions: a prediction finds a gold one when "
                + "they overlap by at least half of the longer span, and is right when the value matches too (or, "
                + "both values null, the relative offset).",
                "Gold files: NAME.gold.json beside NAME.txt ({\"published\": date|null, \"times\": [{start, end, "
                + "value, relative}]}); a directory means every gold file in it. --wojood scores spans only against "
                + "the DATE and TIME spans of a Wojood CoNLL file."})
public final class EvalTimesCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "GOLD", description = "gold files or directories")
    List<Path> golds = new ArrayList<>();

    @Option(names = "--wojood", paramLabel = "FILE", description = "a Wojood CoNLL file (first tag column)")
    Path wojood;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        return ValueEval.evaluate("eval times", golds, wojood, "times", Set.of("DATE", "TIME"),
                g -> key(g.path("value").isNull() ? null : g.path("value").asText(),
                        g.path("relative").isNull() ? null : g.path("relative").asText(null)),
                EvalTimesCommand::predicted, spec.commandLine().getOut());
    }

    private static List<SpanValueScore.Item> predicted(Analysis a) {
        List<SpanValueScore.Item> out = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            out.add(new SpanValueScore.Item(t.span(), key(t.value(), t.relative())));
        }
        return out;
    }

    /** The value, or the relative offset when there is no value. */
    private static String key(String value, String relative) {
        return value != null ? value : relative == null ? null : "relative " + relative;
    }
}
