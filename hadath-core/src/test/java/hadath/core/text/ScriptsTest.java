package hadath.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {

    /** The fast path for the Arabic block must answer exactly what the Unicode script property says. */
    @Test
    void arabicLetterAgreesWithTheUnicodeScriptEverywhere() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected = Character.isLetter(cp)
                    && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
            if (Scripts.isArabicLetter(cp) != expected) {
                throw new AssertionError(String.format("U+%04X: expected %s", cp, expected));
            }
        }
    }

    @Test
    void tatweelIsNotAnArabicLetter() {
        assertThat(Scripts.isArabicLetter('\u0640')).isFalse();
        assertThat(Scripts.isArabicLetter('ب')).isTrue();
        assertThat(Scripts.isArabicLetter('b')).isFalse();
    }

    @Test
    void languageIsArabicWhenMostLettersAre() {
        assertThat(Scripts.language("وصل الرئيس إلى Moscow")).isEqualTo("ar");
        assertThat(Scripts.language("The president arrived")).isEqualTo("und");
    }
}
