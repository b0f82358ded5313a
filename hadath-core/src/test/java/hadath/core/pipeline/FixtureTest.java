package hadath.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hadath.core.json.AnalysisJson;
import hadath.core.text.Document;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixture pairs in {@code src/test/resources/fixtures}: {@code <case>.txt} and {@code <case>.expected.json}.
 * The expected file lists entities that must be found, each by the fields it gives (type, country,
 * actorCode) and the texts of its mentions in order; the analysis may find more. A regression is one new
 * pair of files.
 */
class FixtureTest {

    private static final Pipeline PIPELINE = new Pipeline(PipelineConfig.defaults());
    private static final List<String> CASES = List.of("visit-and-sanctions", "clitics-and-marks");

    static Stream<String> cases() {
        return CASES.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void expectedEntitiesAreFound(String name) throws Exception {
        String text = resource(name + ".txt");
        JsonNode expected = new ObjectMapper().readTree(resource(name + ".expected.json"));
        JsonNode actual = new ObjectMapper().readTree(AnalysisJson.toJson(PIPELINE.analyze(Document.of(text)), false));
        for (JsonNode want : expected.get("entities")) {
            assertThat(actual.get("entities")).as(name + ": an entity like " + want)
                    .anySatisfy(got -> assertThat(matches(want, got)).isTrue());
        }
    }

    private static boolean matches(JsonNode want, JsonNode got) {
        for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (field.equals("mentions")) {
                List<String> texts = new ArrayList<>();
                got.get("mentions").forEach(m -> texts.add(m.get("text").asText()));
                List<String> wanted = new ArrayList<>();
                want.get("mentions").forEach(m -> wanted.add(m.asText()));
                if (!texts.equals(wanted)) {
                    return false;
                }
            } else if (!want.get(field).asText().equals(got.path(field).asText())) {
                return false;
            }
        }
        return true;
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = FixtureTest.class.getResourceAsStream("/fixtures/" + path)) {
            assertThat(in).as("fixture " + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
