package hadath.core.lexicon;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LexiconKindTest {

    private static final String HEADER = "# name: p\n# covers: tests\n# source: us\n# licence: Apache-2.0\n"
            + "id\ten\tar\tvariants\tcountry\tkind\tlat\tlon\tflags\n";

    private static void validatePlaces(String row) {
        LexiconTable t = TsvLexiconReader.read("p.tsv",
                new ByteArrayInputStream((HEADER + row + "\n").getBytes(StandardCharsets.UTF_8)));
        LexiconKind.PLACES.validate(t);
    }

    @Test
    void aGoodRowPasses() {
        assertThatCode(() -> validatePlaces("rus-moscow\tMoscow\tموسكو\t\tRUS\tcity\t55.76\t37.62\t")).doesNotThrowAnyException();
    }

    @Test
    void coordinatesMustBeInRange() {
        assertThatThrownBy(() -> validatePlaces("rus-moscow\tMoscow\tموسكو\t\tRUS\tcity\t95.00\t37.62\t"))
                .hasMessageStartingWith("p.tsv:6: column 'lat': '95.00' is outside [-90.0, 90.0]");
    }

    @Test
    void countryCodesMustBeIso3() {
        assertThatThrownBy(() -> validatePlaces("rus-moscow\tMoscow\tموسكو\t\tRu\tcity\t55.76\t37.62\t"))
                .hasMessageContaining("'Ru' is not an ISO 3166-1 alpha-3 code");
    }

    @Test
    void kindsAreAClosedList() {
        assertThatThrownBy(() -> validatePlaces("rus-moscow\tMoscow\tموسكو\t\tRUS\tmetropolis\t55.76\t37.62\t"))
                .hasMessageContaining("'metropolis' is not one of city, town");
    }

    @Test
    void requiredFieldsMustBeFilled() {
        assertThatThrownBy(() -> validatePlaces("rus-moscow\tMoscow\t\t\tRUS\tcity\t55.76\t37.62\t"))
                .hasMessageContaining("column 'ar' is required");
    }

    @Test
    void arabicColumnsNeedArabic() {
        assertThatThrownBy(() -> validatePlaces("rus-moscow\tMoscow\tMoskva\t\tRUS\tcity\t55.76\t37.62\t"))
                .hasMessageContaining("'Moskva' has no Arabic letter");
    }

    @Test
    void flagsAreAClosedList() {
        assertThatThrownBy(() -> validatePlaces("rus-moscow\tMoscow\tموسكو\t\tRUS\tcity\t55.76\t37.62\tfamous"))
                .hasMessageContaining("'famous' is not one of ambiguous, common-word");
    }
}
