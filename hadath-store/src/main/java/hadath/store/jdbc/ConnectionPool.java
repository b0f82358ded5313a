package hadath.store.jdbc;

import hadath.store.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed-size pool of connections, opened on demand. Small on purpose: the store needs a handful of
 * connections (ingestion threads, server requests) and no pool library's settings.
 */
final class ConnectionPool implements AutoCloseable {

    private final String url;
    private final Dialect dialect;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private final int max;
    private volatile boolean closed;

    ConnectionPool(String url, Dialect dialect, int max) {
        this.url = url;
        this.dialect = dialect;
        this.max = max;
        this.idle = new ArrayBlockingQueue<>(max);
    }

    /** A connection, in auto-commit mode; give it back with {@link #release}. */
    Connection acquire() throws SQLException {
        if (closed) {
            throw new StoreException("the store is closed");
        }
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        synchronized (all) {
            if (all.size() < max) {
                Connection fresh = DriverManager.getConnection(url);
                dialect.configure(fresh);
                all.add(fresh);
                return fresh;
            }
        }
        try {
            c = idle.poll(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        if (c == null) {
            throw new SQLException("no database connection free for 10 minutes (pool of " + max + ")");
        }
        return c;
    }

    void release(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            if (closed) {
                c.close();
            } else {
                idle.offer(c);
            }
        } catch (SQLException e) {
            synchronized (all) {
                all.remove(c);
            }
            try {
                c.close();
            } catch (SQLException ignored) {
                // already broken; dropped from the pool
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            for (Connection c : all) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
            all.clear();
        }
    }
}
