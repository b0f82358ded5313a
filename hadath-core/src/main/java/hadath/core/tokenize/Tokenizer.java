package hadath.core.tokenize;

import hadath.core.normalize.DigitFolding;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s whose spans point exactly at the original characters. Pure and thread-safe.
 *
 * <p>Rules:
 * <ul>
 *   <li>whitespace of every kind (NBSP and the other Unicode spaces included) separates tokens;</li>
 *   <li>invisible marks (LRM/RLM, ZWNJ/ZWJ, BOM …) inside a word stay in it, at its edges they are skipped;</li>
 *   <li>a word is a run of letters with their diacritics and tatweel (لـ is one token); a Latin word keeps
 *       an apostrophe between letters and digits after its first letter (G20);</li>
 *   <li>a number is a run of digits of any script with inner separators . , ٫ ٬ each followed by a digit
 *       (1.3، 2,000، ١٫٣);</li>
 *   <li>each quotation mark is its own token, so «العلاقة» gives three tokens; a run of dots (...) is one;</li>
 *   <li>every other punctuation mark or symbol is a token of one code point.</li>
 * </ul>
 */
public final class Tokenizer {

    private static final String QUOTES = "«»“”„‟\"'‹›‘’‚";

    public List<Token> tokenize(String text) {
        return tokenize(text, true);
    }

    /** The keys of the tokens of a text, without clitic candidates: for building lexicon indexes. */
    public List<String> keys(String text) {
        return tokenize(text, false).stream().map(Token::key).toList();
    }

    private List<Token> tokenize(String text, boolean withCandidates) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;      // char index
        int cp = 0;     // code-point offset of i
        boolean space = true;
        boolean newline = false;
        while (i < n) {
            int c = text.codePointAt(i);
            if (isSpace(c) || KeyNormalizer.isInvisible(c)) {
                if (!KeyNormalizer.isInvisible(c)) {
                    space = true;
                }
                if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) {
                    newline = true;
                }
                i += Character.charCount(c);
                cp++;
                continue;
            }
            int startChar = i;
            int startCp = cp;
            TokenKind kind;
            if (isWordStart(c)) {
                kind = TokenKind.WORD;
                boolean latin = isLatin(c);
                i += Character.charCount(c);
                cp++;
                while (i < n) {
                    int d = text.codePointAt(i);
                    if (isWordPart(d) || (Character.isDigit(d) && latin)) {
                        // letters, marks, tatweel; digits only inside Latin words (G20, F16)
                    } else if (KeyNormalizer.isInvisible(d) && continuesWord(text, i)) {
                        // ZWNJ and friends between two letters belong to the word
                    } else if ((d == '\'' || d == '’') && latin && i + 1 < n && isLatin(text.codePointAt(i + 1))) {
                        // don't, O'Brien
                    } else {
                        break;
                    }
                    i += Character.charCount(d);
                    cp++;
                }
            } else if (Character.isDigit(c)) {
                kind = TokenKind.NUMBER;
                i += Character.charCount(c);
                cp++;
                while (i < n) {
                    int d = text.codePointAt(i);
                    if (Character.isDigit(d)) {
                        i += Character.charCount(d);
                        cp++;
                    } else if (DigitFolding.isSeparator(d) && i + 1 < n && Character.isDigit(text.codePointAt(i + 1))) {
                        i += 1;
                        cp++;
                    } else {
                        break;
                    }
                }
            } else if (QUOTES.indexOf(c) >= 0) {
                kind = TokenKind.QUOTE;
                i += 1;
                cp++;
            } else if (c == '.' || c == '…') {
                kind = TokenKind.PUNCTUATION;
                while (i < n && (text.charAt(i) == '.' || text.charAt(i) == '…')) {
                    i++;
                    cp++;
                }
            } else {
                kind = isPunctuation(c) ? TokenKind.PUNCTUATION : TokenKind.SYMBOL;
                i += Character.charCount(c);
                cp++;
            }
            String surface = text.substring(startChar, i);
            tokens.add(makeToken(tokens.size(), new CharSpan(startCp, cp), surface, kind, space, newline,
                    withCandidates));
            space = false;
            newline = false;
        }
        return tokens;
    }

    private static Token makeToken(int index, CharSpan span, String surface, TokenKind kind, boolean space,
                                   boolean newline, boolean withCandidates) {
        List<Candidate> candidates = kind == TokenKind.WORD && withCandidates
                ? Clitics.candidates(surface)
                : List.of(new Candidate(KeyNormalizer.key(surface), 0, 0));
        return new Token(index, span, surface, candidates.get(0).key(), kind, candidates, space, newline);
    }

    private static boolean continuesWord(String text, int i) {
        int j = i;
        while (j < text.length() && KeyNormalizer.isInvisible(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
        }
        return j < text.length() && isWordPart(text.codePointAt(j));
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isWordStart(int c) {
        return Character.isLetter(c);
    }

    private static boolean isWordPart(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isLatin(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
