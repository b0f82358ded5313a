package hadath.cli;

import com.fasterxml.jackson.databind.JsonNode;
import hadath.core.event.CameoCodes;
import hadath.core.event.EventScore;
import hadath.core.lexicon.Lexicon;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hadath eval events}: (source, CAMEO root, target) triples against gold files. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Analyse gold articles and score their events as (source actor code, CAMEO root, target actor "
                + "code) triples: precision, recall and F1.",
                "Gold files: NAME.gold.json beside NAME.txt, {\"events\": [{\"source\": \"IRNGOV\", \"cameo\": \"042\", "
                + "\"target\": \"RUS\"}]} (target or source null for none), with an optional \"published\": \"YYYY-MM-DD\". A directory means every gold file in it."})
public final class EvalEventsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "gold files or directories")
    List<Path> golds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        List<Path> files = GoldFiles.list(golds, name -> name.endsWith(".gold.json"));
        CameoCodes codes = new CameoCodes(Lexicon.bundled());
        Pipeline pipeline = new Pipeline(PipelineConfig.defaults().withEvents(true));
        PrintWriter out = spec.commandLine().getOut();
        EventScore total = new EventScore(0, 0, 0);
        EventScore countries = new EventScore(0, 0, 0);
        long tokens = 0;
        long start = System.nanoTime();
        for (Path file : files) {
            GoldFiles.Gold gold = GoldFiles.read(file);
            List<EventScore.Gold> events = events(file, gold, codes);
            var analysis = pipeline.analyze(gold.document());
            tokens += analysis.tokens().size();
            EventScore score = EventScore.of(events, analysis);
            out.printf(Locale.ROOT, "%-36s gold %4d  predicted %4d  right %4d%n", gold.name(), score.gold(), score.predicted(),
                    score.correct());
            total = total.plus(score);
            countries = countries.plus(EventScore.of(events, analysis, EventScore.Level.COUNTRY));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.print(total.report());
        out.print(countries.report("the same with actors compared by country or group prefix (IRNGOV = IRN)"));
        out.printf(Locale.ROOT, "%d events from %d tokens in %.2f s (%.0f events/s, analysis included)%n",
                total.predicted(), tokens, seconds, total.predicted() / seconds);
        out.flush();
        return 0;
    }

    /**
     * The gold events of a file, checked: an {@code events} array of objects with a known CAMEO code, source and
     * target codes or null, and, where given, a line of the article that is not blank and holds the trigger.
     */
    static List<EventScore.Gold> events(Path file, GoldFiles.Gold gold, CameoCodes codes) throws BadInputException {
        JsonNode list = gold.json().path("events");
        if (!list.isArray()) {
            throw new BadInputException(file.toString(), "has no \"events\" array; write {\"events\": [{\"source\": "
                    + "\"IRNGOV\", \"cameo\": \"042\", \"target\": \"RUS\"}]}");
        }
        List<String> lines = gold.text().lines().toList();
        List<EventScore.Gold> events = new ArrayList<>();
        int n = 0;
        for (JsonNode v : list) {
            n++;
            String where = "event " + n;
            if (!v.isObject()) {
                throw new BadInputException(file.toString(), where + " is not an object");
            }
            String cameo = v.path("cameo").asText("");
            if (codes.get(cameo).isEmpty()) {
                throw new BadInputException(file.toString(), where + ": '" + cameo + "' is no CAMEO code of cameo.tsv "
                        + "(three or four digits, e.g. 042, 1123)");
            }
            for (String side : List.of("source", "target")) {
                JsonNode actor = v.path(side);
                if (!actor.isMissingNode() && !actor.isNull() && !actor.isTextual()) {
                    throw new BadInputException(file.toString(),
                            where + ": " + side + " must be an actor code or null");
                }
            }
            if (v.has("line")) {
                int line = v.path("line").asInt(0);
                if (line < 1 || line > lines.size() || lines.get(line - 1).isBlank()) {
                    throw new BadInputException(file.toString(), where + ": line " + v.path("line").asText()
                            + " is not a line of the article with text (it has " + lines.size()
                            + (lines.size() == 1 ? " line)" : " lines)"));
                }
                String trigger = v.path("trigger").asText("");
                if (!trigger.isEmpty() && !lines.get(line - 1).contains(trigger)) {
                    throw new BadInputException(file.toString(), where + ": its trigger '" + trigger
                            + "' is not on line " + line);
                }
            }
            events.add(new EventScore.Gold(v.path("source").asText(null), cameo, v.path("target").asText(null)));
        }
        return events;
    }
}
