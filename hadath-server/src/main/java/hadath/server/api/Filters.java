package hadath.server.api;

import hadath.store.query.DocumentQuery;
import hadath.store.query.EventQuery;
import hadath.store.query.Granularity;
import hadath.store.query.QuoteQuery;
import io.javalin.http.Context;
import java.time.LocalDate;

/** The store's queries read from query parameters; what the store refuses becomes a 400 with its reason. */
public final class Filters {

    private Filters() {
    }

    /** {@code q, from, to, source}. */
    public static DocumentQuery documents(Context ctx) {
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        checkRange(from, to);
        return new DocumentQuery(Params.text(ctx, "q"), from, to, Params.text(ctx, "source"));
    }

    /** {@code actor, other, cameo, root, quadClass, from, to, place}. */
    public static EventQuery events(Context ctx) {
        Long actor = id(ctx, "actor");
        Long other = id(ctx, "other");
        if (other != null && actor == null) {
            throw ApiException.badRequest("other needs actor: a pair has two actors");
        }
        Integer quad = Params.integerOrNull(ctx, "quadClass", 1, 4);
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        checkRange(from, to);
        String cameo = Params.text(ctx, "cameo");
        String root = Params.text(ctx, "root");
        if (cameo != null && !cameo.matches("\\d{2,4}")) {
            throw ApiException.badRequest("cameo must be a CAMEO code of 2 to 4 digits (e.g. 042), got '" + cameo + "'");
        }
        if (root != null && !root.matches("\\d{2}")) {
            throw ApiException.badRequest("root must be a 2-digit CAMEO root (e.g. 04), got '" + root + "'");
        }
        return new EventQuery(actor, other, cameo, root, quad, from, to, id(ctx, "place"));
    }

    /** {@code speaker, q}. */
    public static QuoteQuery quotes(Context ctx) {
        return new QuoteQuery(id(ctx, "speaker"), Params.text(ctx, "q"));
    }

    /** {@code granularity}: day, week or month (default month). */
    public static Granularity granularity(Context ctx) {
        String g = Params.choice(ctx, "granularity", java.util.List.of("day", "week", "month"));
        return g == null ? Granularity.MONTH : Granularity.parse(g);
    }

    /** A positive store id from a query parameter, or null when absent. */
    public static Long id(Context ctx, String name) {
        String v = Params.text(ctx, name);
        return v == null ? null : id(v, name);
    }

    /** A positive store id from a path segment or parameter. */
    public static long id(String v, String name) {
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw ApiException.badRequest(name + " must be a positive whole number (an id), got '" + v + "'");
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from " + from + " is after to " + to);
        }
    }
}
