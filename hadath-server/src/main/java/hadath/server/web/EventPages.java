package hadath.server.web;

import hadath.core.event.CameoCode;
import hadath.server.api.Filters;
import hadath.server.api.Paging;
import hadath.server.api.Params;
import hadath.store.Store;
import hadath.store.query.EventQuery;
import hadath.store.query.EventRow;
import hadath.store.query.Page;
import io.javalin.http.Context;
import java.util.List;

/** The events table with its filters, the network view and the timeline chart. */
public final class EventPages {

    private final Store store;
    private final Templates templates;
    private final List<CameoCode> roots;

    public EventPages(Store store, Templates templates, List<CameoCode> roots) {
        this.store = store;
        this.templates = templates;
        this.roots = List.copyOf(roots);
    }

    public void events(Context ctx) {
        EventQuery query = Filters.events(ctx);
        Page<EventRow> events = store.events(query, Paging.of(ctx, 50));
        String actorName = query.actorId() == null ? null : store.actor(query.actorId(), hadath.store.query.PageRequest.first(1))
                .map(p -> p.actor().name()).orElse("actor " + query.actorId());
        // the download links keep the filters but not the page
        String filters = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)(limit|offset)=[^&]*", "");
        ctx.html(templates.render("events.jte", Pages.params("events", events, "pager", Pages.pager(ctx, events, "offset"),
                "query", query, "actorName", actorName, "filters", filters.startsWith("&") ? filters.substring(1) : filters,
                "roots", roots)));
    }

    public void network(Context ctx) {
        ctx.html(templates.render("network.jte", Pages.params("limit", Params.integer(ctx, "limit", 100))));
    }

    public void timeline(Context ctx) {
        ctx.html(templates.render("timeline.jte", Pages.params("granularity", Filters.granularity(ctx).id())));
    }
}
