package hadath.store.query;

import java.time.LocalDate;

/**
 * Which documents: any filter may be null. {@code text} is matched word by word on the normalised text (every
 * word must occur; الحكومة finds حكومة, diacritics are ignored); {@code from}/{@code to} bound the publication
 * date, both inclusive; {@code source} is the exact source name.
 */
public record DocumentQuery(String text, LocalDate from, LocalDate to, String source) {

    public static final DocumentQuery ALL = new DocumentQuery(null, null, null, null);

    public static DocumentQuery text(String text) {
        return new DocumentQuery(text, null, null, null);
    }
}
