package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hadath eval ner} on the two gold formats, end to end. */
class EvalNerCommandTest {

    private static final Path DATA = Path.of(System.getProperty("hadath.shared", "../../shared"), "data");

    /** A university (ORG) with its town (GPE) nested in it, a person, and a town. */
    private static final String WOJOOD = "درس O\nفي O\nجامعة B-ORG\nبيرزيت I-ORG B-GPE\nالفلسطينية I-ORG\n"
            + "مع O\nسامي B-PERS\n\nوعاد O\nإلى O\nطولكرم B-GPE\n";
    /** The outer layer of {@link #WOJOOD}, as hadath ner writes tags. */
    private static final String OUTER = "درس\tO\nفي\tO\nجامعة\tB-ORG\nبيرزيت\tI-ORG\nالفلسطينية\tI-ORG\n"
            + "مع\tO\nسامي\tB-PER\n\nوعاد\tO\nإلى\tO\nطولكرم\tB-LOC\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aNestedWojoodFileIsDetectedAndScoredOnItsOuterLayer() throws Exception {
        Path gold = file("w.conll", WOJOOD);
        Cli.Result r = Cli.run("eval", "ner", "--gold", gold.toString(), "--pred", file("p.conll", OUTER).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2 sentences, 10 tokens, read as wojood (detected; --format to choose)");
        // three entities, not the five of the innermost layer (جامعة / بيرزيت / الفلسطينية would be three)
        assertThat(r.out()).contains("ORG     1.0000  1.0000  1.0000      1      1");
        assertThat(r.out()).contains("micro   1.0000  1.0000  1.0000      3      3");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theSameFileGivenAsAnercorpIsRefusedAtItsFirstWojoodTag() throws Exception {
        Path gold = file("w.conll", WOJOOD);
        Cli.Result r = Cli.run("eval", "ner", "--gold", gold.toString(), "--format", "anercorp");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("hadath: " + gold + ":4: tag 'B-GPE' has a type the anercorp format does not "
                + "have; expected one of PERS, PER, LOC, ORG, MISC (is it a Wojood file?)\n");
    }

    @Test
    void anercorpWithColumnsBeforeTheTagIsScoredOnTheLastField() throws Exception {
        Path gold = file("a.conll", "وصل VBD O\nفلاديمير NNP B-PERS\nبوتين NNP I-PERS\nإلى IN O\nطهران NNP B-LOC\n");
        Path pred = file("p.conll", "وصل\tO\nفلاديمير\tB-PER\nبوتين\tI-PER\nإلى\tO\nطهران\tO\n");
        Cli.Result r = Cli.run("eval", "ner", "--gold", gold.toString(), "--pred", pred.toString());
        assertThat(r.out()).contains("read as anercorp (detected");
        assertThat(r.out()).contains("micro   1.0000  0.5000  0.6667      2      1");
        // chosen, not detected: no note
        assertThat(Cli.run("eval", "ner", "--gold", gold.toString(), "--pred", pred.toString(), "--format", "ANERCORP")
                .out()).contains("read as anercorp\n");
    }

    @Test
    void aWrongFormatNameSaysWhichAreAllowed() throws Exception {
        Cli.Result r = Cli.run("eval", "ner", "--gold", file("w.conll", WOJOOD).toString(), "--format", "conll2003");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("hadath: --format: unknown format 'conll2003'; expected one of anercorp, wojood\n");
    }

    @Test
    void aLineWithoutATagIsOneLineWithFileAndLine() throws Exception {
        Path gold = file("g.conll", "وصل O\nالوفد\n");
        Cli.Result r = Cli.run("eval", "ner", "--gold", gold.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("hadath: " + gold + ":2: 'الوفد' has no tag; expected TOKEN [FIELD ...] TAG "
                + "separated by spaces\n");
    }

    @Test
    void aTagOfNoKnownTypeOrShapeIsRefusedWithItsLine() throws Exception {
        Path gold = file("g.conll", "وصل O\nبوتين B-PERSON\n");
        Cli.Result r = Cli.run("eval", "ner", "--gold", gold.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("hadath: " + gold + ":2: tag 'B-PERSON' has a type the anercorp format does not "
                + "have; expected one of PERS, PER, LOC, ORG, MISC\n");
        gold = file("h.conll", "وصل O\nبوتين PERS\n");
        assertThat(Cli.run("eval", "ner", "--gold", gold.toString()).err())
                .isEqualTo("hadath: " + gold + ":2: tag 'PERS' is not IOB2; expected O, B-TYPE or I-TYPE\n");
        gold = file("n.conll", "بلدية B-ORG\nصيدا I-ORG B-TOWN\n");
        assertThat(Cli.run("eval", "ner", "--gold", gold.toString(), "--format", "wojood").err())
                .startsWith("hadath: " + gold + ":2: tag 'B-TOWN' has a type the wojood format does not have");
    }

    @Test
    void anInsideTagWithoutABeginningIsScoredAsConllevalDoesAndNoted() throws Exception {
        Path gold = file("g.conll", "قال O\nبوتين I-PERS\nفي O\nموسكو B-LOC\n");
        Path pred = file("p.conll", "قال\tO\nبوتين\tB-PER\nفي\tO\nموسكو\tB-LOC\n");
        Cli.Result r = Cli.run("eval", "ner", "--gold", gold.toString(), "--pred", pred.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("micro   1.0000  1.0000  1.0000      2      2");
        assertThat(r.err()).isEqualTo("hadath: note: 1 gold I- tag with no B- before it is scored as the start of an "
                + "entity, as conlleval does (first at " + gold + ":2)\n");
    }

    @Test
    void wojoodSampleValHasTheTrainersCountsOfGoldEntities() {
        Path val = DATA.resolve("wojood-sample-val.conll");
        assumeTrue(Files.isRegularFile(val), "skipped: the training data is not at " + DATA.toAbsolutePath()
                + " (../shared is absent)");
        Cli.Result r = Cli.run("eval", "ner", "--gold", val.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("158 sentences, 2743 tokens, read as wojood (detected");
        // the gold column of NerTrainer's report and PROVENANCE.md: PER 40, LOC 69, ORG 71, all 180
        assertThat(r.out()).containsPattern("PER +[0-9.]+ +[0-9.]+ +[0-9.]+ +40 ")
                .containsPattern("LOC +[0-9.]+ +[0-9.]+ +[0-9.]+ +69 ")
                .containsPattern("ORG +[0-9.]+ +[0-9.]+ +[0-9.]+ +71 ")
                .containsPattern("micro +[0-9.]+ +[0-9.]+ +[0-9.]+ +180 ");
    }
}
