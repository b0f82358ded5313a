package hadath.core.entity;

import hadath.core.text.CharSpan;

/** One place in the text that refers to an entity; {@code text} is exactly the span's original text. */
public record Mention(CharSpan span, String text, MentionKind kind) {

    public Mention {
        if (text.codePointCount(0, text.length()) != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
        }
    }
}
