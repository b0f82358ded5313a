package hadath.core.normalize;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Turns a surface form into the key that lexicon matching compares. Pure and thread-safe.
 *
 * <p>The original text is never changed; only keys are normalised. Rules, in order:
 * <ol>
 *   <li>invisible formatting marks are dropped: LRM/RLM, ZWNJ/ZWJ, ZWSP, the Arabic letter mark,
 *       bidi embeddings and isolates, BOM, soft hyphen;</li>
 *   <li>Quranic annotation marks (U+0610–U+061A, U+06D6–U+06ED), superscript alef (U+0670) and the
 *       extended combining marks U+0653–U+065F are dropped;</li>
 *   <li>alef wasla ٱ becomes alef; the hamza seats ؤ and ئ become the bare hamza ء, so that the
 *       Egyptian مسئول and the Levantine مسؤول share a key;</li>
 *   <li>Persian and Urdu letter shapes become their Arabic ones (ی → ي, ک → ك, ە/ۀ → ه);</li>
 *   <li>digits of every script become ASCII digits, ٫ becomes '.', ٬ becomes ',' ({@link DigitFolding});</li>
 *   <li>Latin letters are lower-cased;</li>
 *   <li>then Lucene's {@link ArabicNormalizer}: أ إ آ → ا, ى → ي, ة → ه, tatweel and the harakat
 *       (fathatan … sukun) removed.</li>
 * </ol>
 * {@link #keyKeepingTehMarbuta} leaves ة alone: clitic stripping needs to tell the pronoun ه (حكومته)
 * from a teh marbuta (حكومة) before they are merged. {@link #strictKey} leaves ى alone: print keeps the
 * preposition على apart from the name علي, and only a strict key can.
 */
public final class KeyNormalizer {

    public static final char TATWEEL = '\u0640';
    public static final char ALEF = '\u0627';
    public static final char ALEF_WASLA = '\u0671';
    public static final char HAMZA = '\u0621';
    public static final char WAW_HAMZA = '\u0624';
    public static final char YEH_HAMZA = '\u0626';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char FARSI_YEH = '\u06CC';
    public static final char YEH = '\u064A';
    public static final char KEHEH = '\u06A9';
    public static final char KAF = '\u0643';
    public static final char AE = '\u06D5';
    public static final char HEH_YEH = '\u06C0';
    public static final char SUPERSCRIPT_ALEF = '\u0670';

    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    private KeyNormalizer() {
    }

    /** The matching key of a surface form. */
    public static String key(CharSequence surface) {
        return fold(surface, false, false);
    }

    /** The keys of some words, as a set to look tokens up in (فلسطين → the same key as فلسطين's clitic forms). */
    public static java.util.Set<String> keys(String... words) {
        return java.util.Arrays.stream(words).map(KeyNormalizer::key)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Like {@link #key} but keeps ة, for clitic analysis; finish with {@link #mergeTehMarbuta}. */
    public static String keyKeepingTehMarbuta(CharSequence surface) {
        return fold(surface, true, false);
    }

    /** Like {@link #key} but keeps ى apart from ي. */
    public static String strictKey(CharSequence surface) {
        return fold(surface, false, true);
    }

    /** The last step of {@link #key} for a key made with {@link #keyKeepingTehMarbuta}. */
    public static String mergeTehMarbuta(String key) {
        return key.indexOf(TEH_MARBUTA) < 0 ? key : key.replace(TEH_MARBUTA, HEH);
    }

    public static boolean isInvisible(int c) {
        return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF || c == 0x061C || c == 0x00AD;
    }

    /** Diacritics and marks that carry no letter: dropped from keys. */
    public static boolean isMark(int c) {
        return (c >= 0x064B && c <= 0x065F) || c == SUPERSCRIPT_ALEF || (c >= 0x0610 && c <= 0x061A)
                || (c >= 0x06D6 && c <= 0x06ED);
    }

    /** Whether a code point leaves no char in a key; every other code point leaves exactly one. */
    public static boolean isDropped(int c) {
        return isMark(c) || isInvisible(c) || c == TATWEEL;
    }

    private static final char ALEF_MAKSURA = '\u0649';
    private static final char HIDDEN_TEH_MARBUTA = '\uE029';
    private static final char HIDDEN_ALEF_MAKSURA = '\uE049';

    private static String fold(CharSequence s, boolean keepTehMarbuta, boolean keepAlefMaksura) {
        int n = s.length();
        char[] buf = new char[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isInvisible(c) || (c >= 0x0653 && c <= 0x065F) || c == SUPERSCRIPT_ALEF
                    || (c >= 0x0610 && c <= 0x061A) || (c >= 0x06D6 && c <= 0x06ED)) {
                continue; // the rest of isDropped (harakat, tatweel) is Lucene's
            }
            switch (c) {
                case ALEF_WASLA -> c = ALEF;
                case WAW_HAMZA, YEH_HAMZA -> c = HAMZA;
                case FARSI_YEH -> c = YEH;
                case KEHEH -> c = KAF;
                case AE, HEH_YEH -> c = HEH;
                case TEH_MARBUTA -> {
                    if (keepTehMarbuta) {
                        c = TEH_MARBUTA;
                    }
                }
                default -> {
                    if (c >= 'A' && c <= 'Z') {
                        c = (char) (c + ('a' - 'A'));
                    } else {
                        c = DigitFolding.fold(c);
                    }
                }
            }
            buf[len++] = c;
        }
        // Lucene would turn ة into ه and ى into ي: hide what must stay behind private-use chars for the call.
        boolean hide = keepTehMarbuta || keepAlefMaksura;
        if (hide) {
            for (int i = 0; i < len; i++) {
                if (keepTehMarbuta && buf[i] == TEH_MARBUTA) {
                    buf[i] = HIDDEN_TEH_MARBUTA;
                } else if (keepAlefMaksura && buf[i] == ALEF_MAKSURA) {
                    buf[i] = HIDDEN_ALEF_MAKSURA;
                }
            }
        }
        len = LUCENE.normalize(buf, len);
        if (hide) {
            for (int i = 0; i < len; i++) {
                if (buf[i] == HIDDEN_TEH_MARBUTA) {
                    buf[i] = TEH_MARBUTA;
                } else if (buf[i] == HIDDEN_ALEF_MAKSURA) {
                    buf[i] = ALEF_MAKSURA;
                }
            }
        }
        return new String(buf, 0, len);
    }
}
