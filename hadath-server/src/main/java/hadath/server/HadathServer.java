package hadath.server;

import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.server.api.AnalyzeApi;
import hadath.server.api.ApiException;
import hadath.server.api.ApiJson;
import hadath.server.api.ExportApi;
import hadath.server.api.StoreApi;
import hadath.server.web.ActorPages;
import hadath.server.web.AnalyzePage;
import hadath.server.web.ArticlePages;
import hadath.server.web.CameoRoots;
import hadath.server.web.EventPages;
import hadath.server.web.Templates;
import hadath.store.Store;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.bundled.GlobalHeadersConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hadath server: REST API under {@code /api}, web pages elsewhere, static files under {@code /static}
 * and {@code /webjars}. Client errors are {@code {"error": "..."}} under {@code /api} and an error page
 * elsewhere; an unexpected exception is logged and answered with a 500 that says nothing of its insides.
 */
public final class HadathServer {

    private static final Logger LOG = LoggerFactory.getLogger(HadathServer.class);

    /** The browser may load only what this server serves: defence in depth behind the escaping. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final ServerOptions options;
    private final Javalin app;
    private final Templates templates = new Templates();

    private HadathServer(ServerOptions options, PipelineConfig config, Store store) {
        this.options = options;
        // the server shows events, so it codes them even while the coder is experimental
        Pipeline pipeline = new Pipeline(config.withEvents(true));
        AnalyzeApi analyze = new AnalyzeApi(pipeline);
        StoreApi api = new StoreApi(store, pipeline, options.token());
        ExportApi export = new ExportApi(store);
        AnalyzePage analyzePage = new AnalyzePage(pipeline, templates);
        ArticlePages articles = new ArticlePages(store, templates);
        ActorPages actors = new ActorPages(store, templates);
        EventPages events = new EventPages(store, templates, CameoRoots.of(config.lexicon()));
        String openapi = resource("/hadath/server/openapi.yaml");
        this.app = Javalin.create(cfg -> {
            configure(cfg);
            cfg.routes.get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openapi));
            cfg.routes.post("/api/analyze", analyze::analyze);
            cfg.routes.post("/api/documents", api::ingest);
            cfg.routes.get("/api/documents", api::documents);
            cfg.routes.get("/api/documents/{id}", api::document);
            cfg.routes.get("/api/actors", api::actors);
            cfg.routes.get("/api/actors/{id}", api::actor);
            cfg.routes.get("/api/events", api::events);
            cfg.routes.get("/api/events/export", export::export);
            cfg.routes.get("/api/events/{id}/mentions", api::eventMentions);
            cfg.routes.get("/api/quotes", api::quotes);
            cfg.routes.get("/api/timeline", api::timeline);
            cfg.routes.get("/api/network", api::network);
            cfg.routes.get("/api/counts", api::counts);

            cfg.routes.get("/", ctx -> ctx.redirect("/search"));
            cfg.routes.get("/analyze", analyzePage::form);
            cfg.routes.post("/analyze", analyzePage::analyze);
            cfg.routes.get("/search", articles::search);
            cfg.routes.get("/articles/{id}", articles::article);
            cfg.routes.get("/actors", actors::list);
            cfg.routes.get("/actors/{id}", actors::actor);
            cfg.routes.get("/events", events::events);
            cfg.routes.get("/network", events::network);
            cfg.routes.get("/timeline", events::timeline);
        });
    }

    /**
     * Builds the server over a store; {@link #start()} opens the port. The store stays the caller's to close.
     *
     * @param config the pipeline for analyse and ingest (events are switched on)
     */
    public static HadathServer create(ServerOptions options, PipelineConfig config, Store store) {
        return new HadathServer(options, config, store);
    }

    public HadathServer start() {
        app.start(options.host(), options.port());
        return this;
    }

    public void stop() {
        app.stop();
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = options.host().equals("0.0.0.0") || options.host().equals("::") ? "127.0.0.1" : options.host();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    private void configure(JavalinConfig cfg) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = options.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.jsonMapper(new JavalinJackson(ApiJson.MAPPER, false));
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        cfg.staticFiles.enableWebjars();
        cfg.staticFiles.add(s -> {
            s.hostedPath = "/static";
            s.directory = "/hadath/server/static";
            s.location = Location.CLASSPATH;
        });
        cfg.bundledPlugins.enableGlobalHeaders(h -> {
            h.xContentTypeOptionsNoSniff();
            h.contentSecurityPolicy(CSP);
            h.xFrameOptions(GlobalHeadersConfig.XFrameOptions.DENY);
        });
        cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
            case 404 -> notFound(ctx);
            case 413 -> "request body over the " + options.maxBodyBytes() / 1024 + " KB limit";
            default -> e.getMessage();
        }));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; the server log has the details");
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, 404, notFound(ctx));
            }
        });
        cfg.routes.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.json(Map.of("error", message));
        } else {
            ctx.html(templates.render("error.jte", Map.of("status", status, "message", message)));
        }
    }

    private static String notFound(Context ctx) {
        return "no such " + (isApi(ctx) ? "endpoint" : "page") + ": " + ctx.method() + " " + ctx.path();
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    private static String resource(String name) {
        try (InputStream in = HadathServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
