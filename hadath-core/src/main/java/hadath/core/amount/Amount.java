package hadath.core.amount;

import hadath.core.text.CharSpan;

/**
 * An amount of the contract's {@code amounts} list.
 *
 * @param value  the number, or null when it cannot be computed
 * @param unit   ISO 4217 code or unit name, or null
 * @param about  what is measured, or null
 */
public record Amount(String id, CharSpan span, String text, Double value, String unit, boolean approx, String about) {
}
