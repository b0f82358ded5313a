package hadath.server.api;

import hadath.core.json.AnalysisJson;
import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import io.javalin.http.Context;

/** {@code POST /api/analyze}: an article in, its {@code hadath.analysis/1} JSON out, nothing stored. */
public final class AnalyzeApi {

    private final Pipeline pipeline;

    public AnalyzeApi(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public void analyze(Context ctx) {
        Analysis analysis = pipeline.analyze(read(ctx).document());
        ctx.contentType("application/json; charset=utf-8").result(AnalysisJson.toJson(analysis, false));
    }

    /** A JSON body {@code {"text": ...}}, or plain text with the metadata as query parameters. */
    public static ArticleInput read(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        String body = ctx.body();
        if (type.startsWith("application/json")) {
            return ArticleInput.fromJson(body);
        }
        if (type.startsWith("text/plain")) {
            return new ArticleInput(body, Params.date(ctx, "published"), Params.text(ctx, "title"),
                    Params.text(ctx, "source"), Params.text(ctx, "url"), Params.text(ctx, "id"));
        }
        throw new ApiException(415, "Content-Type must be application/json ({\"text\": ...}) or text/plain, got '"
                + (type.isEmpty() ? "none" : type) + "'");
    }
}
