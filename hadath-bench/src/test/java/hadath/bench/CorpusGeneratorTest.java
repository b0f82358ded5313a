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
}
