package hadath.core.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllCorpusTest {

    private static final Path DATA = Path.of(System.getProperty("hadath.shared", "../../shared"), "data");

    private static List<ConllSentence> parse(String text, ConllFormat format) {
        try {
            return ConllCorpus.parse("t.conll", new BufferedReader(new StringReader(text)), format);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anercorpTagIsTheLastField() {
        List<ConllSentence> s = parse("أعلن O\nاتحاد B-ORG\nالكتاب I-ORG\nفي O\nبيروت B-LOC\n", ConllFormat.ANERCORP);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).words()).containsExactly("أعلن", "اتحاد", "الكتاب", "في", "بيروت");
        assertThat(s.get(0).tags()).containsExactly("O", "B-ORG", "I-ORG", "O", "B-LOC");
    }

    @Test
    void wojoodTakesTheOutermostLayer() {
        List<ConllSentence> s = parse("رئيس B-OCC\nبلدية I-OCC B-ORG\nصيدا I-OCC I-ORG B-GPE\nتحدث O\n",
                ConllFormat.WOJOOD);
        assertThat(s.get(0).tags()).containsExactly("O", "O", "O", "O");
        s = parse("حزب B-ORG\nالله I-ORG B-PERS\n", ConllFormat.WOJOOD);
        assertThat(s.get(0).tags()).containsExactly("B-ORG", "I-ORG");
    }

    @Test
    void typesAreMappedToPerLocOrg() {
        assertThat(ConllCorpus.mapTag("B-PERS")).isEqualTo("B-PER");
        assertThat(ConllCorpus.mapTag("I-GPE")).isEqualTo("I-LOC");
        assertThat(ConllCorpus.mapTag("B-LOC")).isEqualTo("B-LOC");
        assertThat(ConllCorpus.mapTag("I-ORG")).isEqualTo("I-ORG");
        assertThat(ConllCorpus.mapTag("B-MISC")).isEqualTo("O");
        assertThat(ConllCorpus.mapTag("B-DATE")).isEqualTo("O");
        assertThat(ConllCorpus.mapTag("I-NORP")).isEqualTo("O");
    }

    @Test
    void blankLinesSeparateSentencesAndEachKnowsItsFirstLine() {
        List<ConllSentence> s = parse("وصل O\nالوفد O\n\n\nغادر O\nسامي B-PERS\n\n", ConllFormat.ANERCORP);
        assertThat(s).extracting(ConllSentence::line).containsExactly(1, 5);
        assertThat(s.get(1).words()).containsExactly("غادر", "سامي");
    }

    @Test
    void aRunOfSpacesIsOneSeparator() {
        assertThat(parse("ريال  B-ORG\n،  O\n", ConllFormat.ANERCORP).get(0).tags()).containsExactly("B-ORG", "O");
    }

    @Test
    void aLineWithoutATagNamesFileAndLine() {
        assertThatThrownBy(() -> parse("وصل O\nالوفد\n", ConllFormat.ANERCORP))
                .isInstanceOf(ConllException.class)
                .hasMessageStartingWith("t.conll:2: 'الوفد' has no tag; expected TOKEN [FIELD ...] TAG");
    }

    @Test
    void aTagThatIsNotIob2NamesFileAndLine() {
        assertThatThrownBy(() -> parse("وصل O\n\nالوفد PERS\n", ConllFormat.ANERCORP))
                .isInstanceOf(ConllException.class)
                .hasMessage("t.conll:3: tag 'PERS' is not IOB2; expected O, B-TYPE or I-TYPE");
        assertThatThrownBy(() -> parse("صيدا B-GPE X-ORG\n", ConllFormat.ANERCORP))
                .hasMessageStartingWith("t.conll:1: tag 'X-ORG'");
        // in Wojood every field after the token is a tag, the inner layers too
        assertThatThrownBy(() -> parse("صيدا B-GPE X-ORG\n", ConllFormat.WOJOOD))
                .hasMessageStartingWith("t.conll:1: tag 'X-ORG' is not IOB2");
    }

    @Test
    void aLineStartingWithASpaceIsRefused() {
        assertThatThrownBy(() -> parse(" O\n", ConllFormat.ANERCORP)).hasMessageStartingWith("t.conll:1: starts with a space");
    }

    @Test
    void aFileThatIsNotUtf8NamesItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.conll");
        Files.write(f, new byte[] {'a', ' ', 'O', '\n', (byte) 0xC3, ' ', 'O', '\n'});
        assertThatThrownBy(() -> ConllCorpus.read(f, ConllFormat.ANERCORP)).isInstanceOf(ConllException.class)
                .hasMessageStartingWith("bad.conll:2: is not UTF-8");
    }

    @Test
    void theSharedCorporaRead() {
        Path aner = DATA.resolve("anercorp-train.conll");
        assumeTrue(Files.isRegularFile(aner), "skipped: the training data is not at " + DATA.toAbsolutePath()
                + " (../shared is absent)");
        List<ConllSentence> s = ConllCorpus.read(aner, ConllFormat.ANERCORP);
        // the counts its README gives
        assertThat(s).hasSize(4282);
        assertThat(s.stream().mapToInt(ConllSentence::size).sum()).isEqualTo(125_114);
        List<ConllSentence> w = ConllCorpus.read(DATA.resolve("wojood-sample-train.conll"), ConllFormat.WOJOOD);
        assertThat(w).isNotEmpty();
        assertThat(w.stream().flatMap(x -> x.tags().stream())).allMatch(t -> t.equals("O") || t.matches("[BI]-(PER|LOC|ORG)"));
    }

    @Test
    void anercorpIgnoresTheColumnsBeforeTheTag() {
        List<ConllSentence> s = parse("أعلن VBD O\nاتحاد NN B-ORG\nالكتاب NN I-ORG\n", ConllFormat.ANERCORP);
        assertThat(s.get(0).words()).containsExactly("أعلن", "اتحاد", "الكتاب");
        assertThat(s.get(0).tags()).containsExactly("O", "B-ORG", "I-ORG");
    }

    @Test
    void wojoodMapsGpeToLocAndDropsItsOtherTypes() {
        List<ConllSentence> s = parse("زار B-OCC\nوزير I-OCC\nالخارجية I-OCC\nفرنسا B-GPE\nيوم B-DATE\n"
                + "الأحد I-DATE\n", ConllFormat.WOJOOD);
        assertThat(s.get(0).tags()).containsExactly("O", "O", "O", "B-LOC", "O", "O");
    }

    @Test
    void aNestedLineAndTheFragmentsAfterItStayInTheOuterEntity() {
        // جامعة بيرزيت الفلسطينية: a university (ORG) with a town (GPE) nested in it
        String text = "درس O\nفي O\nجامعة B-ORG\nبيرزيت I-ORG B-GPE\nالفلسطينية I-ORG\n";
        List<String> tags = parse(text, ConllFormat.WOJOOD).get(0).tags();
        assertThat(tags).containsExactly("O", "O", "B-ORG", "I-ORG", "I-ORG");
        assertThat(NerSpan.fromTags(tags)).containsExactly(new NerSpan("ORG", new hadath.core.text.TokenRange(2, 5)));
    }

    @Test
    void aTypeTheFormatDoesNotHaveIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse("وصل O\nإلى O\nطولكرم B-GPE\n", ConllFormat.ANERCORP))
                .isInstanceOf(ConllException.class)
                .hasMessage("t.conll:3: tag 'B-GPE' has a type the anercorp format does not have; expected one of "
                        + "PERS, PER, LOC, ORG, MISC (is it a Wojood file?)");
        assertThatThrownBy(() -> parse("كأس B-MISC\nالعالم I-MISC\n", ConllFormat.WOJOOD))
                .hasMessageStartingWith("t.conll:1: tag 'B-MISC' has a type the wojood format does not have; expected one of PERS, NORP");
        assertThatThrownBy(() -> parse("بلدية B-ORG\nصيدا I-ORG B-CITY\n", ConllFormat.WOJOOD))
                .hasMessageStartingWith("t.conll:2: tag 'B-CITY' has a type");
    }

    @Test
    void anInsideTagWithoutABeginningIsReadAsConllevalReadsIt() {
        List<ConllSentence> s = parse("قال O\nبوتين I-PERS\n", ConllFormat.ANERCORP);
        assertThat(s.get(0).tags()).containsExactly("O", "I-PER");
        assertThat(NerSpan.fromTags(s.get(0).tags())).containsExactly(new NerSpan("PER", new hadath.core.text.TokenRange(1, 2)));
    }

    @Test
    void anErrorGivesItsLineAndProblemApart() {
        ConllException e = org.junit.jupiter.api.Assertions.assertThrows(ConllException.class,
                () -> parse("وصل O\nالوفد\n", ConllFormat.WOJOOD));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo("'الوفد' has no tag; expected TOKEN TAG [TAG ...] separated by spaces");
    }

    @Test
    void theSharedCorporaAreDetectedAndWojoodValHasTheOuterLayersEntities() {
        Path val = DATA.resolve("wojood-sample-val.conll");
        assumeTrue(Files.isRegularFile(val), "skipped: the training data is not at " + DATA.toAbsolutePath()
                + " (../shared is absent)");
        assertThat(ConllCorpus.detect(DATA.resolve("anercorp-train.conll"))).isEqualTo(ConllFormat.ANERCORP);
        assertThat(ConllCorpus.detect(DATA.resolve("wojood-sample-train.conll"))).isEqualTo(ConllFormat.WOJOOD);
        assertThat(ConllCorpus.detect(val)).isEqualTo(ConllFormat.WOJOOD);
        List<ConllSentence> w = ConllCorpus.read(val, ConllFormat.WOJOOD);
        assertThat(w).hasSize(158);
        // the outer layer's people, places and organisations, the ones the trainer scores
        assertThat(w.stream().mapToLong(x -> NerSpan.fromTags(x.tags()).size()).sum()).isEqualTo(180);
        // read as ANERcorp it would have taken the innermost layer (253 entities); now its first GPE stops it
        assertThatThrownBy(() -> ConllCorpus.read(val, ConllFormat.ANERCORP))
                .hasMessageContaining("has a type the anercorp format does not have");
    }
}
