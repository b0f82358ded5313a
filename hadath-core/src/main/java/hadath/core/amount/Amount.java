package hadath.core.amount;

import hadath.core.text.CharSpan;

/**
 * An amount of the contract's {@code amounts} list.
 *
 * @param value  the number, or null when it cannot be computed
 * @param unit   ISO 4217 code or unit name, or null
 * @param about  what is measured, or null
 * @param year   the year the amount refers to when its sentence says (في عام 2020), or null
 * @param bound  {@code more-than}, {@code less-than}, {@code at-least} or {@code at-most} when the text gives a
 *               bound rather than the amount (أكثر من، أقل من، ما لا يقل عن، ما لا يزيد عن), or null
 */
public record Amount(String id, CharSpan span, String text, Double value, String unit, boolean approx, String about,
                     Integer year, String bound) {

    public Amount(String id, CharSpan span, String text, Double value, String unit, boolean approx, String about) {
        this(id, span, text, value, unit, approx, about, null, null);
    }
}
