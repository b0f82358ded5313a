package hadath.core.text;

/**
 * A half-open range {@code [start, end)} of token indexes. Kept apart from {@link CharSpan} so that the
 * compiler, not the reader, tells character offsets from token positions.
 */
public record TokenRange(int start, int end) {

    public TokenRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token range [" + start + ", " + end + "): need 0 <= start <= end");
        }
    }

    public int size() {
        return end - start;
    }

    public boolean contains(int token) {
        return start <= token && token < end;
    }

    public boolean overlaps(TokenRange other) {
        return start < other.end && other.start < end;
    }
}
