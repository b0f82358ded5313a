package hadath.core.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article: its original text, untouched, and its metadata.
 *
 * <p>Immutable. Not a record only because it keeps a private code-point index so that
 * {@link #slice(CharSpan)} is O(span length) even for texts with characters outside the BMP.
 */
public final class Document {

    private final String id;
    private final String text;
    private final LocalDate published;
    private final String url;
    private final String title;
    private final String source;
    private final int length;
    /** char index of each code point, or null when every code point is one char (the usual case). */
    private final int[] charIndex;

    private Document(Builder b) {
        this.id = b.id;
        this.text = Objects.requireNonNull(b.text, "text");
        this.published = b.published;
        this.url = b.url;
        this.title = b.title;
        this.source = b.source;
        this.length = text.codePointCount(0, text.length());
        this.charIndex = length == text.length() ? null : indexCodePoints(text, length);
    }

    private static int[] indexCodePoints(String text, int length) {
        int[] index = new int[length + 1];
        int ci = 0;
        for (int cp = 0; cp < length; cp++) {
            index[cp] = ci;
            ci += Character.charCount(text.codePointAt(ci));
        }
        index[length] = ci;
        return index;
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    public static Document of(String text) {
        return builder(text).build();
    }

    public String id() {
        return id;
    }

    /** The original text exactly as given. */
    public String text() {
        return text;
    }

    public LocalDate published() {
        return published;
    }

    public String url() {
        return url;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    /** The char (UTF-16) index of a code-point offset. */
    public int charIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > length) {
            throw new IndexOutOfBoundsException("offset " + codePointOffset + " outside [0, " + length + "]");
        }
        return charIndex == null ? codePointOffset : charIndex[codePointOffset];
    }

    /** The original text of a span; throws when the span reaches past the end. */
    public String slice(CharSpan span) {
        if (span.end() > length) {
            throw new IndexOutOfBoundsException("span " + span + " reaches past the text's " + length + " code points");
        }
        return text.substring(charIndex(span.start()), charIndex(span.end()));
    }

    public Builder toBuilder() {
        return new Builder(text).id(id).published(published).url(url).title(title).source(source);
    }

    /** Builder for the optional metadata. */
    public static final class Builder {
        private final String text;
        private String id;
        private LocalDate published;
        private String url;
        private String title;
        private String source;

        private Builder(String text) {
            this.text = text;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder published(LocalDate value) {
            this.published = value;
            return this;
        }

        public Builder url(String value) {
            this.url = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder source(String value) {
            this.source = value;
            return this;
        }

        public Document build() {
            return new Document(this);
        }
    }
}
