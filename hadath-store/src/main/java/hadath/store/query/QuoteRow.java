package hadath.store.query;

import java.time.LocalDate;

/**
 * A stored quotation with code-point offsets into its document.
 *
 * @param speakerId   the speaker's actor id, or null; {@code speakerName} its canonical name
 * @param cueText     the reporting verb, or null
 */
public record QuoteRow(long id, long documentId, String documentTitle, LocalDate published, Long speakerId,
                       String speakerName, int start, int end, String text, String cueText, boolean direct) {
}
