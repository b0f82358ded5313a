package hadath.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import hadath.core.json.AnalysisJson;
import hadath.core.pipeline.Pipeline;
import hadath.server.api.ApiException;
import hadath.server.api.ArticleInput;
import hadath.server.api.Params;
import hadath.server.view.ArticleView;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** The paste-and-analyse page: any text, analysed and shown highlighted, never stored. */
public final class AnalyzePage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pipeline pipeline;
    private final Templates templates;

    public AnalyzePage(Pipeline pipeline, Templates templates) {
        this.pipeline = pipeline;
        this.templates = templates;
    }

    public void form(Context ctx) {
        ctx.html(page("", "", null, null));
    }

    public void analyze(Context ctx) throws Exception {
        String text = ctx.formParam("text") == null ? "" : ctx.formParam("text");
        String published = ctx.formParam("published") == null ? "" : ctx.formParam("published").strip();
        ArticleView view;
        String problem = null;
        try {
            ArticleInput input = new ArticleInput(text, published.isEmpty() ? null : Params.date(published, "published"),
                    null, null, null, "pasted");
            String json = AnalysisJson.toJson(pipeline.analyze(input.document()), false);
            view = ArticleView.of(input.text(), JSON.readTree(json));
        } catch (ApiException e) {
            // the form stays filled in, with the problem above it; htmx swaps only 2xx answers in
            if (ctx.header("HX-Request") == null) {
                ctx.status(e.status());
            }
            view = null;
            problem = e.getMessage();
        }
        if (ctx.header("HX-Request") != null) {
            ctx.html(view == null ? templates.render("problem.jte", Map.of("message", problem))
                    : templates.render("articleBody.jte", Map.of("view", view)));
        } else {
            ctx.html(page(text, published, view, problem));
        }
    }

    private String page(String text, String published, ArticleView view, String problem) {
        Map<String, Object> params = new HashMap<>();
        params.put("text", text);
        params.put("published", published);
        params.put("view", view);
        params.put("problem", problem);
        return templates.render("analyze.jte", params);
    }
}
