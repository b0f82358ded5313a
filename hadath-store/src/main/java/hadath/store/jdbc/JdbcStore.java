package hadath.store.jdbc;

import hadath.store.DbUrl;
import hadath.store.Store;

/** The JDBC implementation of {@link Store} for SQLite and PostgreSQL. */
public final class JdbcStore {

    private JdbcStore() {
    }

    public static Store open(DbUrl url) {
        throw new UnsupportedOperationException("the store's implementation follows the API commit");
    }
}
