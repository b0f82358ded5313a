package hadath.server.web;

import hadath.server.api.Paging;
import hadath.server.api.Params;
import hadath.server.api.StoreApi;
import hadath.store.Store;
import hadath.store.query.ActorPage;
import hadath.store.query.ActorSummary;
import hadath.store.query.EventQuery;
import hadath.store.query.NetworkEdge;
import hadath.store.query.Page;
import io.javalin.http.Context;
import java.util.List;

/** Actor search (any spelling) and the actor page. */
public final class ActorPages {

    private final Store store;
    private final Templates templates;

    public ActorPages(Store store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    /** Actors matching {@code q}; without it, the busiest pairs of the network, to start from somewhere. */
    public void list(Context ctx) {
        String q = Params.text(ctx, "q");
        Page<ActorSummary> actors = q == null ? null : store.actorsByName(q, Paging.of(ctx));
        if (actors != null && actors.total() == 1 && actors.offset() == 0) {
            ctx.redirect("/actors/" + actors.items().get(0).id());
            return;
        }
        List<NetworkEdge> busiest = q == null ? store.network(EventQuery.ALL, 30) : List.of();
        ctx.html(templates.render("actors.jte", Pages.params("q", q == null ? "" : q, "actors", actors,
                "pager", actors == null ? null : Pages.pager(ctx, actors, "offset"), "busiest", busiest)));
    }

    public void actor(Context ctx) {
        ActorPage page = StoreApi.actor(store, ctx.pathParam("id"), ctx);
        ctx.html(templates.render("actor.jte", Pages.params("page", page)));
    }
}
