package hadath.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTaggingTest {

    private static final WordTagging TAGGING = new WordTagging(PipelineConfig.lexiconOnly());

    @Test
    void wordsWithCliticsAreTaggedWhole() {
        assertThat(TAGGING.tag(List.of("والتقى", "وبوتين", "بالرئيس", "في", "طهران", "(", "د", "ب", "أ", ")")))
                .startsWith("O", "B-PER", "O", "O", "B-LOC");
    }

    @Test
    void multiWordNamesKeepTheirInsideTags() {
        assertThat(TAGGING.tag(List.of("قال", "الأمين", "العام", "للأمم", "المتحدة", "إن", "الولايات", "المتحدة", "ستشارك")))
                .containsExactly("O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O");
    }

    @Test
    void withTheModelTheWordsAreItsTokens() {
        WordTagging model = new WordTagging(PipelineConfig.defaults());
        assertThat(model.tag(List.of("وصل", "الرئيس", "فلاديمير", "بوتين", "إلى", "طهران")))
                .containsExactly("O", "O", "B-PER", "I-PER", "O", "B-LOC");
    }

    @Test
    void anInsideTagAfterNothingStartsAnEntity() {
        assertThat(WordTagging.repair(List.of("O", "I-PER", "I-PER", "I-LOC"))).containsExactly("O", "B-PER", "I-PER", "B-LOC");
    }
}
