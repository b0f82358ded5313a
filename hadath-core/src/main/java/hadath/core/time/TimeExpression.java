package hadath.core.time;

import hadath.core.text.CharSpan;

/**
 * A time expression of the contract's {@code times} list.
 *
 * @param value    ISO 8601 with TimeML part-of-day suffixes (2021-02-07TEV), a date interval
 *                 (2021-08-05/2021-08-07) for ranges and Hijri months, {@code XXXX-08-05} when the year is not
 *                 known, or null when unresolved
 * @param relative an ISO 8601 duration relative to publication (-P2D) when no date is known, or null
 * @param conflict what the text contradicts, when a weekday it states does not fit the date it names or the
 *                 publication date (the text's reading is kept as {@code value}), or null
 */
public record TimeExpression(String id, CharSpan span, String text, String value, String relative, String conflict) {

    public TimeExpression(String id, CharSpan span, String text, String value, String relative) {
        this(id, span, text, value, relative, null);
    }
}
