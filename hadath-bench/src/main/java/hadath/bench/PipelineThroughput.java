package hadath.bench;

import hadath.core.json.AnalysisJson;
import hadath.core.lexicon.Lexicon;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whole {@code hadath analyze} throughput — the shipped pipeline with events on, plus writing the contract
 * JSON — over a generated corpus of articles of 300–1,500 words, on one thread and on all cores, with the peak
 * heap and RSS; and, when the {@code corenlp} profile compiled it in, the reference front end on the same
 * corpus in the same run, and the ratio.
 *
 * <pre>java -cp hadath-bench/target/benchmarks.jar hadath.bench.PipelineThroughput
 *      [articles=2000] [minWords=300] [maxWords=1500] [rounds=3] [referenceArticles=100]</pre>
 *
 * Each figure is the best of {@code rounds} timed rounds after one warm-up round; the reference runs over the
 * first {@code referenceArticles} articles only (it is slow; its words/s is what is compared).
 */
public final class PipelineThroughput {

    private PipelineThroughput() {
    }

    /**
     * One measured run: how many articles and words in how many seconds of wall time, and in how many seconds
     * of CPU time summed over its threads. On a shared machine the CPU figure is the steadier one: it does not
     * count the time other processes held the cores.
     */
    record Rate(String what, int threads, long articles, long words, double seconds, double cpuSeconds) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double wordsPerSecond() {
            return words / seconds;
        }

        double wordsPerCpuSecond() {
            return words / cpuSeconds;
        }
    }

    /** What one pass over the corpus cost. */
    record Pass(double seconds, double cpuSeconds) {
    }

    public static void main(String[] args) throws Exception {
        int count = arg(args, 0, 2000);
        int minWords = arg(args, 1, 300);
        int maxWords = arg(args, 2, 1500);
        int rounds = arg(args, 3, 3);
        int referenceCount = arg(args, 4, 100);
        int cores = Runtime.getRuntime().availableProcessors();

        long t0 = System.nanoTime();
        PipelineConfig config = PipelineConfig.defaults().withEvents(true);
        Pipeline pipeline = new Pipeline(config);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        List<String> corpus = new CorpusGenerator(config.lexicon()).articles(count, minWords, maxWords, 7);
        long words = corpus.stream().mapToLong(PipelineThroughput::words).sum();
        MemoryFigures idle = MemoryFigures.now();
        System.out.printf(Locale.ROOT, "pipeline built in %.0f ms (NER model %s); retained heap %s%n", buildMs,
                config.ner() == null ? "absent" : "loaded", MemoryFigures.mib(idle.liveHeapBytes()));
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d–%d words (%d words, mean %d), %d cores%n",
                count, minWords, maxWords, words, words / count, cores);

        MemoryFigures.resetPeaks();
        List<Rate> rates = new ArrayList<>();
        rates.add(best("Hadath analyze (events on, JSON)", 1, corpus, words, rounds, pipeline));
        if (cores > 1) {
            rates.add(best("Hadath analyze (events on, JSON)", cores, corpus, words, rounds, pipeline));
        }
        MemoryFigures used = MemoryFigures.now();

        ReferenceFrontEnd reference = ReferenceFrontEnd.load();
        if (reference != null && referenceCount > 0) {
            List<String> sample = corpus.subList(0, Math.min(referenceCount, corpus.size()));
            long sampleWords = sample.stream().mapToLong(PipelineThroughput::words).sum();
            reference.process(sample.get(0)); // its models load lazily; keep that out of the timing
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long tokens = 0;
            for (String article : sample) {
                tokens += reference.process(article);
            }
            rates.add(new Rate(reference.name() + " (" + tokens + " tokens)", 1, sample.size(), sampleWords,
                    (System.nanoTime() - start) / 1e9, (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9));
        }
        print(rates, used);
    }

    private static Rate best(String what, int threads, List<String> corpus, long words, int rounds,
                             Pipeline pipeline) throws Exception {
        run(threads, corpus, pipeline); // warm-up: JIT and caches
        Pass best = null;
        for (int r = 0; r < rounds; r++) {
            Pass pass = run(threads, corpus, pipeline);
            best = best == null || pass.seconds() < best.seconds() ? pass : best;
        }
        return new Rate(what, threads, corpus.size(), words, best.seconds(), best.cpuSeconds());
    }

    /** Analyses every article once on {@code threads} threads sharing one pipeline. */
    static Pass run(int threads, List<String> corpus, Pipeline pipeline) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    long chars = 0;
                    for (int i = next.getAndIncrement(); i < corpus.size(); i = next.getAndIncrement()) {
                        Document doc = Document.builder(corpus.get(i)).id("a" + i).build();
                        chars += AnalysisJson.toJson(pipeline.analyze(doc), false).length();
                    }
                    if (chars == 0) {
                        throw new IllegalStateException("no JSON written");
                    }
                    return cpu.getCurrentThreadCpuTime() - cpuStart;
                }));
            }
            long cpuNanos = 0;
            for (Future<Long> part : parts) {
                cpuNanos += part.get();
            }
            return new Pass((System.nanoTime() - start) / 1e9, cpuNanos / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void print(List<Rate> rates, MemoryFigures memory) {
        System.out.printf(Locale.ROOT, "%n%-56s %7s %8s %11s %10s %12s %14s%n", "run", "threads", "articles",
                "articles/s", "words/s", "words/CPU-s", "vs ref (CPU)");
        Rate reference = rates.get(rates.size() - 1).what().startsWith("Hadath") ? null : rates.get(rates.size() - 1);
        for (Rate r : rates) {
            String ratio = reference == null ? "" : String.format(Locale.ROOT, "%.0f×",
                    r.wordsPerCpuSecond() / reference.wordsPerCpuSecond());
            System.out.printf(Locale.ROOT, "%-56s %7d %8d %11.1f %10.0f %12.0f %14s%n", r.what(), r.threads(),
                    r.articles(), r.articlesPerSecond(), r.wordsPerSecond(), r.wordsPerCpuSecond(), ratio);
        }
        System.out.printf(Locale.ROOT, "load average now %.1f on %d cores (wall rates suffer when it exceeds them)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%nHadath peak heap %s, peak RSS %s (max heap %s)%n",
                MemoryFigures.mib(memory.peakHeapBytes()), MemoryFigures.mib(memory.peakRssBytes()),
                MemoryFigures.mib(Runtime.getRuntime().maxMemory()));
    }

    /** Words as a reader counts them: runs of non-space characters. */
    static long words(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    private static int arg(String[] args, int i, int fallback) {
        if (args.length <= i) {
            return fallback;
        }
        try {
            return Integer.parseInt(args[i]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("argument " + (i + 1) + " '" + args[i] + "' is not a whole number");
        }
    }
}
