package hadath.core.sentence;

import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;

/** One sentence: its characters and its tokens. */
public record Sentence(int index, CharSpan span, TokenRange tokens) {

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index " + index);
        }
        if (tokens.size() == 0) {
            throw new IllegalArgumentException("a sentence has at least one token");
        }
    }
}
