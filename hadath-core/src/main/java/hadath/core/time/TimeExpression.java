package hadath.core.time;

import hadath.core.text.CharSpan;

/**
 * A time expression of the contract's {@code times} list.
 *
 * @param value    ISO 8601 with TimeML part-of-day suffixes (2021-02-07TEV), or null when unresolved
 * @param relative an ISO 8601 duration relative to publication (-P2D) when no date is known, or null
 */
public record TimeExpression(String id, CharSpan span, String text, String value, String relative) {
}
