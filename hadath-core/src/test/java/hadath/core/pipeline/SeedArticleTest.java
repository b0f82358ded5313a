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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    private static JsonNode withEvents;

    @BeforeAll
    static void analyse() throws Exception {
        assumeTrue(Files.isRegularFile(SEED.resolve("article.txt")),
                "skipped: the seed article is not at " + SEED.toAbsolutePath() + " (../shared is absent)");
        text = Files.readString(SEED.resolve("article.txt"));
        Document doc = Document.builder(text).id("seed").source("Al-Akhbar (Beirut)")
                .published(LocalDate.parse("2021-02-09")).build();
        json = new ObjectMapper().readTree(AnalysisJson.toJson(new Pipeline(PipelineConfig.defaults()).analyze(doc), true));
        withEvents = new ObjectMapper().readTree(AnalysisJson.toJson(
                new Pipeline(PipelineConfig.defaults().withEvents(true)).analyze(doc), true));
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

    /** Times and amounts must match expected.json exactly: values and spans (issue 6). */
    @Test
    void theTimesAreThoseOfExpectedJson() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(SEED.resolve("expected.json").toFile()).get("times");
        assertThat(json.get("times")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            JsonNode got = json.get("times").get(i);
            for (String field : new String[] {"id", "start", "end", "text", "value"}) {
                assertThat(got.get(field).asText()).as(want.get("id") + " " + field).isEqualTo(want.get(field).asText());
            }
            assertThat(got.get("text").asText()).isEqualTo(codePoints(got.get("start").asInt(), got.get("end").asInt()));
        }
    }

    @Test
    void theAmountsAreThoseOfExpectedJson() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(SEED.resolve("expected.json").toFile()).get("amounts");
        assertThat(json.get("amounts")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            JsonNode got = json.get("amounts").get(i);
            for (String field : new String[] {"id", "start", "end", "text", "unit", "approx", "about", "year"}) {
                assertThat(got.get(field).asText()).as(want.get("id") + " " + field).isEqualTo(want.get(field).asText());
            }
            assertThat(got.get("value").asDouble()).isEqualTo(want.get("value").asDouble());
            assertThat(got.get("text").asText()).isEqualTo(codePoints(got.get("start").asInt(), got.get("end").asInt()));
        }
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

    /**
     * Every required event of expected.json (issue 7): an event with its CAMEO code whose trigger overlaps the
     * expected one, the same source and target (compared by the name of the expected entity among the
     * mentions of ours), the same date, and the expected place where one is given.
     */
    @Test
    void theRequiredEventsAreCodedWithTheirActorsDatesAndPlaces() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(SEED.resolve("expected.json").toFile());
        for (JsonNode want : expected.get("events")) {
            if (!want.path("required").asBoolean()) {
                continue;
            }
            String label = want.get("id").asText() + " " + want.get("cameo").asText() + " "
                    + want.get("trigger").get("text").asText();
            List<String> seen = new ArrayList<>();
            boolean found = false;
            for (JsonNode v : withEvents.get("events")) {
                if (v.get("cameo").asText().equals(want.get("cameo").asText())
                        && v.get("trigger").get("start").asInt() < want.get("trigger").get("end").asInt()
                        && want.get("trigger").get("start").asInt() < v.get("trigger").get("end").asInt()) {
                    seen.add(v.toString());
                    found |= sameActor(expected, want.get("source"), v.get("source"))
                            && sameActor(expected, want.get("target"), v.get("target"))
                            && v.get("date").asText().equals(want.get("date").asText())
                            && (want.get("location").isNull()
                                || sameActor(expected, want.get("location"), v.get("location")));
                }
            }
            assertThat(found).as(label + " with its source, target, date and place; coded with this trigger: " + seen)
                    .isTrue();
        }
    }

    /** Whether our entity {@code ours} has a mention with the name of expected entity {@code theirs}. */
    private static boolean sameActor(JsonNode expected, JsonNode theirs, JsonNode ours) {
        if (theirs.isNull() || ours.isNull()) {
            return theirs.isNull() && ours.isNull();
        }
        String name = null;
        for (JsonNode e : expected.get("entities")) {
            if (e.get("id").asText().equals(theirs.asText())) {
                name = e.get("name").asText();
            }
        }
        for (JsonNode e : withEvents.get("entities")) {
            if (e.get("id").asText().equals(ours.asText())) {
                for (JsonNode m : e.get("mentions")) {
                    if (m.get("text").asText().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
