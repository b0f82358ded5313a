package hadath.core.tokenize;

import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import java.util.List;

/**
 * One token of the original text.
 *
 * @param index      position in the document's token list
 * @param span       code-point offsets in the original text; {@code surface} is exactly that text
 * @param surface    the original characters, diacritics and tatweel included
 * @param key        the normalised matching key ({@link hadath.core.normalize.KeyNormalizer})
 * @param kind       what the token is made of
 * @param candidates keys to look the token up under: the key itself first, then the forms with
 *                   proclitics and enclitics stripped ({@link Clitics}); never empty
 * @param spaceBefore whether whitespace (or the start of the text) precedes the token
 * @param newlineBefore whether a line break lies between the previous token and this one
 */
public record Token(int index, CharSpan span, String surface, String key, TokenKind kind, List<Candidate> candidates,
                    boolean spaceBefore, boolean newlineBefore) {

    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("negative token index " + index);
        }
        if (surface.codePointCount(0, surface.length()) != span.length()) {
            throw new IllegalArgumentException("surface '" + surface + "' does not have the span's length " + span);
        }
        if (candidates.isEmpty() || !candidates.get(0).key().equals(key) || !candidates.get(0).isLiteral()) {
            throw new IllegalArgumentException("candidates must start with the key '" + key + "': " + candidates);
        }
        candidates = List.copyOf(candidates);
    }

    /**
     * The part of the span left when {@code prefix} key letters are taken off the start and {@code suffix}
     * off the end; diacritics and tatweel go with the letter before them (لـ»).
     */
    public CharSpan inner(int prefix, int suffix) {
        if (prefix == 0 && suffix == 0) {
            return span;
        }
        int[] cps = codePoints();
        int start = 0;
        for (int letters = 0; start < cps.length && letters < prefix; start++) {
            if (!KeyNormalizer.isDropped(cps[start])) {
                letters++;
            }
        }
        while (start < cps.length && KeyNormalizer.isDropped(cps[start])) {
            start++;
        }
        int end = cps.length;
        for (int letters = 0; end > start && letters < suffix; end--) {
            if (!KeyNormalizer.isDropped(cps[end - 1])) {
                letters++;
            }
        }
        while (end > start && KeyNormalizer.isDropped(cps[end - 1]) && suffix > 0) {
            end--;
        }
        return new CharSpan(span.start() + start, span.start() + end);
    }

    /** The surface's code points (a loop: the stream that did this was a tenth of the matcher's time). */
    private int[] codePoints() {
        int[] cps = new int[span.length()];
        for (int i = 0, c = 0; i < cps.length; i++) {
            cps[i] = surface.codePointAt(c);
            c += Character.charCount(cps[i]);
        }
        return cps;
    }

    /** The first lookup key, as written or with clitics stripped (وبالغارات → غارات), in {@code keys}, or null. */
    public Candidate candidateIn(java.util.Set<String> keys) {
        for (int i = 0; i < candidates.size(); i++) {
            if (keys.contains(candidates.get(i).key())) {
                return candidates.get(i);
            }
        }
        return null;
    }

    /** Whether one of the lookup keys, as written or with clitics stripped (بالأمس → أمس), is {@code k}. */
    public boolean hasCandidate(String k) {
        // indexed, not for-each: this runs for most tokens many times over, and each iterator was an allocation
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).key().equals(k)) {
                return true;
            }
        }
        return false;
    }

    /** The Arabic comma or the Latin one, which Arabic text also uses. */
    public boolean isComma() {
        return surface.equals("،") || surface.equals(",");
    }

    /** A dash, as after a dateline (بغداد - ، القاهرة – ). */
    public boolean isDash() {
        return surface.equals("-") || surface.equals("–") || surface.equals("—");
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    public boolean is(TokenKind k) {
        return kind == k;
    }
}
