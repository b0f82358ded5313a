package hadath.store.jdbc;

import hadath.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs reads on pooled connections and turns SQL failures into {@link StoreException}s. */
final class Db {

    /** Work on a pooled connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Takes each row of a streamed result. */
    interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    final ConnectionPool pool;

    Db(ConnectionPool pool) {
        this.pool = pool;
    }

    <T> T read(Work<T> work) {
        Connection c = null;
        try {
            c = pool.acquire();
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("store query failed: " + e.getMessage(), e);
        } finally {
            if (c != null) {
                pool.release(c);
            }
        }
    }

    /** Reads a whole result without holding it in memory (PostgreSQL streams only inside a transaction). */
    void stream(String sql, RowSink sink) {
        read(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setFetchSize(1000);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs);
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return null;
        });
    }
}
