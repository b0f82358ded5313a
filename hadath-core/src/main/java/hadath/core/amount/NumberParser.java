package hadath.core.amount;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.MatchIndex;
import hadath.core.normalize.DigitFolding;
import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.List;

/**
 * Reads a number written in digits, in words, or both, starting at a token. Pure and thread-safe; the words
 * come from {@code number-words.tsv} through the lexicon matches.
 *
 * <p>Rules:
 * <ul>
 *   <li>digits of every script; '.' and '٫' are decimal points, ',' and '٬' thousands separators when three
 *       digits follow, a repeated separator always groups thousands (1.000.000), and when both appear the
 *       last one is the decimal point;</li>
 *   <li>digits followed by a multiplier or its plural multiply (1.3 مليار، ٣ ملايين، 5 آلاف);</li>
 *   <li>words add up when joined by و (خمسة وعشرون، مئة وخمسون) and multiply by a following multiplier
 *       (ثلاثة آلاف، ثلاثمئة ألف); a dual stands alone for twice its unit (ملياري، مليونين);</li>
 *   <li>a fraction multiplies the multiplier after it (نصف مليون) or adds a fraction of the one before it
 *       (مليون ونصف);</li>
 *   <li>ordinals (الثالث، الخامسة) are numbers but never amounts: they come back marked {@code ordinal};</li>
 *   <li>a plural multiplier with no number before it (آلاف الجنود) is not a number.</li>
 * </ul>
 */
public final class NumberParser {

    /**
     * A number found in the text.
     *
     * @param tokens  the tokens it takes
     * @param span    its characters, without a proclitic on its first word (وثلاثة → ثلاثة)
     * @param ordinal whether it is an ordinal (الخامس), which is not an amount
     * @param digits  whether it is written in digits alone (2020, not 2020 ألف), as years are
     */
    public record Parsed(TokenRange tokens, CharSpan span, double value, boolean ordinal, boolean digits) {
    }

    private record Word(LexiconMatch match, double value, String kind) {

        int end() {
            return match.tokens().end();
        }

        boolean scale() {
            return value >= 1000 && (kind.equals("multiplier") || kind.equals("plural"))
                    || kind.equals("multiplier") && value == 100;
        }
    }

    /** The number starting at token {@code i}, or null. */
    public Parsed parse(List<Token> tokens, int i, MatchIndex matches) {
        Token first = tokens.get(i);
        if (first.is(TokenKind.NUMBER)) {
            return parseDigits(tokens, i, matches);
        }
        Word w = word(matches, i);
        if (w == null) {
            return null;
        }
        if (w.kind.equals("ordinal")) {
            return new Parsed(w.match.tokens(), w.match.span(), w.value, true, false);
        }
        if (w.kind.equals("plural")) {
            return null;
        }
        double total = 0;
        double group = 0;
        double lastScale = 1;
        Word last = null;
        int pos = i;
        while (w != null) {
            switch (w.kind) {
                case "cardinal" -> group += w.value;
                case "fraction" -> {
                    if (last != null && lastScale > 1) {
                        total += w.value * lastScale;
                    } else {
                        group += w.value;
                    }
                }
                case "dual" -> {
                    if (group > 0) {
                        // عشرون ألفاً: after a number the "dual" spelling is the accusative of the unit
                        double scale = w.value / 2;
                        total += group * scale;
                        group = 0;
                        lastScale = scale;
                    } else if (w.value < 1000) {
                        group += w.value;
                    } else {
                        total += w.value;
                        lastScale = w.value / 2;
                    }
                }
                default -> { // multiplier, plural
                    if (last != null && last.kind.equals("fraction") && conjoined(last) && w.value == lastScale) {
                        // مليون ونصف مليون: the multiplier repeated after its fraction adds nothing
                    } else if (w.value == 100) {
                        group = (group == 0 ? 1 : group) * 100;
                    } else {
                        total += (group == 0 ? 1 : group) * w.value;
                        group = 0;
                        lastScale = w.value;
                    }
                }
            }
            last = w;
            pos = w.end();
            w = next(tokens, matches, pos, group > 0 || last.kind.equals("fraction"));
        }
        LexiconMatch head = word(matches, i).match;
        CharSpan span = new CharSpan(head.span().start(), endOf(tokens, last));
        return new Parsed(new TokenRange(i, pos), span, total + group, false, false);
    }

    private Parsed parseDigits(List<Token> tokens, int i, MatchIndex matches) {
        Double v = digits(tokens.get(i).surface());
        if (v == null) {
            return null;
        }
        CharSpan span = tokens.get(i).span();
        int end = i + 1;
        Word scale = end < tokens.size() ? word(matches, end) : null;
        if (scale != null && scale.match.candidate().isLiteral() && scale.value >= 100
                && !scale.kind.equals("ordinal") && !scale.kind.equals("fraction")) {
            double unit = scale.kind.equals("dual") ? scale.value / 2 : scale.value;
            double value = v * unit;
            end = scale.end();
            Word fraction = end < tokens.size() ? word(matches, end) : null;
            if (fraction != null && fraction.kind.equals("fraction") && conjoined(fraction)) {
                value += fraction.value * unit;
                end = fraction.end();
                scale = fraction;
            }
            return new Parsed(new TokenRange(i, end), new CharSpan(span.start(), endOf(tokens, scale)), value, false,
                    false);
        }
        return new Parsed(new TokenRange(i, end), span, v, false, true);
    }

    /** The next word of a number in words: joined by و, or a multiplier straight after a number. */
    private static Word next(List<Token> tokens, MatchIndex matches, int pos, boolean afterNumber) {
        if (pos >= tokens.size() || tokens.get(pos).newlineBefore()) {
            return null;
        }
        Word w = word(matches, pos);
        if (w == null || w.kind.equals("ordinal")) {
            return null;
        }
        if (w.match.candidate().isLiteral()) {
            return afterNumber && (w.scale() || w.kind.equals("dual")) ? w : null;
        }
        return conjoined(w) && !w.kind.equals("plural") ? w : null;
    }

    private static boolean conjoined(Word w) {
        return w.match.candidate().prefix() == 1 && w.match.candidate().suffix() == 0;
    }

    private static int endOf(List<Token> tokens, Word last) {
        return last.match.span().end();
    }

    /** The number word starting at token {@code i}: the cardinal reading of خمس and عشر, not the fraction. */
    private static Word word(MatchIndex matches, int i) {
        LexiconMatch m = matches.at(i, EntryKind.NUMBER_WORD);
        if (m == null || m.candidate().suffix() > 0) {
            return null;
        }
        LexiconEntry best = null;
        for (LexiconEntry e : m.entries()) {
            if (e.kind() == EntryKind.NUMBER_WORD && (best == null || "cardinal".equals(e.attribute("kind")))) {
                best = e;
            }
        }
        return new Word(m, Double.parseDouble(best.attribute("value")), best.attribute("kind"));
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9][0-9.,]*");

    /** The value of a number written in digits of any script with its separators, or null if it is not one. */
    public static Double digits(String surface) {
        String s = DigitFolding.fold(surface);
        if (s.isEmpty() || !DIGITS.matcher(s).matches()) {
            return null;
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            s = s.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (dots > 1 || commas > 1) {
            s = s.replace(".", "").replace(",", "");
        } else if (commas == 1) {
            s = s.length() - s.indexOf(',') - 1 == 3 ? s.replace(",", "") : s.replace(',', '.');
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
