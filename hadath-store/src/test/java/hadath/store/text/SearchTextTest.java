package hadath.store.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    private static void check(String input, String expected) {
        assertThat(SearchText.normalize(input)).isEqualTo(expected);
    }

    @Test
    void articleIsRemoved() {
        assertThat(SearchText.normalize("الحكومة")).isEqualTo(SearchText.normalize("حكومة"));
    }

    @Test
    void procliticsBeforeTheArticleAreRemoved() {
        check("وبالحكومة", SearchText.normalize("حكومة"));
        check("للحكومة", SearchText.normalize("حكومة"));
        check("فالحكومة", SearchText.normalize("حكومة"));
    }

    @Test
    void diacriticsAndTatweelAreIgnored() {
        check("الحُكُومَة", SearchText.normalize("حكومة"));
        check("حكـــومة", SearchText.normalize("حكومة"));
    }

    @Test
    void hamzaSeatsAndTehMarbutaFold() {
        check("أحمد", "احمد");
        check("مسئول", SearchText.normalize("مسؤول"));
        check("حكومة", "حكومه");
    }

    @Test
    void aWordAndItsPrefixedFormsShareOneKey() {
        String key = SearchText.normalize("لبنان");
        check("للبنان", key);
        check("وللبنان", key);
        check("بلبنان", key);
    }

    @Test
    void shortWordsKeepTheirFirstLetter() {
        check("وفد", "وفد");
        check("الوفد", "وفد");
        check("له", "له");
    }

    @Test
    void punctuationIsDroppedAndNumbersKept() {
        check("قال: «نعم»، ٢٠٢١!", "قال نعم 2021");
    }

    @Test
    void latinIsLowerCased() {
        check("G20 Summit", "g20 summit");
    }

    @Test
    void blankTextHasNoTerms() {
        assertThat(SearchText.terms("   ")).isEmpty();
        assertThat(SearchText.terms(null)).isEmpty();
        assertThat(SearchText.terms("... ، !")).isEmpty();
    }

    @Property
    void normalisingIsIdempotent(@ForAll String text) {
        String once = SearchText.normalize(text);
        assertThat(SearchText.normalize(once)).isEqualTo(once);
    }
}
