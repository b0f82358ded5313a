package hadath.core.text;

/**
 * A half-open range {@code [start, end)} of Unicode code points in a document's original text.
 *
 * <p>Offsets count code points, not UTF-16 chars, because that is what the JSON contract promises to
 * consumers in every language; {@link Document#slice(CharSpan)} does the conversion.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + "): need 0 <= start <= end");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(CharSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public CharSpan union(CharSpan other) {
        return new CharSpan(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(CharSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
