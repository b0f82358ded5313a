package hadath.bench;

import hadath.core.json.AnalysisJson;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * One SHA-256 over the contract JSON of every article of a generated corpus: a speed change to core must leave
 * it as it was. {@code java -cp hadath-bench/target/benchmarks.jar hadath.bench.AnalysisDigest [articles=500]}
 */
public final class AnalysisDigest {

    private AnalysisDigest() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        PipelineConfig config = PipelineConfig.defaults().withEvents(true);
        Pipeline pipeline = new Pipeline(config);
        List<String> corpus = new CorpusGenerator(config.lexicon()).articles(count, 300, 1500, 7);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < corpus.size(); i++) {
            Document doc = Document.builder(corpus.get(i)).id("a" + i).build();
            sha.update(AnalysisJson.toJson(pipeline.analyze(doc), false).getBytes(StandardCharsets.UTF_8));
        }
        System.out.println(count + " articles: " + HexFormat.of().formatHex(sha.digest()));
    }
}
