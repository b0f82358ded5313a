package hadath.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TsvLexiconReaderTest {

    private static final String HEADER = "# name: t\n# covers: tests\n# source: us\n# licence: Apache-2.0\n";

    private static LexiconTable read(String text) {
        return TsvLexiconReader.read("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsHeaderColumnsAndRows() {
        LexiconTable t = read(HEADER + "ar\tvariants\n\n# a comment\nموسكو\tموسكوفا|موسكُو\n");
        assertThat(t.header()).containsEntry("covers", "tests");
        assertThat(t.columns()).containsExactly("ar", "variants");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).values("variants")).containsExactly("موسكوفا", "موسكُو");
        assertThat(t.rows().get(0).line()).isEqualTo(8);
    }

    @Test
    void aRowWithTheWrongFieldCountNamesFileAndLine() {
        assertThatThrownBy(() -> read(HEADER + "ar\ten\nموسكو\n"))
                .isInstanceOf(LexiconException.class)
                .hasMessageStartingWith("t.tsv:6: has 1 fields, the column row has 2");
    }

    @Test
    void theRequiredHeaderFieldsMustBeThere() {
        assertThatThrownBy(() -> read("# name: t\nar\n"))
                .hasMessageContaining("t.tsv:2: header lacks '# covers: ...'");
    }

    @Test
    void aFileWithoutAColumnRowIsRefused() {
        assertThatThrownBy(() -> read(HEADER)).hasMessageContaining("no column row");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] bytes = (HEADER + "ar\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> TsvLexiconReader.read("t.tsv", new ByteArrayInputStream(bad)))
                .hasMessage("t.tsv: not valid UTF-8");
    }
}
