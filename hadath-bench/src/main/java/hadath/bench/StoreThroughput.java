package hadath.bench;

import hadath.core.lexicon.Lexicon;
import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import hadath.store.Store;
import hadath.store.query.EventQuery;
import hadath.store.query.Granularity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Store benchmarks, run as a main:
 * <pre>
 * java -cp ... hadath.bench.StoreThroughput ingest DB_URL [articles] [words]
 *     generated articles (CorpusGenerator) analysed on every core with events on and saved one transaction each,
 *     as hadath ingest does; prints articles/s
 * java -cp ... hadath.bench.StoreThroughput queries DB_URL [articles]
 *     fills the store with synthetic analyses (SyntheticAnalyses, saved through Store.save) up to [articles]
 *     (default 100,000) and prints the latency of the timeline and network queries
 * </pre>
 */
public final class StoreThroughput {

    private StoreThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: StoreThroughput ingest|queries DB_URL [articles] [words]");
            System.exit(2);
        }
        String url = args[1];
        switch (args[0]) {
            case "ingest" -> ingest(url, args.length > 2 ? Integer.parseInt(args[2]) : 2000,
                    args.length > 3 ? Integer.parseInt(args[3]) : 300);
            case "queries" -> queries(url, args.length > 2 ? Integer.parseInt(args[2]) : 100_000);
            default -> {
                System.err.println("unknown mode '" + args[0] + "'; expected ingest or queries");
                System.exit(2);
            }
        }
    }

    private static void ingest(String url, int count, int words) throws Exception {
        Lexicon lexicon = Lexicon.bundled();
        List<String> corpus = new CorpusGenerator(lexicon).articles(count, words, 11);
        Pipeline pipeline = new Pipeline(PipelineConfig.defaults().withEvents(true));
        int threads = Runtime.getRuntime().availableProcessors();
        try (Store store = Store.open(url)) {
            // warm-up: the JIT and the first connections, on articles not stored
            for (int i = 0; i < 50; i++) {
                pipeline.analyze(Document.of(corpus.get(i % corpus.size())));
            }
            AtomicLong saveNanos = new AtomicLong();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                String text = "رقم " + i + "\n" + corpus.get(i);
                int n = i;
                done.add(pool.submit(() -> {
                    Analysis a = pipeline.analyze(Document.builder(text).id("bench-" + n)
                            .published(java.time.LocalDate.of(2021, 1, 1).plusDays(n % 365)).source("bench").build());
                    long t = System.nanoTime();
                    store.save(a);
                    saveNanos.addAndGet(System.nanoTime() - t);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            var counts = store.counts();
            System.out.printf(Locale.ROOT, "%s ingest: %d articles of ~%d words, %d threads, %.1f s, %.1f articles/s; "
                            + "save %.1f ms/article (of thread time); %d events, %d mentions%n", store.kind(), count,
                    words, threads, seconds, count / seconds, saveNanos.get() / 1e6 / count, counts.events(),
                    counts.mentions());
        }
    }

    private static void queries(String url, int target) throws Exception {
        SyntheticAnalyses synthetic = new SyntheticAnalyses(Lexicon.bundled());
        try (Store store = Store.open(url)) {
            long have = store.counts().documents();
            int threads = "sqlite".equals(store.kind()) ? 1 : Runtime.getRuntime().availableProcessors();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (long n = have; n < target; n++) {
                int i = (int) n;
                done.add(pool.submit(() -> store.save(synthetic.article(i, new Random(i)))));
                if (done.size() > 10_000) {
                    for (Future<?> f : done) {
                        f.get();
                    }
                    done.clear();
                    System.out.printf(Locale.ROOT, "  %d stored, %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                }
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            if (target > have) {
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "%s fill: %d synthetic articles saved in %.0f s (%.0f articles/s)%n",
                        store.kind(), target - have, s, (target - have) / s);
            }
            var counts = store.counts();
            System.out.printf(Locale.ROOT, "%s store: %d documents, %d events, %d event mentions, %d actors%n",
                    store.kind(), counts.documents(), counts.events(), counts.eventMentions(), counts.actors());
            long busiest = store.network(EventQuery.ALL, 1).get(0).sourceId();
            time(store.kind() + " timeline day, all events", () -> store.timeline(EventQuery.ALL, Granularity.DAY).size());
            time(store.kind() + " timeline week, all events", () -> store.timeline(EventQuery.ALL, Granularity.WEEK).size());
            time(store.kind() + " timeline month, all events", () -> store.timeline(EventQuery.ALL, Granularity.MONTH).size());
            time(store.kind() + " timeline month, one actor", () -> store.timeline(EventQuery.actor(busiest),
                    Granularity.MONTH).size());
            time(store.kind() + " network top 100, all events", () -> store.network(EventQuery.ALL, 100).size());
            time(store.kind() + " network top 100, one year", () -> store.network(EventQuery.ALL.between(
                    java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 12, 31)), 100).size());
            time(store.kind() + " network, one actor", () -> store.network(EventQuery.actor(busiest), 100).size());
            time(store.kind() + " documents, a word in 1 article", () -> store.documents(
                    hadath.store.query.DocumentQuery.text("77777"), hadath.store.query.PageRequest.first(50)).items().size());
            time(store.kind() + " documents, a word in every article", () -> store.documents(
                    hadath.store.query.DocumentQuery.text("الحكومة"), hadath.store.query.PageRequest.first(50)).items().size());
            time(store.kind() + " events of one actor, page 1", () -> store.events(EventQuery.actor(busiest),
                    hadath.store.query.PageRequest.first(50)).items().size());
        }
    }

    private static void time(String name, Supplier<Integer> query) {
        int rows = 0;
        for (int i = 0; i < 3; i++) {
            rows = query.get();
        }
        double[] ms = new double[15];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "  %-45s %6d rows  median %8.1f ms  max %8.1f ms%n", name, rows,
                ms[ms.length / 2], ms[ms.length - 1]);
    }
}
