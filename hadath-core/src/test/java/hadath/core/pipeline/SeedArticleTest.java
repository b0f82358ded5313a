package hadath.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hadath.core.json.AnalysisJson;
import hadath.core.text.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article (../shared/examples/seed) through the whole pipeline: the JSON keeps the contract and
 * every span is consistent. Skipped when ../shared is not beside the checkout.
 */
class SeedArticleTest {

    private static final Path SEED = Path.of(System.getProperty("hadath.shared", "../../shared"), "examples", "seed");

    private static String text;
    private static JsonNode json;

    @BeforeAll
    static void analyse() throws Exception {
        assumeTrue(Files.isRegularFile(SEED.resolve("article.txt")),
                "skipped: the seed article is not at " + SEED.toAbsolutePath() + " (../shared is absent)");
        text = Files.readString(SEED.resolve("article.txt"));
        Document doc = Document.builder(text).id("seed").source("Al-Akhbar (Beirut)")
                .published(LocalDate.parse("2021-02-09")).build();
        json = new ObjectMapper().readTree(AnalysisJson.toJson(new Pipeline(PipelineConfig.defaults()).analyze(doc), true));
    }

    @Test
    void documentBlockFollowsTheContract() {
        JsonNode d = json.get("document");
        assertThat(json.get("schema").asText()).isEqualTo("hadath.analysis/1");
        assertThat(d.get("length").asInt()).isEqualTo(text.codePointCount(0, text.length())).isEqualTo(2312);
        assertThat(d.get("published").asText()).isEqualTo("2021-02-09");
        assertThat(d.get("language").asText()).isEqualTo("ar");
        assertThat(d.get("title").isNull()).isTrue();
        for (String key : new String[] {"entities", "times", "amounts", "quotes", "events"}) {
            assertThat(json.get(key).isArray()).as(key).isTrue();
        }
    }

    @Test
    void everyMentionIsTheSourceSubstring() {
        int[] cps = text.codePoints().toArray();
        Set<String> ids = new HashSet<>();
        for (JsonNode e : json.get("entities")) {
            assertThat(ids.add(e.get("id").asText())).as("entity ids are unique").isTrue();
            assertThat(e.get("type").asText()).isIn("PERSON", "ORGANIZATION", "COUNTRY", "PLACE", "GROUP");
            assertThat(e.get("mentions")).isNotEmpty();
            for (JsonNode m : e.get("mentions")) {
                int start = m.get("start").asInt();
                int end = m.get("end").asInt();
                assertThat(new String(cps, start, end - start)).isEqualTo(m.get("text").asText());
                assertThat(m.get("kind").asText()).isIn("name", "alias", "title", "description", "metonym", "pronoun");
            }
        }
    }

    @Test
    void theCountriesOfTheArticleAreFound() {
        Set<String> countries = new HashSet<>();
        for (JsonNode e : json.get("entities")) {
            if (e.get("type").asText().equals("COUNTRY")) {
                countries.add(e.get("country").asText());
            }
        }
        assertThat(countries).contains("IRN", "RUS", "USA", "IRQ", "SYR");
    }

    @Test
    void theWhiteHouseIsTheUsGovernment() {
        JsonNode e = entityWithMention("البيت الأبيض");
        assertThat(e.get("type").asText()).isEqualTo("ORGANIZATION");
        assertThat(e.get("actorCode").asText()).isEqualTo("USAGOV");
    }

    @Test
    void washingtonInWashingtonsPlansStandsForTheUnitedStates() {
        JsonNode e = entityWithMention("واشنطن");
        assertThat(e.get("type").asText()).isEqualTo("COUNTRY");
        assertThat(e.get("country").asText()).isEqualTo("USA");
    }

    @Test
    void theRequiredPeopleAreFoundWithTheirCodes() {
        assertThat(entityWithMention("محمد باقر قاليباف").get("actorCode").asText()).isEqualTo("IRNLEG");
        assertThat(entityWithMention("فيتشيلاف فالودين").get("actorCode").asText()).isEqualTo("RUSLEG");
        assertThat(entityWithMention("علي خامنئي").get("actorCode").asText()).isEqualTo("IRNGOV");
        assertThat(entityWithMention("فلاديمير بوتين").get("actorCode").asText()).isEqualTo("RUSGOV");
    }

    @Test
    void theDescriptionIsTheIranianInFocus() {
        assertThat(entityWithMention("المسؤول الإيراني")).isSameAs(entityWithMention("محمد باقر قاليباف"));
    }

    @Test
    void theTimesAreResolvedAgainstThePublicationDate() {
        assertThat(json.get("times")).hasSize(5);
        checkTime(0, "T1", 94, 109, "مساء أول من أمس", "2021-02-07TEV");
        checkTime(1, "T2", 204, 208, "غداً", "2021-02-10");
        checkTime(2, "T3", 432, 435, "أمس", "2021-02-08");
        checkTime(3, "T4", 1891, 1894, "أمس", "2021-02-08");
        checkTime(4, "T5", 2211, 2219, "عام 2020", "2020");
    }

    @Test
    void theAmountsHaveTheirUnitWhatTheyMeasureAndTheirYear() {
        JsonNode amounts = json.get("amounts");
        assertThat(amounts).hasSize(2);
        checkAmount(amounts.get(0), "A1", 2187, 2203, "نحو ملياري دولار", 2e9, true,
                "حجم التبادل التجاري بين طهران وموسكو");
        checkAmount(amounts.get(1), "A2", 2226, 2241, "1.3 مليار دولار", 1.3e9, false, "الصادرات الروسية لإيران");
    }

    private static void checkTime(int index, String id, int start, int end, String text, String value) {
        JsonNode t = json.get("times").get(index);
        assertThat(t.get("id").asText()).isEqualTo(id);
        assertThat(t.get("start").asInt()).isEqualTo(start);
        assertThat(t.get("end").asInt()).isEqualTo(end);
        assertThat(t.get("text").asText()).isEqualTo(text).isEqualTo(codePoints(start, end));
        assertThat(t.get("value").asText()).isEqualTo(value);
    }

    private static void checkAmount(JsonNode a, String id, int start, int end, String text, double value,
                                    boolean approx, String about) {
        assertThat(a.get("id").asText()).isEqualTo(id);
        assertThat(a.get("start").asInt()).isEqualTo(start);
        assertThat(a.get("end").asInt()).isEqualTo(end);
        assertThat(a.get("text").asText()).isEqualTo(text).isEqualTo(codePoints(start, end));
        assertThat(a.get("value").asDouble()).isEqualTo(value);
        assertThat(a.get("unit").asText()).isEqualTo("USD");
        assertThat(a.get("approx").asBoolean()).isEqualTo(approx);
        assertThat(a.get("about").asText()).isEqualTo(about);
        assertThat(a.get("year").asInt()).isEqualTo(2020);
        assertThat(a.get("bound").isNull()).isTrue();
    }

    private static String codePoints(int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }

    private static JsonNode entityWithMention(String text) {
        for (JsonNode e : json.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                if (m.get("text").asText().equals(text)) {
                    return e;
                }
            }
        }
        throw new AssertionError("no entity has a mention '" + text + "'");
    }
}
