package hadath.core.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerCommandTest {

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = NerTrainerCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void anUnknownOptionSaysWhichAreAllowed() {
        String[] r = run("--epoch", "3");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("unknown option '--epoch'; expected one of --data, --out, --epochs").contains("usage:");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThat(run("--seed")[1]).contains("--seed needs a value");
    }

    @Test
    void severalSeedsOnlyMeasureTheDevSpread() {
        String[] r = run("--seeds", "3");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("--seeds 3 needs --tune");
        assertThat(run("--tune", "--seeds", "0")[1]).contains("--seeds needs a count of at least 1; got 0");
    }

    @Test
    void missingDataNamesTheFile(@TempDir Path empty) {
        String[] r = run("--data", empty.toString(), "--tune");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("anercorp-train.conll: cannot be read");
    }

    @Test
    void splitsAreContiguousAndCountedInSentences() {
        List<ConllSentence> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // each sentence: two words and a blank line, so sentence i starts at line 3i + 1
            all.add(new ConllSentence("t.conll", 3 * i + 1, List.of("قال", "سامي"), List.of("O", "B-PER")));
        }
        Splits s = Splits.of(all, 0.9);
        assertThat(s.train()).hasSize(90);
        assertThat(s.heldOut()).hasSize(10).first().isSameAs(all.get(90));
        assertThat(s.dev()).hasSize(9).first().isSameAs(all.get(81));
        assertThat(s.fit()).hasSize(81);
        assertThat(s.lastTrainLine()).isEqualTo(270);
        assertThat(s.lastLine()).isEqualTo(299);
    }
}
