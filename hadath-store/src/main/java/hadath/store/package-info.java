/**
 * The store: a SQLite file or a PostgreSQL database with one schema (Flyway migrations, one set per
 * database), written one analysed article per transaction and read through {@link hadath.store.Store}.
 *
 * <p>{@link hadath.store.Store} and the records of {@link hadath.store.query} are the API the cli, the
 * server and the Spark job share; {@link hadath.store.jdbc} is internal; {@link hadath.store.export} holds
 * pure formatters (GDELT, PLOVER, CSV) over stored rows; {@link hadath.store.text} the normalised search text.
 */
package hadath.store;
