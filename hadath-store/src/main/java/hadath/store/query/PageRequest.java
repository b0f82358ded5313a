package hadath.store.query;

/** Which rows of a result: {@code limit} rows (1 to {@link #MAX_LIMIT}) after skipping {@code offset}. */
public record PageRequest(int limit, int offset) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " outside 1.." + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset + " is negative; expected 0 or more");
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0);
    }

    public static PageRequest firstPage() {
        return new PageRequest(DEFAULT_LIMIT, 0);
    }
}
