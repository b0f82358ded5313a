package hadath.core.text;

/** Facts about the scripts a text is written in. */
public final class Scripts {

    private Scripts() {
    }

    private static final int ARABIC_BLOCK_START = 0x0600;
    private static final int ARABIC_BLOCK_END = 0x06FF;
    private static final int TATWEEL = 0x0640;

    public static boolean isArabicLetter(int cp) {
        if (cp < ARABIC_BLOCK_START) {
            return false; // Latin, Greek, Cyrillic...: no Arabic letter lies below the Arabic block
        }
        if (cp <= ARABIC_BLOCK_END) {
            // the common case, answered without UnicodeScript's binary search: in this block every letter is
            // of the Arabic script but tatweel, a modifier letter of the Common script
            return cp != TATWEEL && Character.isLetter(cp);
        }
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
                if (isArabicLetter(cp)) {
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
