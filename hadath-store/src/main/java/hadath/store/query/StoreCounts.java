package hadath.store.query;

/** Row counts of the main tables. */
public record StoreCounts(long documents, long actors, long mentions, long events, long eventMentions, long quotes,
                          long times, long amounts) {
}
