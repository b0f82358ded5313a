package hadath.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyNormalizerTest {

    private static void check(String input, String expected) {
        assertThat(KeyNormalizer.key(input)).isEqualTo(expected);
    }

    @Test
    void tashkeelIsDropped() {
        check("أكّد", "اكد");
        check("استجابةً لدعوةٍ", "استجابه لدعوه");
        check("تَعمَد", "تعمد");
    }

    @Test
    void superscriptAlefAndQuranicMarksAreDropped() {
        check("هٰذا", "هذا");
        check("الرحمٰن", "الرحمن");
    }

    @Test
    void tatweelIsDropped() {
        check("الـرئيس", "الرئيس".replace('ئ', 'ء'));
        check("لـ", "ل");
    }

    @Test
    void alefVariantsBecomeAlef() {
        check("أوّل إيران آخر ٱلله", "اول ايران اخر الله");
    }

    @Test
    void alefMaksuraBecomesYeh() {
        check("الشورى", "الشوري");
    }

    @Test
    void theStrictKeyKeepsAlefMaksura() {
        assertThat(KeyNormalizer.strictKey("على")).isNotEqualTo(KeyNormalizer.strictKey("علي"));
        assertThat(KeyNormalizer.strictKey("علَى")).isEqualTo("على");
    }

    @Test
    void tehMarbutaBecomesHeh() {
        check("العلاقة", "العلاقه");
        assertThat(KeyNormalizer.keyKeepingTehMarbuta("العلاقة")).isEqualTo("العلاقة");
    }

    @Test
    void hamzaSeatsShareOneKey() {
        assertThat(KeyNormalizer.key("مسؤول")).isEqualTo(KeyNormalizer.key("مسئول"));
        check("خامنئي", "خامنءي");
    }

    @Test
    void persianLettersBecomeArabic() {
        check("قالیباف", "قاليباف");
        check("کرمان", "كرمان");
    }

    @Test
    void digitsOfEveryScriptBecomeAscii() {
        check("٢٠٢٠", "2020");
        check("۱۴۰۰", "1400");
        check("١٫٣", "1.3");
        check("٢٬٠٠٠", "2,000");
    }

    @Test
    void invisibleMarksAreDropped() {
        check("\u200Fموسكو\u200E", "موسكو");
        check("\uFEFFطهران", "طهران");
        check("مي\u200Cخواهم", "ميخواهم");
    }

    @Test
    void latinIsLowerCased() {
        check("NATO", "nato");
    }
}
