package hadath.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DualsTest {

    @Test
    void aSingleWordTakesAanAndAyn() {
        assertThat(Duals.of("الرئيس")).containsExactly("الرئيسان", "الرئيسين");
        assertThat(Duals.of("الرئيسة")).containsExactly("الرئيستان", "الرئيستين");
    }

    @Test
    void aNounBeforeItsGenitiveDropsTheNun() {
        assertThat(Duals.of("وزير الخارجية")).containsExactly("وزيرا الخارجية", "وزيري الخارجية");
        assertThat(Duals.of("وزيرة الخارجية")).containsExactly("وزيرتا الخارجية", "وزيرتي الخارجية");
    }

    @Test
    void aParticipleKeepsTheNominativeOnlyItsObliqueIsAlsoItsPlural() {
        assertThat(Duals.of("المستشار")).containsExactly("المستشاران");
        assertThat(Duals.of("مستشار الرئيس")).containsExactly("مستشارا الرئيس");
    }

    @Test
    void noDualWhereAdjectivesWouldAgreeOrTheWordEndsInALongVowel() {
        assertThat(Duals.of("الأمين العام")).isEmpty();
        assertThat(Duals.of("مدير عام")).isEmpty();
        assertThat(Duals.of("المدعو")).isEmpty();
    }

    @Test
    void aTwoWordTitleHasAConstructStateBeforeItsCountry() {
        assertThat(Lexicon.construct("وزير الخارجية")).isEqualTo("وزير خارجية");
        assertThat(Lexicon.construct("وزيرا الخارجية")).isEqualTo("وزيرا خارجية");
        assertThat(Lexicon.construct("الأمين العام")).isNull(); // a noun and its adjective
        assertThat(Lexicon.construct("الرئيس")).isNull();
        assertThat(Lexicon.construct("مدير عام")).isNull();
    }
}
