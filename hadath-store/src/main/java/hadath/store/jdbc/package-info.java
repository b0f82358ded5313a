/**
 * Internal: the JDBC implementation of {@link hadath.store.Store}. One set of SQL serves SQLite and PostgreSQL;
 * {@link hadath.store.jdbc.Dialect} holds the few places they differ (full-text search, pragmas, retries).
 */
package hadath.store.jdbc;
