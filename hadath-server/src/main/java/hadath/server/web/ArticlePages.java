package hadath.server.web;

import hadath.server.api.ApiException;
import hadath.server.api.Filters;
import hadath.server.api.Paging;
import hadath.server.api.Params;
import hadath.server.api.StoreApi;
import hadath.server.view.ArticleView;
import hadath.store.Store;
import hadath.store.query.DocumentQuery;
import hadath.store.query.DocumentSummary;
import hadath.store.query.Page;
import hadath.store.query.PageRequest;
import hadath.store.query.QuoteQuery;
import hadath.store.query.QuoteRow;
import hadath.store.query.StoredDocument;
import io.javalin.http.Context;

/** Search over articles and quotes, and the article page. */
public final class ArticlePages {

    private final Store store;
    private final Templates templates;

    public ArticlePages(Store store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    /** Articles and quotes matching {@code q}; without {@code q}, the newest articles. */
    public void search(Context ctx) {
        String q = Params.text(ctx, "q");
        DocumentQuery query = Filters.documents(ctx);
        PageRequest page = Paging.of(ctx);
        Page<DocumentSummary> docs = store.documents(query, page);
        Page<QuoteRow> quotes = q == null ? null : store.quotes(new QuoteQuery(null, q),
                new PageRequest(page.limit(), Params.integer(ctx, "qoffset", 0)));
        ctx.html(templates.render("search.jte", Pages.params("q", q == null ? "" : q, "documents", docs,
                "documentPager", Pages.pager(ctx, docs, "offset"), "quotes", quotes,
                "quotePager", quotes == null ? null : Pages.pager(ctx, quotes, "qoffset"))));
    }

    public void article(Context ctx) {
        StoredDocument doc = StoreApi.document(store, ctx.pathParam("id"));
        ArticleView view;
        try {
            view = ArticleView.of(doc.text(), StoreApi.analysisJson(doc));
        } catch (IllegalStateException e) {
            throw new ApiException(422, "document " + doc.summary().id() + " has no readable analysis");
        }
        ctx.html(templates.render("article.jte", Pages.params("doc", doc.summary(), "view", view)));
    }
}
