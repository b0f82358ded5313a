package hadath.cli;

import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import hadath.store.Store;
import hadath.store.query.SaveResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hadath ingest}: analyses articles on every core and stores each in one transaction. A text already
 * stored is skipped before analysis, so running the same ingest again changes nothing, and an ingest killed
 * half-way resumes where it stopped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse articles and store them (events included): text files, directories (recursively) and "
                + "JSON Lines files (.jsonl, .ndjson) of {\"text\", \"published\", \"url\", \"title\", \"source\", \"id\"}.",
                "A NAME.txt takes its metadata from NAME.meta.json beside it. Articles already stored are skipped.",
                "Bad articles are reported (name: problem) and skipped; the exit code is then 2."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and directories")
    List<Path> paths;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "./hadath.db",
            description = "SQLite file (default ${DEFAULT-VALUE}), jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB")
    String db;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "5MB",
            description = "refuse larger articles (default: ${DEFAULT-VALUE}; units B, KB, MB, GB)")
    String maxSize;

    @Option(names = "--html", paramLabel = "POLICY", defaultValue = "refuse",
            description = "refuse (default) or strip HTML articles, as hadath analyze does")
    String html;

    @Option(names = "--threads", paramLabel = "N", description = "analysis threads (default: all cores)")
    Integer threads;

    @Option(names = "--no-progress", description = "no progress bar (the summary is still printed)")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    /** The outcome of one article. */
    private enum Outcome { INGESTED, DUPLICATE, REJECTED }

    @Override
    public Integer call() throws BadInputException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ArticleReader reader = new ArticleReader(new InputLimits(InputOptions.size(maxSize)), InputOptions.html(html));
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new BadInputException("--threads", workers + " is not a thread count; expected 1 or more");
        }
        long total = count();
        long start = System.nanoTime();
        AtomicLong ingested = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        List<String> rejected = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try (Store store = DbOption.open(db, false)) {
            Pipeline pipeline = new Pipeline(PipelineConfig.defaults().withEvents(true));
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            Semaphore inFlight = new Semaphore(4 * workers);
            try (ProgressBar bar = progressBar(total)) {
                IngestSources.expand(paths, item -> {
                    if (failure.get() != null) {
                        return;
                    }
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            switch (ingest(item, reader, pipeline, store, rejected)) {
                                case INGESTED -> ingested.incrementAndGet();
                                case DUPLICATE -> duplicates.incrementAndGet();
                                case REJECTED -> { }
                            }
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            bar.step();
                            inFlight.release();
                        }
                    });
                });
                pool.shutdown();
                awaitQuietly(pool);
            } catch (IOException e) {
                throw new BadInputException(String.valueOf(paths), "cannot be read: " + e.getMessage());
            } finally {
                pool.shutdownNow();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        synchronized (rejected) {
            Collections.sort(rejected);
            for (String r : rejected) {
                err.println("hadath: " + r);
            }
        }
        out.printf(Locale.ROOT, "ingested %d, skipped %d duplicate%s, rejected %d in %.1f s (%.1f articles/s)%n",
                ingested.get(), duplicates.get(), duplicates.get() == 1 ? "" : "s", rejected.size(), seconds,
                ingested.get() / Math.max(seconds, 1e-9));
        out.flush();
        err.flush();
        return rejected.isEmpty() ? 0 : HadathCommand.EXIT_BAD_INPUT;
    }

    private Outcome ingest(IngestSources.Item item, ArticleReader reader, Pipeline pipeline, Store store,
                           List<String> rejected) {
        IngestSources.Loaded a;
        try {
            a = item.load(reader);
        } catch (BadInputException e) {
            rejected.add(e.getMessage());
            return Outcome.REJECTED;
        }
        if (store.containsText(a.text())) {
            return Outcome.DUPLICATE;
        }
        ArticleMeta m = a.meta();
        Document doc = Document.builder(a.text()).id(m.id()).title(m.title()).source(m.source()).url(m.url())
                .published(m.published()).build();
        SaveResult saved = store.save(pipeline.analyze(doc));
        return saved.duplicate() ? Outcome.DUPLICATE : Outcome.INGESTED;
    }

    private long count() throws BadInputException {
        AtomicLong n = new AtomicLong();
        try {
            IngestSources.expand(paths, item -> n.incrementAndGet());
        } catch (IOException e) {
            throw new BadInputException(String.valueOf(paths), "cannot be read: " + e.getMessage());
        }
        return n.get();
    }

    private ProgressBar progressBar(long total) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).setUnit(" articles", 1)
                .showSpeed();
        if (noProgress) {
            b.setConsumer(new me.tongfei.progressbar.ProgressBarConsumer() {
                @Override
                public int getMaxRenderedLength() {
                    return 80;
                }

                @Override
                public void accept(String rendered) {
                }

                @Override
                public void close() {
                }
            });
        }
        return b.build();
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
