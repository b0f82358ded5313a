package hadath.core.text;

/** Facts about the scripts a text is written in. */
public final class Scripts {

    private Scripts() {
    }

    public static boolean isArabicLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    /** Share of letters that are Arabic, 0 when the text has no letters at all. */
    public static double arabicLetterShare(CharSequence text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    /** "ar" when most letters are Arabic, otherwise "und" (undetermined): we only claim what we know. */
    public static String language(CharSequence text) {
        return arabicLetterShare(text) >= 0.5 ? "ar" : "und";
    }
}
