/**
 * Amounts: {@link hadath.core.amount.AmountRecognizer} finds numbers with their currency or unit, using
 * {@link hadath.core.amount.NumberParser}; {@code Qualifiers} (approximation and bounds) and {@code Measured}
 * (what is measured) are internal.
 */
package hadath.core.amount;
