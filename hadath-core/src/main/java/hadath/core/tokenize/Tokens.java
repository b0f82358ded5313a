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
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) { // first token whose end is past the span's start
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < tokens.size() && tokens.get(end).span().start() < span.end()) {
            end++;
        }
        return end > lo && tokens.get(lo).span().overlaps(span) ? new TokenRange(lo, end) : new TokenRange(lo, lo);
    }
}
