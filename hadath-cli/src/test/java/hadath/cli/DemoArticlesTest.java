package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled demo articles are what every new user sees first, so each one must stay a well-formed pair
 * (text + metadata readable by {@code --meta}) and be listed in the folder's README.
 */
class DemoArticlesTest {

    private static final Path DIR = Path.of("src/main/resources/hadath/demo");

    static Stream<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void sixteenArticlesEachWithMetadata() throws IOException {
        List<Path> texts = articles().toList();
        assertThat(texts).hasSize(16);
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> metas = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".meta.json"))
                    .map(n -> n.replace(".meta.json", ".txt")).sorted().toList();
            assertThat(metas).isEqualTo(texts.stream().map(p -> p.getFileName().toString()).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void metadataIsReadableByAnalyzeMeta(Path text) throws Exception {
        ArticleMeta meta = ArticleMeta.read(metaOf(text));
        assertThat(meta.published()).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(meta.title()).isNotBlank();
        assertThat(meta.source()).isEqualTo("Hadath demo");
    }

    @ParameterizedTest
    @MethodSource("articles")
    void textIsPlainUtf8ParagraphsOfTheAgreedLength(Path text) throws IOException {
        String body = strictUtf8(text);
        // Paragraphs are separated by exactly one blank line; no title line, no stray whitespace lines.
        assertThat(body).doesNotContain("\n\n\n").doesNotContain("\r").doesNotStartWith("\n");
        assertThat(body.lines().filter(l -> !l.isEmpty() && l.isBlank())).isEmpty();
        int words = body.trim().split("\\s+").length;
        assertThat(words).as("words in %s", text).isBetween(250, 600);
        assertThat(body).as("a direct quote in %s", text).containsAnyOf("«", "\"");
    }

    @ParameterizedTest
    @MethodSource("articles")
    void readmeSummarisesEveryArticle(Path text) throws IOException {
        String slug = text.getFileName().toString().replace(".txt", "");
        assertThat(Files.readString(DIR.resolve("README.md"))).contains("| " + slug + " |");
    }

    private static Path metaOf(Path text) {
        return text.resolveSibling(text.getFileName().toString().replace(".txt", ".meta.json"));
    }

    private static String strictUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
    }
}
