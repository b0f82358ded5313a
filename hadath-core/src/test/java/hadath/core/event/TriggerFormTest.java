package hadath.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

class TriggerFormTest {

    @Test
    void anAccusativeActiveParticipleOfEitherGenderOrNumberIsAParticiple() {
        assertThat(TriggerForm.participle(KeyNormalizer.key("محذرة"))).isTrue();
        assertThat(TriggerForm.participle(KeyNormalizer.key("متعهدا"))).isTrue();
        assertThat(TriggerForm.participle(KeyNormalizer.key("مطالبين"))).isTrue();
        assertThat(TriggerForm.participle(KeyNormalizer.key("نافيا"))).isTrue(); // فاعل of a weak verb
    }

    @Test
    void aDualPastOrAShortWordIsNoParticiple() {
        assertThat(TriggerForm.participle(KeyNormalizer.key("اتفقا"))).isFalse();
        assertThat(TriggerForm.participle(KeyNormalizer.key("مصر"))).isFalse();
    }

    @Test
    void aCommaBeforeTheTriggerInItsSentenceOpensASecondClause() {
        var tokens = new Tokenizer().tokenize("انتقد الوزير الخطة، وطالب بتعديلها");
        int trigger = tokens.size() - 2;
        assertThat(TriggerForm.afterComma(tokens, trigger, 0)).isTrue();
        assertThat(TriggerForm.afterComma(tokens, 0, 0)).isFalse();
    }
}
