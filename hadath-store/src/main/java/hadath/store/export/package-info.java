/**
 * Pure formatters over stored rows ({@link hadath.store.query.EventRow}, {@link hadath.store.query.EventMentionRow}):
 * GDELT 2.0 Events and Mentions (tab-separated), PLOVER JSON Lines, CSV. No I/O beyond the writer they are given,
 * so the cli's export and the Spark job format the same rows the same way.
 */
package hadath.store.export;
