package hadath.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticsTest {

    private static List<String> keys(String word) {
        return Clitics.candidates(word).stream().map(Candidate::key).toList();
    }

    @Test
    void literalKeyComesFirst() {
        assertThat(keys("وليد")).first().isEqualTo("وليد");
        assertThat(Clitics.candidates("وليد").get(0).isLiteral()).isTrue();
    }

    @Test
    void conjunctionIsStripped() {
        assertThat(keys("وبوتين")).contains("بوتين");
        assertThat(keys("فطهران")).contains("طهران");
    }

    @Test
    void prepositionIsStripped() {
        assertThat(keys("لقاليباف")).contains("قاليباف");
        assertThat(keys("بموسكو")).contains("موسكو");
        assertThat(keys("كرئيس")).contains("رءيس");
    }

    @Test
    void conjunctionThenPreposition() {
        assertThat(keys("وبموسكو")).contains("موسكو");
    }

    @Test
    void articleIsStrippedAndKept() {
        assertThat(keys("الإيراني")).contains("ايراني");
        assertThat(keys("والاتحاد")).contains("الاتحاد", "اتحاد");
        assertThat(keys("بالعراق")).contains("العراق", "عراق");
    }

    @Test
    void lamLamRestoresTheArticle() {
        assertThat(keys("للعراق")).contains("العراق", "عراق");
        assertThat(keys("للعلاقات")).contains("العلاقات");
    }

    @Test
    void futureSeenOnlyBeforeAVerbPrefix() {
        assertThat(keys("سيزور")).contains("يزور");
        assertThat(keys("سوريا")).doesNotContain("وريا");
    }

    @Test
    void encliticPronounIsStrippedAndTehMarbutaRestored() {
        assertThat(keys("حكومته")).contains("حكومه");
        assertThat(keys("رئيسها")).contains("رءيس");
    }

    @Test
    void tehMarbutaIsNotMistakenForThePronoun() {
        // دولة ends in ة, not the pronoun ه: no candidate دول
        assertThat(keys("دولة")).doesNotContain("دول");
    }

    @Test
    void firstPersonYehIsNotStripped() {
        assertThat(keys("إيراني")).doesNotContain("ايران");
    }

    @Test
    void shortWordsKeepTheirLetters() {
        assertThat(keys("بل")).containsExactly("بل");
        assertThat(keys("لم")).containsExactly("لم");
    }

    @Test
    void candidatesRecordHowManyLettersWereTaken() {
        Candidate c = Clitics.candidates("وبوتين").stream().filter(x -> x.key().equals("بوتين")).findFirst().orElseThrow();
        assertThat(c.prefix()).isEqualTo(1);
        Candidate article = Clitics.candidates("للعراق").stream().filter(x -> x.key().equals("عراق")).findFirst()
                .orElseThrow();
        assertThat(article.prefix()).isEqualTo(2);
    }
}
