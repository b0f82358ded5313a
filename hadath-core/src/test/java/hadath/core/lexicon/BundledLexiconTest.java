package hadath.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every bundled lexicon file loads, validates and has its header. */
class BundledLexiconTest {

    static Stream<String> files() throws Exception {
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.BUNDLED + "index.tsv")) {
            return TsvLexiconReader.read("index.tsv", in).rows().stream().map(r -> r.get("file")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void fileLoadsWithItsHeader(String file) throws Exception {
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.BUNDLED + file)) {
            assertThat(in).as(file + " is listed in index.tsv but missing").isNotNull();
            LexiconTable table = TsvLexiconReader.read(file, in);
            assertThat(table.header()).containsKeys("name", "covers", "source", "licence");
            assertThat(table.rows()).isNotEmpty();
        }
    }

    @Test
    void theWholeLexiconLoadsAndLinks() {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.entriesOf(EntryKind.COUNTRY)).hasSizeGreaterThanOrEqualTo(195);
        for (LexiconEntry country : lexicon.entriesOf(EntryKind.COUNTRY)) {
            if (!lexicon.entriesOf(EntryKind.PLACE).isEmpty()) {
                assertThat(lexicon.capitalOf(country)).as("capital of " + country.id()).isPresent();
            }
        }
    }
}
