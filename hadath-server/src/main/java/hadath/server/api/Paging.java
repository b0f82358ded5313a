package hadath.server.api;

import io.javalin.http.Context;

/** {@code limit} and {@code offset} of a list request: every list endpoint is paged. */
public record Paging(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_OFFSET = 1_000_000;

    public Paging {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw ApiException.badRequest("offset must be between 0 and " + MAX_OFFSET + ", got " + offset);
        }
    }

    public static Paging of(Context ctx) {
        return new Paging(Params.integer(ctx, "limit", DEFAULT_LIMIT), Params.integer(ctx, "offset", 0));
    }

    /** The page after this one. */
    public Paging next() {
        return new Paging(limit, Math.min(MAX_OFFSET, offset + limit));
    }
}
