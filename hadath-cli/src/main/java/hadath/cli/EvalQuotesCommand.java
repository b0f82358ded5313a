package hadath.cli;

import com.fasterxml.jackson.databind.JsonNode;
import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.quote.QuoteScore;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
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

/** {@code hadath eval quotes}: quotation precision, recall and speaker accuracy against gold files. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Analyse gold articles and score the quotations: a predicted quote finds a gold one when it "
                + "covers at least half of it; speakers are right when the speaker entity has a mention on a gold "
                + "mention of the speaker.",
                "Gold files: NAME.gold.json beside NAME.txt ({\"quotes\": [{start, end, speakerMentions: [[s, e]...], "
                + "cue: {text}}], \"notSpeech\": [{start, end}]}), or an expected.json in the contract's form beside "
                + "article.txt. A directory means every gold file in it."})
public final class EvalQuotesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "gold files or directories")
    List<Path> golds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        List<Path> files = GoldFiles.list(golds, name -> name.endsWith(".gold.json") || name.equals("expected.json"));
        Pipeline pipeline = new Pipeline(PipelineConfig.defaults());
        PrintWriter out = spec.commandLine().getOut();
        QuoteScore total = new QuoteScore(0, 0, 0, 0, 0, 0, 0);
        for (Path file : files) {
            QuoteScore score = score(file, pipeline);
            out.printf(Locale.ROOT, "%-40s gold %3d  predicted %3d  found %3d  speakers %3d  cues %3d%n",
                    file.getFileName(), score.gold(), score.predicted(), score.goldFound(), score.speakersRight(),
                    score.cuesRight());
            total = total.plus(score);
        }
        out.print(total.report());
        out.flush();
        return 0;
    }

    private static QuoteScore score(Path goldFile, Pipeline pipeline) throws BadInputException {
        GoldFiles.Gold read = GoldFiles.read(goldFile);
        boolean contract = read.name().equals("expected.json");
        JsonNode gold = read.json();
        String text = read.text();
        List<QuoteScore.Gold> quotes = new ArrayList<>();
        for (JsonNode q : gold.path("quotes")) {
            List<CharSpan> speaker = new ArrayList<>();
            if (contract) {
                String id = q.path("speaker").asText(null);
                for (JsonNode e : gold.path("entities")) {
                    if (e.path("id").asText().equals(id)) {
                        e.path("mentions").forEach(m -> speaker.add(span(m)));
                    }
                }
            } else if (!q.path("speaker").isNull() && !q.path("speaker").isMissingNode()) {
                // an unnamed source (speaker null) is right only when no speaker is given
                q.path("speakerMentions").forEach(m -> speaker.add(new CharSpan(m.get(0).asInt(), m.get(1).asInt())));
            }
            JsonNode cue = q.path("cue");
            quotes.add(new QuoteScore.Gold(span(q), speaker, cue.isObject() ? cue.path("text").asText() : null));
        }
        List<CharSpan> notSpeech = new ArrayList<>();
        gold.path("notSpeech").forEach(n -> notSpeech.add(span(n)));
        Analysis analysis = pipeline.analyze(Document.of(text));
        return QuoteScore.of(quotes, notSpeech, analysis);
    }

    private static CharSpan span(JsonNode n) {
        return new CharSpan(n.path("start").asInt(), n.path("end").asInt());
    }
}
