package hadath.server.api;

import hadath.store.query.PageRequest;
import io.javalin.http.Context;

/** {@code limit} and {@code offset} of a list request: every list endpoint is paged. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    /** Deep offsets make the database walk every row before them; nobody pages this far by hand. */
    public static final int MAX_OFFSET = 100_000;

    private Paging() {
    }

    public static PageRequest of(Context ctx) {
        return of(ctx, DEFAULT_LIMIT);
    }

    public static PageRequest of(Context ctx, int defaultLimit) {
        int limit = Params.integer(ctx, "limit", defaultLimit);
        int offset = Params.integer(ctx, "offset", 0);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw ApiException.badRequest("offset must be between 0 and " + MAX_OFFSET + ", got " + offset);
        }
        return new PageRequest(limit, offset);
    }
}
