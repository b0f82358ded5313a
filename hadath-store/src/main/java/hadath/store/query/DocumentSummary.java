package hadath.store.query;

import java.time.LocalDate;

/**
 * A stored document without its text.
 *
 * @param id         the store's id
 * @param externalId the id the article came with (file name, JSONL id), or null
 * @param length     text length in code points
 */
public record DocumentSummary(long id, String externalId, String title, String source, String url, LocalDate published,
                              String language, int length, int events, int quotes) {
}
