package hadath.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import hadath.core.lexicon.Lexicon;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a generated corpus as JSON Lines ({@code id}, {@code text}, {@code published}, {@code source}), the
 * input of the Spark job and of {@code hadath ingest}, in batches so that a million articles never sit in memory:
 * {@code java -cp hadath-bench/target/benchmarks.jar hadath.bench.CorpusWriter OUT.jsonl [articles=100000]
 * [minWords=300] [maxWords=1500]}.
 */
public final class CorpusWriter {

    private static final int BATCH = 1000;

    private CorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("give the output file: CorpusWriter OUT.jsonl [articles] [minWords] [maxWords]");
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int minWords = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int maxWords = args.length > 3 ? Integer.parseInt(args[3]) : 1500;
        CorpusGenerator generator = new CorpusGenerator(Lexicon.bundled());
        LocalDate day = LocalDate.of(2024, 1, 1);
        JsonFactory json = JsonFactory.builder().build();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            for (int done = 0; done < count; done += BATCH) {
                List<String> batch = generator.articles(Math.min(BATCH, count - done), minWords, maxWords, done);
                for (int i = 0; i < batch.size(); i++) {
                    int n = done + i;
                    try (JsonGenerator g = json.createGenerator(w)) {
                        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                        g.writeStartObject();
                        g.writeStringField("id", "a" + n);
                        g.writeStringField("text", batch.get(i));
                        g.writeStringField("published", day.plusDays(n % 365).toString());
                        g.writeStringField("source", "generated");
                        g.writeEndObject();
                    }
                    w.write('\n');
                }
            }
        }
        System.out.println(out + ": " + count + " articles of " + minWords + "–" + maxWords + " words");
    }
}
