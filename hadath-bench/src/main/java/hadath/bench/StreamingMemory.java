package hadath.bench;

import hadath.core.json.AnalysisJson;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * A long stream of articles through one pipeline, generated a thousand at a time and never kept, each analysed
 * and written as JSON to a writer that only counts: run it under a small {@code -Xmx} to see that the heap a
 * stream needs does not grow with its length.
 * {@code java -Xmx64m -cp hadath-bench/target/benchmarks.jar hadath.bench.StreamingMemory [articles=200000]
 * [minWords=50] [maxWords=300]} prints the live heap after a full collection ten times along the way.
 */
public final class StreamingMemory {

    private static final int BATCH = 1000;

    private StreamingMemory() {
    }

    /** Counts what is written and drops it. */
    private static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int minWords = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int maxWords = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        PipelineConfig config = PipelineConfig.defaults().withEvents(true);
        Pipeline pipeline = new Pipeline(config);
        CorpusGenerator generator = new CorpusGenerator(config.lexicon());
        CountingWriter out = new CountingWriter();
        long words = 0;
        long start = System.nanoTime();
        for (int done = 0; done < count; done += BATCH) {
            List<String> batch = generator.articles(Math.min(BATCH, count - done), minWords, maxWords, done);
            for (int i = 0; i < batch.size(); i++) {
                words += PipelineThroughput.words(batch.get(i));
                AnalysisJson.write(pipeline.analyze(Document.builder(batch.get(i)).id("a" + (done + i)).build()),
                        out, false);
            }
            if ((done / BATCH + 1) % Math.max(1, count / BATCH / 10) == 0) {
                System.gc();
                System.out.printf(Locale.ROOT, "%8d articles, %10d words, live heap %s%n", done + batch.size(), words,
                        MemoryFigures.mib(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d articles, %d words, %d JSON chars in %.0f s under -Xmx%s; peak RSS %s%n",
                count, words, out.chars, seconds, MemoryFigures.mib(Runtime.getRuntime().maxMemory()),
                MemoryFigures.mib(MemoryFigures.peakRss()));
    }
}
