package hadath.core.quote;

import hadath.core.text.CharSpan;

/**
 * A quotation of the contract's {@code quotes} list.
 *
 * @param speaker   entity id of the speaker, or null
 * @param cueSpan   the reporting verb's span, or null
 * @param cueText   its text, or null
 * @param direct    true for a quotation in quote marks, false for reported speech
 */
public record Quote(String id, CharSpan span, String text, String speaker, CharSpan cueSpan, String cueText,
                    boolean direct) {
}
