package hadath.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final String HEADER = "# name: t\n# covers: tests\n# source: us\n# licence: Apache-2.0\n";

    private static LexiconTable table(String file, LexiconKind kind, String body) {
        LexiconTable t = TsvLexiconReader.read(file, new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)));
        kind.validate(t);
        return t;
    }

    @Test
    void aCapitalResolvesToAPlaceOfItsCountry() {
        Lexicon lexicon = TokenMatcherTest.LEXICON;
        LexiconEntry iran = lexicon.country("IRN").orElseThrow();
        assertThat(lexicon.capitalOf(iran)).map(LexiconEntry::id).contains("place:irn-tehran");
    }

    @Test
    void anUnknownCountryIsRefused() {
        LexiconTable countries = table("c.tsv", LexiconKind.COUNTRIES,
                "iso3\tcameo\ten\tar\tvariants\tnisba\tcapital\tflags\nIRN\tIRN\tIran\tإيران\t\t\tطهران\t\n");
        LexiconTable places = table("p.tsv", LexiconKind.PLACES,
                "id\ten\tar\tvariants\tcountry\tkind\tlat\tlon\tflags\nirn-tehran\tTehran\tطهران\t\tIRN\tcity\t35.69\t51.39\t\n"
                        + "xyz-x\tX\tبلدة\t\tXYZ\ttown\t1.00\t1.00\t\n");
        assertThatThrownBy(() -> Lexicon.build(Map.of(LexiconKind.COUNTRIES, List.of(countries),
                LexiconKind.PLACES, List.of(places))))
                .hasMessage("p.tsv:7: country 'XYZ' is not in countries");
    }

    @Test
    void aCapitalThatIsNoPlaceIsRefused() {
        LexiconTable countries = table("c.tsv", LexiconKind.COUNTRIES,
                "iso3\tcameo\ten\tar\tvariants\tnisba\tcapital\tflags\nIRN\tIRN\tIran\tإيران\t\t\tطهران\t\n");
        LexiconTable places = table("p.tsv", LexiconKind.PLACES,
                "id\ten\tar\tvariants\tcountry\tkind\tlat\tlon\tflags\nirn-qom\tQom\tقم\t\tIRN\tcity\t34.64\t50.88\t\n");
        assertThatThrownBy(() -> Lexicon.build(Map.of(LexiconKind.COUNTRIES, List.of(countries),
                LexiconKind.PLACES, List.of(places))))
                .hasMessageContaining("capital 'طهران' is not a place of IRN");
    }

    @Test
    void duplicateKeysInOneFileMustBeFlagged() {
        String columns = "id\ten\tar\tvariants\tcountry\tkind\tlat\tlon\tflags\n";
        LexiconTable dup = table("p.tsv", LexiconKind.PLACES, columns
                + "lby-tripoli\tTripoli\tطرابلس\t\tLBY\tcity\t32.89\t13.19\t\n"
                + "lbn-tripoli\tTripoli\tطرابُلس\t\tLBN\tcity\t34.44\t35.83\t\n");
        assertThatThrownBy(() -> Lexicon.build(Map.of(LexiconKind.PLACES, List.of(dup))))
                .hasMessageContaining("p.tsv:7: 'طرابُلس' has the same key as an entry at p.tsv:6");
        LexiconTable flagged = table("p.tsv", LexiconKind.PLACES, columns
                + "lby-tripoli\tTripoli\tطرابلس\t\tLBY\tcity\t32.89\t13.19\tambiguous\n"
                + "lbn-tripoli\tTripoli\tطرابُلس\t\tLBN\tcity\t34.44\t35.83\tambiguous\n");
        assertThat(Lexicon.build(Map.of(LexiconKind.PLACES, List.of(flagged))).entriesOf(EntryKind.PLACE)).hasSize(2);
    }

    @Test
    void actorCodesStartWithAKnownCountryOrANonStatePrefix() {
        LexiconTable countries = table("c.tsv", LexiconKind.COUNTRIES,
                "iso3\tcameo\ten\tar\tvariants\tnisba\tcapital\tflags\nIRN\tIRN\tIran\tإيران\t\t\tطهران\t\n");
        String columns = "id\ten\tar\tvariants\tabbr\tcountry\tactorCode\tkind\tflags\n";
        LexiconTable good = table("o.tsv", LexiconKind.ORGANIZATIONS, columns
                + "irn-majlis\tMajlis\tمجلس الشورى\t\t\tIRN\tIRNLEG\tlegislature\t\n"
                + "igo-un\tUN\tالأمم المتحدة\t\t\t\tIGOUNO\tigo\t\n");
        assertThat(Lexicon.build(Map.of(LexiconKind.COUNTRIES, List.of(countries), LexiconKind.ORGANIZATIONS,
                List.of(good))).entriesOf(EntryKind.ORGANIZATION)).hasSize(2);
        LexiconTable bad = table("o.tsv", LexiconKind.ORGANIZATIONS, columns
                + "xyz-gov\tX\tحكومة إكس\t\t\tIRN\tXYZGOV\tgovernment\t\n");
        assertThatThrownBy(() -> Lexicon.build(Map.of(LexiconKind.COUNTRIES, List.of(countries),
                LexiconKind.ORGANIZATIONS, List.of(bad))))
                .hasMessageStartingWith("o.tsv:6: actor code 'XYZGOV' starts with neither a CAMEO country code");
    }

    @Test
    void theIndexNamesKnownKinds() {
        assertThatThrownBy(() -> LexiconKind.fromId("planets")).hasMessageContaining("unknown lexicon kind 'planets'");
    }

    @Test
    void aCountryHasTheKindOfStateItsRowGives() {
        LexiconTable countries = table("c.tsv", LexiconKind.COUNTRIES,
                "iso3\tcameo\ten\tar\tvariants\tnisba\tcapital\tflags\tkind\n"
                        + "SAU\tSAU\tSaudi Arabia\tالسعودية\t\t\tالرياض\t\tkingdom\n"
                        + "OMN\tOMN\tOman\tعمان\t\t\tمسقط\tcommon-word\tsultanate\n"
                        + "LBY\tLBY\tLibya\tليبيا\t\t\tطرابلس\t\t\n");
        Lexicon lexicon = Lexicon.build(Map.of(LexiconKind.COUNTRIES, List.of(countries)));
        assertThat(lexicon.country("SAU").orElseThrow().attribute("kind")).isEqualTo("kingdom");
        assertThat(lexicon.country("OMN").orElseThrow().attribute("kind")).isEqualTo("sultanate");
        assertThat(lexicon.country("LBY").orElseThrow().attribute("kind")).isNull(); // left empty: not said
        assertThat(lexicon.country("LBY").orElseThrow().attribute("capital")).isEqualTo("طرابلس");
    }

    @Test
    void aKindOfStateOutsideTheListIsRefused() {
        assertThatThrownBy(() -> table("c.tsv", LexiconKind.COUNTRIES,
                "iso3\tcameo\ten\tar\tvariants\tnisba\tcapital\tflags\tkind\n"
                        + "SAU\tSAU\tSaudi Arabia\tالسعودية\t\t\tالرياض\t\tmonarchy\n"))
                .hasMessage("c.tsv:6: column 'kind': 'monarchy' is not one of kingdom, sultanate, emirate, principality,"
                        + " grand-duchy, republic");
    }

    @Test
    void theBundledKingdomsAndSultanatesAreTheStatesSoStyled() {
        // what StateNouns reads: المملكة and السلطنة alone name the setting's state only if it is one of these
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.entriesOf(EntryKind.COUNTRY).stream().filter(c -> "kingdom".equals(c.attribute("kind")))
                .map(LexiconEntry::country)).containsExactlyInAnyOrder("SAU", "JOR", "MAR", "BHR", "GBR", "ESP",
                "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM", "BTN", "LSO", "SWZ", "TON");
        assertThat(lexicon.entriesOf(EntryKind.COUNTRY).stream().filter(c -> "sultanate".equals(c.attribute("kind")))
                .map(LexiconEntry::country)).containsExactlyInAnyOrder("OMN", "BRN");
    }
}
