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
    void aDualInTheObliqueCaseIsNoSubject() {
        var tokens = new Tokenizer().tokenize("الطرفين الطرفان البلدين");
        assertThat(TriggerForm.oblique(tokens.get(0))).isTrue();
        assertThat(TriggerForm.oblique(tokens.get(1))).isFalse();
        assertThat(TriggerForm.oblique(tokens.get(2))).isTrue();
    }

    @Test
    void aCommaBeforeTheTriggerInItsSentenceOpensASecondClause() {
        var tokens = new Tokenizer().tokenize("انتقد الوزير الخطة، وطالب بتعديلها");
        int trigger = tokens.size() - 2;
        assertThat(TriggerForm.afterComma(tokens, trigger, 0)).isTrue();
        assertThat(TriggerForm.afterComma(tokens, 0, 0)).isFalse();
    }

    @Test
    void aNounAfterAPrepositionOrWithLIsGovernedButNotWithBOrAPronounOfItsOwn() {
        assertThat(governed("دعت إلى حل عبر المفاوضات", "مفاوضات")).isTrue();
        assertThat(governed("استدعت سفيرها للتشاور", "تشاور")).isTrue();
        assertThat(governed("جولة بوساطة مصرية", "وساطة")).isFalse();
        assertThat(governed("وكان في استقباله الرئيس", "استقبال")).isFalse();
        assertThat(governed("بدأت مفاوضات", "مفاوضات")).isFalse();
    }

    /** Whether the word whose key is {@code head} under some clitics is governed in {@code text}. */
    private static boolean governed(String text, String head) {
        var tokens = new Tokenizer().tokenize(text);
        String key = KeyNormalizer.key(head);
        for (int i = 0; i < tokens.size(); i++) {
            for (var c : tokens.get(i).candidates()) {
                if (c.key().equals(key)) {
                    var entry = new hadath.core.lexicon.LexiconEntry("t", hadath.core.lexicon.EntryKind.EVENT_PATTERN,
                            head, null, java.util.List.of(head), null, null, null, java.util.List.of(), null,
                            java.util.Set.of(), "test", java.util.Map.of());
                    var m = new hadath.core.lexicon.LexiconMatch(new hadath.core.text.TokenRange(i, i + 1),
                            tokens.get(i).span(), java.util.List.of(entry), c);
                    return TriggerForm.afterPreposition(tokens, m, 0);
                }
            }
        }
        throw new AssertionError(head + " not in " + text);
    }
}
