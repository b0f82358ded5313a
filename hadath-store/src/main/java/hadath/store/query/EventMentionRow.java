package hadath.store.query;

import java.time.LocalDate;

/**
 * One article's report of an event, with code-point offsets into that article's text.
 *
 * @param sentenceIndex    0-based sentence of the trigger
 * @param sourceOffset     start of the source actor's mention nearest the trigger, or -1
 * @param targetOffset     start of the target actor's mention nearest the trigger, or -1
 * @param confidence       the coder's confidence, 0..1
 */
public record EventMentionRow(long eventId, long documentId, String localId, LocalDate eventDate, LocalDate published,
                              String ingestedAt, String documentSource, String url, int sentenceIndex,
                              int triggerStart, int triggerEnd, String triggerText, int sentenceStart, int sentenceEnd,
                              int sourceOffset, int targetOffset, double confidence, int documentLength) {
}
