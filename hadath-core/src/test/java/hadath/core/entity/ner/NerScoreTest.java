package hadath.core.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hadath.core.text.TokenRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoreTest {

    private static List<String> tags(String spaced) {
        return List.of(spaced.split(" "));
    }

    @Test
    void spansStartAtBAndEndBeforeOOrB() {
        assertThat(NerSpan.fromTags(tags("B-PER I-PER O B-LOC B-LOC I-LOC")))
                .containsExactly(new NerSpan("PER", new TokenRange(0, 2)), new NerSpan("LOC", new TokenRange(3, 4)),
                        new NerSpan("LOC", new TokenRange(4, 6)));
    }

    @Test
    void anIAfterOOrAnotherTypeStartsASpanAsConllevalDoes() {
        assertThat(NerSpan.fromTags(tags("O I-ORG I-ORG B-PER I-LOC")))
                .containsExactly(new NerSpan("ORG", new TokenRange(1, 3)), new NerSpan("PER", new TokenRange(3, 4)),
                        new NerSpan("LOC", new TokenRange(4, 5)));
        assertThat(NerSpan.repaired(tags("O I-ORG I-ORG B-PER I-LOC")))
                .containsExactly("O", "B-ORG", "I-ORG", "B-PER", "B-LOC");
    }

    @Test
    void onlyTheExactSpanWithTheRightTypeCounts() {
        // محمد بن سلمان في الرياض: gold PER 0-3, LOC 4; predicted PER 0-2 (too short), LOC 4 (right)
        NerScore s = NerScore.of(List.of(tags("B-PER I-PER I-PER O B-LOC")),
                List.of(tags("B-PER I-PER O O B-LOC")));
        assertThat(s.of("PER")).isEqualTo(new NerScore.Counts(0, 1, 1));
        assertThat(s.of("LOC")).isEqualTo(new NerScore.Counts(1, 1, 1));
        assertThat(s.micro()).isEqualTo(new NerScore.Counts(1, 2, 2));
        assertThat(s.micro().f1()).isEqualTo(0.5);
    }

    @Test
    void theWrongTypeIsBothAFalsePositiveAndAMiss() {
        NerScore s = NerScore.of(List.of(tags("B-ORG I-ORG")), List.of(tags("B-LOC I-LOC")));
        assertThat(s.of("ORG")).isEqualTo(new NerScore.Counts(0, 0, 1));
        assertThat(s.of("LOC")).isEqualTo(new NerScore.Counts(0, 1, 0));
        assertThat(s.micro().precision()).isZero();
        assertThat(s.micro().recall()).isZero();
        assertThat(s.micro().f1()).isZero();
    }

    @Test
    void perTypeAndMicroNumbersByHand() {
        // gold: 3 PER, 2 LOC, 1 ORG; predicted: 2 PER (both right), 3 LOC (2 right), 1 ORG (wrong span)
        List<List<String>> gold = List.of(
                tags("B-PER I-PER O B-LOC O B-ORG I-ORG I-ORG"),
                tags("B-PER O B-PER O B-LOC O O"));
        List<List<String>> predicted = List.of(
                tags("B-PER I-PER O B-LOC O B-ORG I-ORG O"),
                tags("B-PER O O O B-LOC O B-LOC"));
        NerScore s = NerScore.of(gold, predicted);
        assertThat(s.of("PER")).isEqualTo(new NerScore.Counts(2, 2, 3));
        assertThat(s.of("LOC")).isEqualTo(new NerScore.Counts(2, 3, 2));
        assertThat(s.of("ORG")).isEqualTo(new NerScore.Counts(0, 1, 1));
        assertThat(s.of("PER").precision()).isEqualTo(1.0);
        assertThat(s.of("PER").recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.of("PER").f1()).isCloseTo(0.8, within(1e-12));            // 2·1·⅔ / (1 + ⅔)
        assertThat(s.of("LOC").f1()).isCloseTo(0.8, within(1e-12));            // P ⅔, R 1
        assertThat(s.micro()).isEqualTo(new NerScore.Counts(4, 6, 6));
        assertThat(s.micro().f1()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void miscIsIgnoredOnBothSides() {
        NerScore s = NerScore.of(List.of(tags("B-MISC I-MISC O B-PER")), List.of(tags("O B-MISC O B-PER")));
        assertThat(s.micro()).isEqualTo(new NerScore.Counts(1, 1, 1));
        // a MISC between two parts of a name does not join them
        s = NerScore.of(List.of(tags("B-PER I-MISC I-PER")), List.of(tags("B-PER O B-PER")));
        assertThat(s.micro()).isEqualTo(new NerScore.Counts(2, 2, 2));
    }

    @Test
    void nothingPredictedScoresZeroNotNaN() {
        NerScore s = NerScore.of(List.of(tags("B-LOC")), List.of(tags("O")));
        assertThat(s.micro().precision()).isZero();
        assertThat(s.micro().f1()).isZero();
        assertThat(s.report()).contains("micro").doesNotContain("NaN");
    }
}
