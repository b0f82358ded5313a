package hadath.core.normalize;

/**
 * Folds digits of every script to ASCII and the Arabic decimal and thousands separators to '.' and ','.
 * Covers Arabic-Indic ٠-٩ (U+0660), Extended Arabic-Indic ۰-۹ (U+06F0) and any other Unicode decimal digit.
 */
public final class DigitFolding {

    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    private DigitFolding() {
    }

    /** The ASCII form of a digit or separator; any other char unchanged. */
    public static char fold(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c == ARABIC_DECIMAL_SEPARATOR) {
            return '.';
        }
        if (c == ARABIC_THOUSANDS_SEPARATOR) {
            return ',';
        }
        int digit = Character.digit(c, 10);
        return digit >= 0 && Character.isDigit(c) ? (char) ('0' + digit) : c;
    }

    /** The whole string folded. */
    public static String fold(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    public static boolean isSeparator(int c) {
        return c == '.' || c == ',' || c == ARABIC_DECIMAL_SEPARATOR || c == ARABIC_THOUSANDS_SEPARATOR;
    }
}
