package hadath.bench;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private final CorpusGenerator generator = new CorpusGenerator(Lexicon.bundled());

    @Test
    void isDeterministicForASeed() {
        assertThat(generator.articles(3, 300, 1)).isEqualTo(generator.articles(3, 300, 1));
        assertThat(generator.articles(1, 300, 1)).isNotEqualTo(generator.articles(1, 300, 2));
    }

    @Test
    void articlesHaveAboutTheAskedLengthAndAHeadline() {
        List<String> articles = generator.articles(5, 500, 3);
        for (String a : articles) {
            int words = a.split("\\s+").length;
            assertThat(words).isBetween(500, 600);
            assertThat(a).contains("\n");
        }
    }

    @Test
    void lengthsSpreadOverTheAskedRange() {
        List<Integer> words = generator.articles(40, 300, 1500, 5).stream().map(a -> a.split("\\s+").length).toList();
        assertThat(words).allSatisfy(w -> assertThat(w).isBetween(300, 1600));
        assertThat(words.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThan(600);
        assertThat(words.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(1200);
    }
}
