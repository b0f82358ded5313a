package hadath.store.query;

/** Which quotes: by speaker actor id and/or words of the quote (normalised like document search); null = any. */
public record QuoteQuery(Long speakerId, String text) {

    public static final QuoteQuery ALL = new QuoteQuery(null, null);
}
