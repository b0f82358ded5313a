package hadath.store.jdbc;

import hadath.store.DbUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** Where SQLite and PostgreSQL differ. Everything else is the same SQL. */
enum Dialect {

    SQLITE {
        @Override
        void configure(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                // WAL: readers never wait for the writer; NORMAL sync is still crash-safe in WAL mode
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 60000");
            }
        }

        @Override
        String textMatch(String table, String alias) {
            return alias + ".id IN (SELECT rowid FROM " + table + "_fts WHERE " + table + "_fts MATCH ?)";
        }

        @Override
        String textQuery(List<String> terms) {
            // each term a quoted FTS5 string: no operator or column syntax can leak in
            return terms.stream().map(t -> '"' + t.replace("\"", "\"\"") + '"').collect(Collectors.joining(" "));
        }

        @Override
        void indexText(Connection c, String table, long rowId, String normText) throws SQLException {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + "_fts (rowid, norm_text) VALUES (?, ?)")) {
                p.setLong(1, rowId);
                p.setString(2, normText);
                p.executeUpdate();
            }
        }

        @Override
        boolean isRetryable(SQLException e) {
            return false; // one writer at a time (JdbcStore's write lock) and busy_timeout: nothing to retry
        }

        @Override
        boolean serialWrites() {
            return true;
        }
    },

    POSTGRESQL {
        @Override
        void configure(Connection c) {
        }

        @Override
        String textMatch(String table, String alias) {
            return "to_tsvector('simple', " + alias + ".norm_text) @@ plainto_tsquery('simple', ?)";
        }

        @Override
        String textQuery(List<String> terms) {
            return String.join(" ", terms);
        }

        @Override
        void indexText(Connection c, String table, long rowId, String normText) {
            // the GIN expression index over norm_text is kept by PostgreSQL itself
        }

        @Override
        boolean isRetryable(SQLException e) {
            String state = e.getSQLState();
            return "40P01".equals(state) || "40001".equals(state); // deadlock, serialization failure
        }

        @Override
        boolean serialWrites() {
            return false;
        }
    };

    static Dialect of(DbUrl url) {
        return url.kind() == DbUrl.Kind.SQLITE ? SQLITE : POSTGRESQL;
    }

    /** Per-connection settings. */
    abstract void configure(Connection c) throws SQLException;

    /** A WHERE clause (one parameter) for rows of {@code table} (alias {@code alias}) whose text has every term. */
    abstract String textMatch(String table, String alias);

    /** The parameter of {@link #textMatch} for normalised search terms. */
    abstract String textQuery(List<String> terms);

    /** Adds a row's normalised text to the full-text index, inside the row's transaction. */
    abstract void indexText(Connection c, String table, long rowId, String normText) throws SQLException;

    /** Whether a failed transaction may succeed when run again. */
    abstract boolean isRetryable(SQLException e);

    /** Whether writes must go one at a time. */
    abstract boolean serialWrites();

    String flywayLocation() {
        return "classpath:hadath/store/db/" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
