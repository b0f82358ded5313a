package hadath.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.text.Document;
import hadath.core.tokenize.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TokenMatcherTest {

    static final Lexicon LEXICON = Lexicon.fromClasspath("/hadath/lexicon-test/");

    private static List<String> found(String text) {
        Document doc = Document.of(text);
        return LEXICON.matcher().match(new Tokenizer().tokenize(text)).stream()
                .map(m -> doc.slice(m.span()) + "=" + m.entries().get(0).id()).toList();
    }

    @Test
    void findsSingleAndMultiWordEntries() {
        assertThat(found("رحب فلاديمير بوتين الولايات المتحدة"))
                .containsExactly("فلاديمير بوتين=person:vladimir-putin", "الولايات المتحدة=country:USA");
    }

    @Test
    void longestEntryWins() {
        assertThat(found("الولايات المتحدة الأمريكية")).containsExactly("الولايات المتحدة الأمريكية=country:USA");
    }

    @Test
    void cliticsAreStrippedFromTheSpan() {
        assertThat(found("وبموسكو ولإيران والاتحاد الأوروبي"))
                .containsExactly("موسكو=place:rus-moscow", "إيران=country:IRN", "الاتحاد الأوروبي=org:igo-eu");
    }

    @Test
    void nisbaFormsMatchBehindTheArticle() {
        assertThat(found("المسؤول الإيراني")).containsExactly("إيراني=nisba:IRN");
    }

    @Test
    void spellingDiacriticsAndTatweelDoNotMatter() {
        assertThat(found("إيرانَ وموسـكو")).containsExactly("إيرانَ=country:IRN", "موسـكو=place:rus-moscow");
    }

    @Test
    void noMatchStartsAtAFunctionWord() {
        // وأن ("and that") has the key of the town Van (وان); the town loses, as it must in running text
        assertThat(found("وأن")).isEmpty();
        assertThat(found("وأن موسكو")).containsExactly("موسكو=place:rus-moscow");
    }

    @Test
    void thePrepositionAlaDoesNotHideTheNameAli() {
        assertThat(found("رسالة من علي خامنئي على")).containsExactly("علي خامنئي=person:ali-khamenei");
    }

    @Test
    void entriesOfOneKindAreFoundUnderLongerEntriesOfAnother() {
        var tokens = new Tokenizer().tokenize("هدد بضرب طهران");
        assertThat(LEXICON.matcher().match(tokens).get(0).entries().get(0).kind()).isEqualTo(EntryKind.EVENT_PATTERN);
        List<LexiconMatch> cues = LEXICON.matcher().matchAll(tokens, EntryKind.SPEECH_CUE);
        assertThat(cues).hasSize(1);
        assertThat(cues.get(0).tokens().size()).isEqualTo(1);
    }

    @Test
    void matchesDoNotCrossLines() {
        assertThat(found("الولايات\nالمتحدة")).isEmpty();
    }

    @Test
    void everyMatchStartsAtTheBestCandidate() {
        // the literal form is tried before stripped forms
        LexiconMatch m = LEXICON.matcher().match(new Tokenizer().tokenize("روسيا")).get(0);
        assertThat(m.candidate().isLiteral()).isTrue();
    }

    @Test
    void oneWalkReadsWhatTheThreeWalksFind() throws Exception {
        // the bundled lexicon over the event gold articles: every kind, as the pipeline reads event patterns
        Lexicon lexicon = Lexicon.bundled();
        TokenMatcher matcher = lexicon.matcher();
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/gold/events"))) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(articles).hasSizeGreaterThan(10);
        for (Path article : articles) {
            List<hadath.core.tokenize.Token> tokens = new Tokenizer().tokenize(
                    Files.readString(article, StandardCharsets.UTF_8));
            List<LexiconMatch> all = matcher.matchAll(tokens);
            for (EntryKind kind : EntryKind.values()) {
                TokenMatcher.Readings read = matcher.readings(tokens, kind);
                assertThat(read.all()).as(article + " all").isEqualTo(all);
                for (int i = 0; i < all.size(); i++) { // equal matches, found apart, hash alike (a set keeps them)
                    assertThat(read.all().get(i).hashCode()).isEqualTo(all.get(i).hashCode());
                }
                assertThat(read.allBut()).as(article + " all but " + kind).isEqualTo(matcher.matchAllBut(tokens, kind));
                assertThat(read.only()).as(article + " only " + kind).isEqualTo(matcher.matchAll(tokens, kind));
            }
        }
    }
}
