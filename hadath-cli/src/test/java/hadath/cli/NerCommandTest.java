package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        Cli.Result r = Cli.run(args);
        return new String[] {String.valueOf(r.exit()), r.out(), r.err()};
    }

    @Test
    void oneTagPerTokenAndBlankLinesKept() throws Exception {
        Path conll = Files.writeString(dir.resolve("in.conll"), "وصل O\nفلاديمير B-PERS\nبوتين I-PERS\n\n\nإلى O\nطهران B-LOC\n");
        String[] r = run("ner", "--conll", conll.toString());
        assertThat(r[0]).isEqualTo("0");
        String[] lines = r[1].split("\n", -1);
        // the words and blank lines come back in order; the tags are the model's (which may split a name)
        assertThat(lines).hasSize(8);
        assertThat(lines[0]).isEqualTo("وصل\tO");
        assertThat(lines[1]).isEqualTo("فلاديمير\tB-PER");
        assertThat(lines[2]).startsWith("بوتين\t").endsWith("-PER");
        assertThat(lines[3]).isEmpty();
        assertThat(lines[4]).isEmpty();
        assertThat(lines[5]).isEqualTo("إلى\tO");
        assertThat(lines[6]).isEqualTo("طهران\tB-LOC");
    }

    @Test
    void aMissingOrEmptyFileIsNamed() throws Exception {
        assertThat(run("ner", "--conll", dir.resolve("none.conll").toString())[2]).contains("none.conll: no such file");
        Path empty = Files.writeString(dir.resolve("empty.conll"), "\n\n");
        String[] r = run("ner", "--conll", empty.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("empty.conll: no tokens");
    }

    @Test
    void theFileOptionIsRequired() {
        assertThat(run("ner")[0]).isEqualTo("2");
    }
}
