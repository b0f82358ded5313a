package hadath.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hadath.core.amount.Amount;
import hadath.core.entity.Entity;
import hadath.core.entity.EntityType;
import hadath.core.entity.Mention;
import hadath.core.entity.MentionKind;
import hadath.core.event.Event;
import hadath.core.lexicon.Geo;
import hadath.core.pipeline.Analysis;
import hadath.core.quote.Quote;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.time.TimeExpression;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    private static final String TEXT = "وصل بوتين إلى موسكو أمس وقال «نعم» عن ملياري دولار";

    private static JsonNode write(Analysis a) throws Exception {
        return new ObjectMapper().readTree(AnalysisJson.toJson(a, false));
    }

    private static Analysis analysis() {
        Document doc = Document.builder(TEXT).id("d1").published(LocalDate.of(2021, 2, 9)).build();
        Entity putin = new Entity("E1", EntityType.PERSON, "بوتين", "فلاديمير بوتين", "Vladimir Putin", null, "RUS",
                "RUSGOV", List.of("الرئيس الروسي"), List.of(new Mention(new CharSpan(4, 9), "بوتين", MentionKind.ALIAS)),
                null);
        Entity moscow = new Entity("E2", EntityType.PLACE, "موسكو", "موسكو", "Moscow", null, "RUS", null, List.of(),
                List.of(new Mention(new CharSpan(14, 19), "موسكو", MentionKind.NAME)), new Geo(55.76, 37.62));
        TimeExpression t = new TimeExpression("T1", new CharSpan(20, 23), "أمس", "2021-02-08", null);
        TimeExpression unresolved = new TimeExpression("T2", new CharSpan(20, 23), "أمس", null, "-P1D");
        Amount amount = new Amount("A1", new CharSpan(39, 50), "ملياري دولار", 2.0e9, "USD", false, null);
        Quote q = new Quote("Q1", new CharSpan(29, 34), "«نعم»", "E1", new CharSpan(25, 28), "قال", true);
        Event v = new Event("V1", "042", "Make a visit", "CONSULT", "visit", 1.9, 1, "E1", null, LocalDate.of(2021, 2, 8),
                "T1", "E2", new CharSpan(0, 3), "وصل", new CharSpan(0, 50), 0.8);
        return new Analysis(doc, "ar", List.of(), List.of(), List.of(), List.of(putin, moscow), List.of(t, unresolved),
                List.of(amount), List.of(q), List.of(v));
    }

    @Test
    void topLevelKeysComeInContractOrder() throws Exception {
        JsonNode json = write(analysis());
        Iterator<String> names = json.fieldNames();
        assertThat(List.of(names.next(), names.next(), names.next(), names.next(), names.next(), names.next(),
                names.next())).containsExactly("schema", "document", "entities", "times", "amounts", "quotes", "events");
    }

    @Test
    void unknownValuesAreNullNotMissing() throws Exception {
        JsonNode json = write(analysis());
        JsonNode d = json.get("document");
        assertThat(d.has("title") && d.get("title").isNull()).isTrue();
        assertThat(d.get("length").asInt()).isEqualTo(TEXT.length());
        JsonNode putin = json.get("entities").get(0);
        assertThat(putin.get("kb").isNull()).isTrue();
        assertThat(putin.get("geo").isNull()).isTrue();
        assertThat(json.get("events").get(0).get("target").isNull()).isTrue();
    }

    @Test
    void entitiesCarryCanonicalNamesMentionsAndGeo() throws Exception {
        JsonNode e = write(analysis()).get("entities");
        assertThat(e.get(0).get("canonical").get("en").asText()).isEqualTo("Vladimir Putin");
        assertThat(e.get(0).get("mentions").get(0).get("kind").asText()).isEqualTo("alias");
        assertThat(e.get(1).get("geo").get("lat").asDouble()).isEqualTo(55.76);
    }

    @Test
    void timesAmountsQuotesAndEventsAreWritten() throws Exception {
        JsonNode json = write(analysis());
        assertThat(json.get("times").get(0).get("value").asText()).isEqualTo("2021-02-08");
        assertThat(json.get("times").get(0).has("relative")).isFalse();
        assertThat(json.get("times").get(1).get("value").isNull()).isTrue();
        assertThat(json.get("times").get(1).get("relative").asText()).isEqualTo("-P1D");
        assertThat(json.get("amounts").get(0).get("value").asDouble()).isEqualTo(2.0e9);
        assertThat(json.get("times").get(0).get("conflict").isNull()).isTrue();
        assertThat(json.get("amounts").get(0).get("year").isNull()).isTrue();
        assertThat(json.get("amounts").get(0).get("bound").isNull()).isTrue();
        assertThat(json.get("quotes").get(0).get("cue").get("text").asText()).isEqualTo("قال");
        JsonNode v = json.get("events").get(0);
        assertThat(v.get("cameo").asText()).isEqualTo("042");
        assertThat(v.get("trigger").get("text").asText()).isEqualTo("وصل");
        assertThat(v.get("sentence").get("end").asInt()).isEqualTo(50);
        assertThat(v.get("date").asText()).isEqualTo("2021-02-08");
    }

    @Test
    void theFieldsAddedForIssueSixComeAfterTheContractsOwn() throws Exception {
        TimeExpression t = new TimeExpression("T1", new CharSpan(0, 15), "اليوم (الاثنين)", "2021-02-08", null,
                "weekday Monday but 2021-02-09 is a Tuesday");
        Amount m = new Amount("A1", new CharSpan(0, 19), "أكثر من 40 ألف شخص", 4e4, "person", false, null, 2020,
                "more-than");
        Analysis a = new Analysis(Document.of("اليوم (الاثنين) أكثر من 40 ألف شخص"), "ar", List.of(), List.of(),
                List.of(), List.of(), List.of(t), List.of(m), List.of(), List.of());
        JsonNode json = write(a);
        java.util.List<String> timeKeys = new java.util.ArrayList<>();
        json.get("times").get(0).fieldNames().forEachRemaining(timeKeys::add);
        assertThat(timeKeys).containsExactly("id", "start", "end", "text", "value", "conflict");
        java.util.List<String> amountKeys = new java.util.ArrayList<>();
        json.get("amounts").get(0).fieldNames().forEachRemaining(amountKeys::add);
        assertThat(amountKeys).containsExactly("id", "start", "end", "text", "value", "unit", "approx", "about", "year",
                "bound");
        assertThat(json.get("amounts").get(0).get("year").asInt()).isEqualTo(2020);
        assertThat(json.get("amounts").get(0).get("bound").asText()).isEqualTo("more-than");
    }

    @Test
    void prettyOutputIsIndentedAndCompactIsOneLine() {
        assertThat(AnalysisJson.toJson(analysis(), false)).doesNotContain("\n");
        assertThat(AnalysisJson.toJson(analysis(), true)).contains("\n \"document\": {");
    }
}
