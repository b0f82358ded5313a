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

    /**
     * A person or role of an international body carries that body's code (Kristalina Georgieva is the IMF's
     * IGOBUSIMF, not a code of her own), so that her acts and the body's count as one actor's.
     */
    @Test
    void everyInternationalCodeOfAPersonOrRoleIsAnOrganisations() {
        Lexicon lexicon = Lexicon.bundled();
        java.util.Set<String> bodies = new java.util.HashSet<>();
        lexicon.entriesOf(EntryKind.ORGANIZATION).forEach(e -> bodies.add(e.actorCode()));
        java.util.List<String> stray = new java.util.ArrayList<>();
        for (EntryKind kind : java.util.List.of(EntryKind.PERSON, EntryKind.ROLE)) {
            for (LexiconEntry e : lexicon.entriesOf(kind)) {
                String code = e.actorCode();
                if (code != null && java.util.List.of("IGO", "NGO", "IMG").contains(code.substring(0, 3))
                        && !bodies.contains(code)) {
                    stray.add(e.id() + " " + code);
                }
            }
        }
        assertThat(stray).isEmpty();
    }

    /**
     * A one-word name spelled like a verb of the event lexicon, alone or after و or ف (ودان = و + دان, the
     * Levantine أدان; سيرت = سيّرت) would eat the verb wherever it is written: such a name must be flagged
     * common-word, so it is a name only where the tagger reads one.
     */
    @Test
    void noOneWordNameIsSpelledLikeAnEventVerbUnflagged() {
        Lexicon lexicon = Lexicon.bundled();
        java.util.List<String> clashes = new java.util.ArrayList<>();
        for (EntryKind kind : java.util.List.of(EntryKind.PLACE, EntryKind.PERSON, EntryKind.ORGANIZATION)) {
            for (LexiconEntry e : lexicon.entriesOf(kind)) {
                if (e.has(Flags.COMMON_WORD) || e.has(Flags.AMBIGUOUS)) {
                    continue;
                }
                for (String form : e.forms()) {
                    String key = hadath.core.normalize.KeyNormalizer.key(form.strip());
                    if (!key.contains(" ") && lexicon.isEventVerb(key)) {
                        clashes.add(e.id() + " " + form);
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }
}
