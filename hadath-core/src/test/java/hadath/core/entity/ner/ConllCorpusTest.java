package hadath.core.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hadath.core.entity.ner.ConllCorpus.Layout;
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

    private static List<ConllSentence> parse(String text, Layout layout) {
        try {
            return ConllCorpus.parse("t.conll", new BufferedReader(new StringReader(text)), layout);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anercorpTagIsTheLastField() {
        List<ConllSentence> s = parse("أعلن O\nاتحاد B-ORG\nالكتاب I-ORG\nفي O\nبيروت B-LOC\n", Layout.LAST_FIELD);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).words()).containsExactly("أعلن", "اتحاد", "الكتاب", "في", "بيروت");
        assertThat(s.get(0).tags()).containsExactly("O", "B-ORG", "I-ORG", "O", "B-LOC");
    }

    @Test
    void wojoodTakesTheOutermostLayer() {
        List<ConllSentence> s = parse("رئيس B-OCC\nبلدية I-OCC B-ORG\nصيدا I-OCC I-ORG B-GPE\nتحدث O\n",
                Layout.FIRST_TAG);
        assertThat(s.get(0).tags()).containsExactly("O", "O", "O", "O");
        s = parse("حزب B-ORG\nالله I-ORG B-PERS\n", Layout.FIRST_TAG);
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
        List<ConllSentence> s = parse("وصل O\nالوفد O\n\n\nغادر O\nسامي B-PERS\n\n", Layout.LAST_FIELD);
        assertThat(s).extracting(ConllSentence::line).containsExactly(1, 5);
        assertThat(s.get(1).words()).containsExactly("غادر", "سامي");
    }

    @Test
    void aRunOfSpacesIsOneSeparator() {
        assertThat(parse("ريال  B-ORG\n،  O\n", Layout.LAST_FIELD).get(0).tags()).containsExactly("B-ORG", "O");
    }

    @Test
    void aLineWithoutATagNamesFileAndLine() {
        assertThatThrownBy(() -> parse("وصل O\nالوفد\n", Layout.LAST_FIELD))
                .isInstanceOf(ConllException.class)
                .hasMessageStartingWith("t.conll:2: 'الوفد' has no tag; expected TOKEN TAG");
    }

    @Test
    void aTagThatIsNotIob2NamesFileAndLine() {
        assertThatThrownBy(() -> parse("وصل O\n\nالوفد PERS\n", Layout.LAST_FIELD))
                .isInstanceOf(ConllException.class)
                .hasMessage("t.conll:3: tag 'PERS' is not IOB2; expected O, B-TYPE or I-TYPE");
        assertThatThrownBy(() -> parse("صيدا B-GPE X-ORG\n", Layout.LAST_FIELD))
                .hasMessageStartingWith("t.conll:1: tag 'X-ORG'");
    }

    @Test
    void aLineStartingWithASpaceIsRefused() {
        assertThatThrownBy(() -> parse(" O\n", Layout.LAST_FIELD)).hasMessageStartingWith("t.conll:1: starts with a space");
    }

    @Test
    void aFileThatIsNotUtf8NamesItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.conll");
        Files.write(f, new byte[] {'a', ' ', 'O', '\n', (byte) 0xC3, ' ', 'O', '\n'});
        assertThatThrownBy(() -> ConllCorpus.read(f, Layout.LAST_FIELD)).isInstanceOf(ConllException.class)
                .hasMessageStartingWith("bad.conll:2: is not UTF-8");
    }

    @Test
    void theSharedCorporaRead() {
        Path aner = DATA.resolve("anercorp-train.conll");
        assumeTrue(Files.isRegularFile(aner), "skipped: the training data is not at " + DATA.toAbsolutePath()
                + " (../shared is absent)");
        List<ConllSentence> s = ConllCorpus.read(aner, Layout.LAST_FIELD);
        // the counts its README gives
        assertThat(s).hasSize(4282);
        assertThat(s.stream().mapToInt(ConllSentence::size).sum()).isEqualTo(125_114);
        List<ConllSentence> w = ConllCorpus.read(DATA.resolve("wojood-sample-train.conll"), Layout.FIRST_TAG);
        assertThat(w).isNotEmpty();
        assertThat(w.stream().flatMap(x -> x.tags().stream())).allMatch(t -> t.equals("O") || t.matches("[BI]-(PER|LOC|ORG)"));
    }
}
