package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        Cli.Result r = Cli.run(args);
        return new String[] {String.valueOf(r.exit()), r.out(), r.err()};
    }

    @Test
    void nerScoresPredictionsAgainstGold() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.conll"),
                "وصل O\nفلاديمير B-PERS\nبوتين I-PERS\nإلى O\nطهران B-LOC\n\nوقال O\nبوتين B-PERS\n");
        Path pred = Files.writeString(dir.resolve("pred.conll"),
                "وصل\tO\nفلاديمير\tB-PER\nبوتين\tI-PER\nإلى\tO\nطهران\tO\n\nوقال\tO\nبوتين\tB-PER\n");
        String[] r = run("eval", "ner", "--gold", gold.toString(), "--pred", pred.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("PER     1.0000  1.0000  1.0000      2      2");
        assertThat(r[1]).contains("LOC     0.0000  0.0000  0.0000      1      0");
        assertThat(r[1]).contains("micro   1.0000  0.6667  0.8000      3      2");
    }

    @Test
    void nerTagsTheGoldTokensWhenNoPredictionsAreGiven() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.conll"), "وصل O\nفلاديمير B-PERS\nبوتين I-PERS\nإلى O\nطهران B-LOC\n");
        String[] r = run("eval", "ner", "--gold", gold.toString());
        assertThat(r[1]).contains("micro   1.0000  1.0000  1.0000      2      2");
    }

    @Test
    void nerRefusesMismatchedPredictions() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.conll"), "وصل O\nبوتين B-PERS\n");
        Path pred = Files.writeString(dir.resolve("pred.conll"), "وصل\tO\n");
        String[] r = run("eval", "ner", "--gold", gold.toString(), "--pred", pred.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("sentence 1 has 1 tokens, the gold one 2");
    }

    @Test
    void quotesAreScoredAgainstAGoldFile() throws Exception {
        String text = "وقال بوتين إن «الحوار مستمر مع الجميع في كل الأوقات». وكتبت صحيفة «الأهرام» عن ذلك.";
        Files.writeString(dir.resolve("a.txt"), text);
        int start = text.indexOf("الحوار");
        int end = text.indexOf("»");
        int putin = text.indexOf("بوتين");
        int ahram = text.indexOf("الأهرام");
        Files.writeString(dir.resolve("a.gold.json"), "{\"quotes\": [{\"start\": " + start + ", \"end\": " + end
                + ", \"speaker\": \"بوتين\", \"speakerMentions\": [[" + putin + ", " + (putin + 5) + "]], \"cue\": {\"text\": \"قال\"}}],"
                + " \"notSpeech\": [{\"start\": " + ahram + ", \"end\": " + (ahram + 7) + "}]}");
        String[] r = run("eval", "quotes", dir.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("precision 1.000  recall 1.000  F1 1.000");
        assertThat(r[1]).contains("speakers right 1.000 (1/1)  cues right 1.000 (1/1)");
        assertThat(r[1]).contains("quotes reported over names or scare quotes: 0");
    }

    @Test
    void evalNeedsAThingToEvaluate() {
        assertThat(run("eval")[0]).isEqualTo("2");
        assertThat(run("eval", "quotes", dir.resolve("none").toString())[2]).contains("no such file or directory");
    }
}
