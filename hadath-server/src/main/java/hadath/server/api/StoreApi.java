package hadath.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import hadath.core.pipeline.Pipeline;
import hadath.server.AccessToken;
import hadath.store.Store;
import hadath.store.query.ActorPage;
import hadath.store.query.Granularity;
import hadath.store.query.SaveResult;
import hadath.store.query.StoredDocument;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API over the store: documents, actors, events, quotes, timeline, network; ingest needs the token. */
public final class StoreApi {

    /** The network view draws at most this many edges: more is a hairball, not a picture. */
    public static final int MAX_EDGES = 500;

    private final Store store;
    private final Pipeline pipeline;
    private final String token;

    public StoreApi(Store store, Pipeline pipeline, String token) {
        this.store = store;
        this.pipeline = pipeline;
        this.token = token;
    }

    /** {@code POST /api/documents}: analyse and store; 201 when new, 200 when the text was already stored. */
    public void ingest(Context ctx) {
        if (!AccessToken.matches(token, ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "writing needs the server's token: send Authorization: Bearer TOKEN "
                    + "(hadath serve --token, or the token it printed at start)");
        }
        ArticleInput input = AnalyzeApi.read(ctx);
        SaveResult saved = store.save(pipeline.analyze(input.document()));
        ctx.status(saved.duplicate() ? 200 : 201);
        ctx.json(Map.of("id", saved.documentId(), "duplicate", saved.duplicate(),
                "url", "/api/documents/" + saved.documentId()));
    }

    public void documents(Context ctx) {
        ctx.json(ApiJson.page(store.documents(Filters.documents(ctx), Paging.of(ctx))));
    }

    /** {@code {"document": summary, "text": ..., "analysis": hadath.analysis/1}}. */
    public void document(Context ctx) {
        StoredDocument doc = document(store, ctx.pathParam("id"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("document", doc.summary());
        out.put("text", doc.text());
        out.put("analysis", analysisJson(doc));
        ctx.json(out);
    }

    public void actors(Context ctx) {
        String q = Params.text(ctx, "q");
        if (q == null) {
            throw ApiException.badRequest("q is required: a name in any spelling, e.g. ?q=لافروف");
        }
        ctx.json(ApiJson.page(store.actorsByName(q, Paging.of(ctx))));
    }

    public void actor(Context ctx) {
        ctx.json(actor(store, ctx.pathParam("id"), ctx));
    }

    public void events(Context ctx) {
        ctx.json(ApiJson.page(store.events(Filters.events(ctx), Paging.of(ctx))));
    }

    public void eventMentions(Context ctx) {
        ctx.json(Map.of("items", store.eventMentions(Filters.id(ctx.pathParam("id"), "event id"))));
    }

    public void quotes(Context ctx) {
        ctx.json(ApiJson.page(store.quotes(Filters.quotes(ctx), Paging.of(ctx))));
    }

    /** {@code [{"period", "quadClass", "events"}]}, oldest first. */
    public void timeline(Context ctx) {
        Granularity granularity = Filters.granularity(ctx);
        ctx.json(Map.of("granularity", granularity.id(), "items", store.timeline(Filters.events(ctx), granularity)));
    }

    public void network(Context ctx) {
        int limit = Params.integer(ctx, "limit", 100);
        if (limit < 1 || limit > MAX_EDGES) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_EDGES + ", got " + limit);
        }
        ctx.json(Map.of("items", store.network(Filters.events(ctx), limit)));
    }

    public void counts(Context ctx) {
        ctx.json(store.counts());
    }

    public static StoredDocument document(Store store, String id) {
        return store.document(Filters.id(id, "document id"))
                .orElseThrow(() -> ApiException.notFound("no document " + id));
    }

    public static ActorPage actor(Store store, String id, Context ctx) {
        return store.actor(Filters.id(id, "actor id"), Paging.of(ctx))
                .orElseThrow(() -> ApiException.notFound("no actor " + id));
    }

    /** The stored analysis as a JSON tree, so it is embedded as an object and not as a string. */
    public static JsonNode analysisJson(StoredDocument doc) {
        try {
            return ApiJson.MAPPER.readTree(doc.analysisJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored analysis of document " + doc.summary().id() + " is not JSON", e);
        }
    }
}
