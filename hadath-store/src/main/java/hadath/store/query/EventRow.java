package hadath.store.query;

import java.time.LocalDate;

/**
 * One event as stored: merged over every article that reports it (same source actor, target actor, CAMEO code
 * and date). Flat, so that exports format it without further queries.
 *
 * @param date        the event's date (from the text, else the article's publication date), or null
 * @param source      the acting actor, or null
 * @param target      the actor acted upon, or null
 * @param place       the location (a place or a country actor), or null
 * @param numMentions mention rows; {@code numArticles} distinct documents; {@code numSources} distinct sources
 * @param firstDocumentId the document that first reported it; {@code sourceUrl} its URL, or null
 * @param eventText   the sentence of the first report
 * @param dateAdded   when the event row was created (UTC, ISO 8601)
 */
public record EventRow(long id, LocalDate date, String cameo, String cameoName, String plover, String ploverMode,
                       Double goldstein, Integer quadClass, EventActor source, EventActor target, EventActor place,
                       int numMentions, int numSources, int numArticles, long firstDocumentId, String sourceUrl,
                       String eventText, String dateAdded) {

    /** Two-digit root: 042 → 04. */
    public String root() {
        return cameo == null || cameo.length() < 2 ? null : cameo.substring(0, 2);
    }

    /** Three-digit base code: 0421 → 042, 042 → 042. */
    public String baseCode() {
        return cameo == null || cameo.length() < 3 ? cameo : cameo.substring(0, 3);
    }
}
