/**
 * Times: {@link hadath.core.time.TimeRecognizer} finds time expressions and resolves them against the publication
 * date. {@code DayPhrases}, {@code Dates}, {@code TimeWords} and {@code TimeValues} are its internal parts.
 */
package hadath.core.time;
