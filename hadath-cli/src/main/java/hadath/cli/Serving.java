package hadath.cli;

import hadath.core.pipeline.PipelineConfig;
import hadath.server.HadathServer;
import hadath.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** Starts the server over an open store, says where it is, and serves until the JVM is stopped (Ctrl-C). */
final class Serving {

    private Serving() {
    }

    static void serve(Store store, PipelineConfig config, ServeOptions.Resolved resolved, PrintWriter out)
            throws BadInputException {
        HadathServer server = HadathServer.create(resolved.options(), config, store);
        try {
            server.start();
        } catch (RuntimeException e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw new BadInputException("--port", "cannot listen on " + resolved.options().host() + ":"
                    + resolved.options().port() + " (" + why + "); is another server using it? pick another with --port");
        }
        out.println("hadath: serving " + server.url());
        if (resolved.newToken()) {
            out.println("hadath: write token (for POST /api/documents): " + resolved.options().token());
            out.println("hadath: kept in " + resolved.tokenSource() + " for the next starts");
        } else {
            out.println("hadath: write token from " + resolved.tokenSource());
        }
        if (!resolved.options().host().equals("127.0.0.1") && !resolved.options().host().equals("localhost")) {
            out.println("hadath: listening on " + resolved.options().host() + ": other machines can reach this server");
        }
        out.println("hadath: press Ctrl-C to stop");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }, "hadath-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
