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
    void timesAreScoredBySpanAndValue() throws Exception {
        String text = "وصل الوفد أمس إلى بغداد، ويغادرها غداً بعد لقاء الرئيس.";
        Files.writeString(dir.resolve("t.txt"), text);
        int yesterday = text.indexOf("أمس");
        int tomorrow = text.indexOf("غداً");
        Files.writeString(dir.resolve("t.gold.json"), "{\"published\": \"2022-05-18\", \"times\": ["
                + "{\"start\": " + yesterday + ", \"end\": " + (yesterday + 3) + ", \"value\": \"2022-05-17\"},"
                + "{\"start\": " + tomorrow + ", \"end\": " + (tomorrow + 4) + ", \"value\": \"2022-05-20\"}]}");
        String[] r = run("eval", "times", dir.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("times: gold 2, predicted 2");
        assertThat(r[1]).contains("span+value  precision 0.500  recall 0.500  F1 0.500");
        assertThat(r[1]).contains("span only   precision 1.000  recall 1.000  F1 1.000");
        assertThat(r[1]).contains("value accuracy 0.500 (1/2)");
    }

    @Test
    void unresolvedTimesAreScoredByTheirOffset() throws Exception {
        String text = "وصل الوفد أمس إلى بغداد.";
        Files.writeString(dir.resolve("u.txt"), text);
        int yesterday = text.indexOf("أمس");
        Files.writeString(dir.resolve("u.gold.json"), "{\"published\": null, \"times\": [{\"start\": " + yesterday
                + ", \"end\": " + (yesterday + 3) + ", \"value\": null, \"relative\": \"-P1D\"}]}");
        assertThat(run("eval", "times", dir.toString())[1]).contains("value accuracy 1.000 (1/1)");
    }

    @Test
    void amountsAreScoredByNumberAndUnit() throws Exception {
        String text = "بلغت الصادرات نحو ملياري دولار، وقُتل 25 شخصاً في الهجوم.";
        Files.writeString(dir.resolve("a.txt"), text);
        int money = text.indexOf("نحو");
        int people = text.indexOf("25");
        Files.writeString(dir.resolve("a.gold.json"), "{\"published\": null, \"amounts\": ["
                + "{\"start\": " + money + ", \"end\": " + (money + 16) + ", \"value\": 2.0E9, \"unit\": \"USD\"},"
                + "{\"start\": " + people + ", \"end\": " + (people + 8) + ", \"value\": 25, \"unit\": \"person\"}]}");
        String[] r = run("eval", "amounts", dir.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("span+value  precision 1.000  recall 1.000  F1 1.000");
    }

    @Test
    void wojoodSpansAreScoredWithoutValues() throws Exception {
        Path conll = Files.writeString(dir.resolve("w.conll"), "وصل O\nالوفد O\nعام B-DATE\n2020 I-DATE\nومعه O\n"
                + "30 B-CARDINAL\nشخصاً O\n\nدفع O\n5 B-MONEY\nملايين I-MONEY\nدولار I-MONEY B-CURR\n");
        String[] times = run("eval", "times", "--wojood", conll.toString());
        assertThat(times[0]).isEqualTo("0");
        assertThat(times[1]).contains("spans of DATE/TIME: gold 1, predicted 1");
        assertThat(times[1]).contains("DATE      gold    1  found    1  recall 1.000");
        String[] amounts = run("eval", "amounts", "--wojood", conll.toString());
        assertThat(amounts[1]).contains("MONEY     gold    1  found    1  recall 1.000");
        assertThat(amounts[1]).contains("CARDINAL  gold    1  found    0  recall 0.000");
    }

    @Test
    void timesAndAmountsNeedGold() {
        String[] r = run("eval", "times");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("give gold files or directories, or --wojood FILE");
    }

    @Test
    void evalNeedsAThingToEvaluate() {
        assertThat(run("eval")[0]).isEqualTo("2");
        assertThat(run("eval", "quotes", dir.resolve("none").toString())[2]).contains("no such file or directory");
    }

    @Test
    void eventsAreScoredAsTriples() throws Exception {
        Files.writeString(dir.resolve("e.txt"), "وانتقد الرئيس الروسي فلاديمير بوتين الولايات المتحدة.\n");
        Files.writeString(dir.resolve("e.gold.json"), "{\"events\": [{\"line\": 1, \"trigger\": \"وانتقد\", "
                + "\"cameo\": \"111\", \"source\": \"RUSGOV\", \"target\": \"USA\"}]}");
        String[] r = run("eval", "events", dir.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("precision 1.000  recall 1.000  F1 1.000");
    }

    @Test
    void eventGoldMayDateItsArticle() throws Exception {
        // الملك فهد is a king only on a page of his reign (1982–2005): the gold's date reaches the pipeline
        Files.writeString(dir.resolve("e.txt"), "واستقبل الملك فهد الرئيس اللبناني الياس الهراوي في جدة.\n");
        String events = "\"events\": [{\"line\": 1, \"trigger\": \"واستقبل\", \"cameo\": \"043\", "
                + "\"source\": \"SAUGOV\", \"target\": \"LBNGOV\"}]}";
        Files.writeString(dir.resolve("e.gold.json"), "{\"published\": \"1995-05-02\", " + events);
        assertThat(run("eval", "events", dir.toString())[1]).contains("F1 1.000");
        Files.writeString(dir.resolve("e.gold.json"), "{" + events);
        assertThat(run("eval", "events", dir.toString())[1]).contains("F1 0.000");
    }

    @Test
    void badEventGoldIsRefusedWithWhatIsWrong() throws Exception {
        Files.writeString(dir.resolve("e.txt"), "سطر واحد.\n");
        String[][] cases = {
            {"{\"events\": [{\"line\": 5, \"cameo\": \"042\", \"source\": \"EGY\", \"target\": null}]}",
                "event 1: line 5 is not a line of the article with text (it has 1 line)"},
            {"{\"events\": [{\"cameo\": \"999\"}]}", "event 1: '999' is no CAMEO code of cameo.tsv"},
            {"{\"events\": [{\"line\": 1, \"trigger\": \"زار\", \"cameo\": \"042\"}]}",
                "event 1: its trigger 'زار' is not on line 1"},
            {"{\"events\": [{\"cameo\": \"042\", \"source\": 7}]}", "event 1: source must be an actor code or null"},
            {"{\"event\": []}", "has no \"events\" array"},
            {"not json", "is not JSON (line 1, column 1)"},
            {"{\"published\": \"1995-13-01\", \"events\": []}", "published '1995-13-01' is not YYYY-MM-DD"},
        };
        for (String[] c : cases) {
            Files.writeString(dir.resolve("e.gold.json"), c[0]);
            String[] r = run("eval", "events", dir.resolve("e.gold.json").toString());
            assertThat(r[0]).as(c[0]).isEqualTo("2");
            assertThat(r[2]).as(c[0]).contains(c[1]).doesNotContain("Exception").hasLineCount(1);
        }
        Files.writeString(dir.resolve("lone.gold.json"), "{\"events\": []}");
        assertThat(run("eval", "events", dir.resolve("lone.gold.json").toString())[2])
                .contains("its article").contains("lone.txt is missing");
    }
}
