package hadath.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleInputTest {

    private static void refused(String json, int status, String says) {
        assertThatThrownBy(() -> ArticleInput.fromJson(json)).isInstanceOf(ApiException.class)
                .hasMessageContaining(says).satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(status));
    }

    @Test
    void readsTextAndMetadata() {
        ArticleInput in = ArticleInput.fromJson("{\"text\": \"\\uFEFFمصر\", \"published\": \"2026-03-01\", \"title\": \"ت\", "
                + "\"url\": null}");
        assertThat(in.text()).as("byte-order mark dropped").isEqualTo("مصر");
        assertThat(in.published()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(in.document().title()).isEqualTo("ت");
        assertThat(in.url()).isNull();
    }

    @Test
    void refusesWhatIsNotAnArticle() {
        refused("[1]", 400, "one JSON object");
        refused("{\"text\": \"\"}", 400, "text is empty");
        refused("{}", 400, "text is empty");
        refused("{\"text\": \"a\", \"lang\": \"ar\"}", 400, "unknown key 'lang'; expected any of [text, published");
        refused("{\"text\": [\"a\"]}", 400, "'text' must be a string");
        refused("{\"text\": \"a\", \"published\": \"1/3/2026\"}", 400, "published must be a date YYYY-MM-DD, got '1/3/2026'");
        refused("{\"text\": \"a\\u0000b\"}", 400, "NUL at character 1");
        refused("{\"text\": \"" + "a".repeat(ArticleInput.MAX_CHARS + 1) + "\"}", 413, "at most 1000000");
    }
}
