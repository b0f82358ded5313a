package hadath.core.tokenize;

import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;
import java.util.List;

/** Lookups over a document's token list, which is sorted by offset. */
public final class Tokens {

    private Tokens() {
    }

    /** The tokens that overlap a character span, found by binary search; empty when none does. */
    public static TokenRange overlapping(List<Token> tokens, CharSpan span) {
        // the first token whose end is past the span's start
        int lo = hadath.core.text.Sorted.firstAtLeast(tokens.size(), i -> tokens.get(i).span().end(), span.start() + 1);
        int end = lo;
        while (end < tokens.size() && tokens.get(end).span().start() < span.end()) {
            end++;
        }
        return end > lo && tokens.get(lo).span().overlaps(span) ? new TokenRange(lo, end) : new TokenRange(lo, lo);
    }
}
