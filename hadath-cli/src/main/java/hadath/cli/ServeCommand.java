package hadath.cli;

import hadath.core.pipeline.PipelineConfig;
import hadath.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hadath serve}: the REST API and the web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (/api, documented at /api/openapi.yaml) and the web UI over a store.",
                "Reading needs nothing; writing (POST /api/documents) needs the token."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "URL", defaultValue = "hadath.db",
            description = "the store: a SQLite file path or jdbc:sqlite:PATH (default: ./${DEFAULT-VALUE}), "
                    + "or jdbc:postgresql://HOST/DB")
    String db;

    @Mixin
    ServeOptions serve;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        serve.check();
        Store store = DbOption.open(db, false);
        ServeOptions.Resolved resolved;
        try {
            resolved = serve.resolve();
        } catch (BadInputException e) {
            store.close();
            throw e;
        }
        Serving.serve(store, PipelineConfig.defaults(), resolved, spec.commandLine().getOut());
        return 0;
    }
}
