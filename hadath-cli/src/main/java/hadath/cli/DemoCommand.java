package hadath.cli;

import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import hadath.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hadath demo}: the bundled example articles into a local SQLite file, then the web UI over it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Store the bundled example articles in a local SQLite file and serve the web UI over it.",
                "Running it again reuses the file: stored articles are not analysed twice."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "URL", defaultValue = "hadath-demo.db",
            description = "the store to fill (default: ./${DEFAULT-VALUE})")
    String db;

    @Option(names = "--no-serve", description = "store the articles and exit, without serving")
    boolean noServe;

    @Mixin
    ServeOptions serve;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        serve.check();
        PrintWriter out = spec.commandLine().getOut();
        List<Document> articles = DemoArticles.load();
        if (articles.isEmpty()) {
            throw new BadInputException("demo", "this build has no bundled articles (hadath/demo/*.txt)");
        }
        Store store = DbOption.open(db, false);
        PipelineConfig config = PipelineConfig.defaults();
        boolean handedOver = false;
        try {
            ingest(store, config, articles, out);
            if (!noServe) {
                handedOver = true;
                Serving.serve(store, config, serve.resolve(), out);
            }
        } finally {
            if (!handedOver) {
                store.close();
            }
        }
        return 0;
    }

    private static void ingest(Store store, PipelineConfig config, List<Document> articles, PrintWriter out) {
        long started = System.nanoTime();
        Pipeline pipeline = null;
        int added = 0;
        for (Document doc : articles) {
            if (store.containsText(doc.text())) {
                continue;
            }
            if (pipeline == null) {
                // the store shows events, so the demo codes them while the coder is experimental
                pipeline = new Pipeline(config.withEvents(true));
            }
            store.save(pipeline.analyze(doc));
            added++;
        }
        out.printf(Locale.ROOT, "hadath: demo store %s: %d articles added, %d already there (%.1f s)%n",
                store.kind(), added, articles.size() - added, (System.nanoTime() - started) / 1e9);
        out.flush();
    }
}
