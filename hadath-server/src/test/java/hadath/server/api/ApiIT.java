package hadath.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hadath.server.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP, on a real SQLite store. */
class ApiIT {

    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private HttpResponse<String> post(String path, String contentType, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(t.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return t.send(b);
    }

    /** A client error: the status, a JSON {"error"} naming the problem, and nothing of the server's insides. */
    private static void assertError(HttpResponse<String> r, int status, String says) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = TestServer.json(r.body());
        assertThat(body.get("error").asText()).contains(says);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("hadath.server.");
    }

    @Test
    void analyseReturnsTheContractWithCodePointOffsets() throws Exception {
        String text = "😀 " + TestServer.resource("visit.txt");
        String body = ApiJson.MAPPER.writeValueAsString(java.util.Map.of("text", text, "published", "2026-03-02"));
        HttpResponse<String> r = post("/api/analyze", "application/json", body, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = TestServer.json(r.body());
        assertThat(a.get("schema").asText()).isEqualTo("hadath.analysis/1");
        assertThat(a.get("quotes")).isNotEmpty();
        assertThat(a.get("events")).as("the server codes events").isNotEmpty();
        int[] cps = text.codePoints().toArray();
        for (JsonNode q : a.get("quotes")) {
            String slice = new String(cps, q.get("start").asInt(), q.get("end").asInt() - q.get("start").asInt());
            assertThat(slice).isEqualTo(q.get("text").asText());
        }
        long before = t.store.counts().documents();
        post("/api/analyze", "text/plain; charset=utf-8", "قال الرئيس المصري إن الوضع مستقر.", null);
        assertThat(t.store.counts().documents()).as("analyse stores nothing").isEqualTo(before);
    }

    @Test
    void analyseRefusesBadBodiesWithJsonErrors() throws Exception {
        assertError(post("/api/analyze", "application/json", "{\"text\": \"  \"}", null), 400, "text is empty");
        assertError(post("/api/analyze", "application/json", "{\"text\": ", null), 400, "not valid JSON");
        assertError(post("/api/analyze", "application/json", "{\"txt\": \"مصر\"}", null), 400, "unknown key 'txt'");
        assertError(post("/api/analyze", "application/json", "{\"text\": 5}", null), 400, "'text' must be a string");
        assertError(post("/api/analyze", "application/json", "{\"text\": \"مصر\", \"published\": \"2026-13-01\"}", null),
                400, "published must be a date YYYY-MM-DD");
        assertError(post("/api/analyze", "application/xml", "<a/>", null), 415, "Content-Type must be");
        assertError(post("/api/analyze", "text/plain", "مصر\u0000", null), 400, "binary");
        assertError(post("/api/analyze", "text/plain", "م".repeat(2_500_000), null), 413, "limit");
    }

    @Test
    void ingestNeedsTheTokenAndStoresATextOnce() throws Exception {
        String body = "{\"text\": \"القاهرة - استقبل الرئيس المصري وزير الخارجية التركي أمس.\", \"published\": \"2026-06-01\"}";
        assertError(post("/api/documents", "application/json", body, null), 401, "token");
        assertError(post("/api/documents", "application/json", body, "wrong-token-0123456789"), 401, "token");
        HttpResponse<String> first = post("/api/documents", "application/json", body, TestServer.TOKEN);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> again = post("/api/documents", "application/json", body, TestServer.TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(again.body()).get("duplicate").asBoolean()).isTrue();
        assertThat(TestServer.json(again.body()).get("id").asLong()).isEqualTo(TestServer.json(first.body()).get("id").asLong());
    }

    @Test
    void documentsAreSearchedAndPaged() throws Exception {
        // حكومة finds الحكومة of the clash article
        JsonNode found = t.getJson("/api/documents?q=" + enc("حكومة"));
        assertThat(found.get("items")).extracting(d -> d.get("id").asLong()).contains(t.ids.get("clash"));
        JsonNode page = t.getJson("/api/documents?limit=1");
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("hasMore").asBoolean()).isTrue();
        JsonNode second = t.getJson("/api/documents?limit=1&offset=1");
        assertThat(second.get("items").get(0).get("id")).isNotEqualTo(page.get("items").get(0).get("id"));
        assertError(t.get("/api/documents?limit=0"), 400, "limit must be between 1 and 200");
        assertError(t.get("/api/documents?limit=abc"), 400, "limit must be a whole number");
        assertError(t.get("/api/documents?offset=-1"), 400, "offset");
        assertError(t.get("/api/documents?from=2026-05-01&to=2026-01-01"), 400, "is after");
    }

    @Test
    void aDocumentComesWithItsTextAndAnalysis() throws Exception {
        JsonNode doc = t.getJson("/api/documents/" + t.ids.get("visit"));
        assertThat(doc.get("text").asText()).isEqualTo(TestServer.resource("visit.txt"));
        assertThat(doc.get("analysis").get("schema").asText()).isEqualTo("hadath.analysis/1");
        assertThat(doc.get("document").get("title").asText()).isEqualTo("وزير الخارجية الأردني في القاهرة");
        assertError(t.get("/api/documents/999999"), 404, "no document 999999");
        assertError(t.get("/api/documents/abc"), 400, "document id must be a positive whole number");
    }

    @Test
    void actorsAreFoundByNameAndHaveAPage() throws Exception {
        JsonNode actors = t.getJson("/api/actors?q=" + enc("الحكومة العراقية"));
        assertThat(actors.get("items")).isNotEmpty();
        long id = actors.get("items").get(0).get("id").asLong();
        JsonNode page = t.getJson("/api/actors/" + id);
        assertThat(page.get("actor").get("id").asLong()).isEqualTo(id);
        assertThat(page.get("names")).isNotEmpty();
        assertThat(page.has("asSource") && page.has("asTarget") && page.has("quotes") && page.has("partners")).isTrue();
        assertError(t.get("/api/actors"), 400, "q is required");
        assertError(t.get("/api/actors/0"), 400, "actor id");
        assertError(t.get("/api/actors/424242"), 404, "no actor");
    }

    @Test
    void eventsAreFilteredAsInTheStore() throws Exception {
        JsonNode all = t.getJson("/api/events?limit=200");
        assertThat(all.get("total").asLong()).isPositive();
        JsonNode visits = t.getJson("/api/events?root=04");
        assertThat(visits.get("items")).isNotEmpty().allSatisfy(v -> assertThat(v.get("cameo").asText()).startsWith("04"));
        JsonNode conflict = t.getJson("/api/events?quadClass=4");
        assertThat(conflict.get("items")).allSatisfy(v -> assertThat(v.get("quadClass").asInt()).isEqualTo(4));
        long eventId = all.get("items").get(0).get("id").asLong();
        assertThat(t.getJson("/api/events/" + eventId + "/mentions").get("items")).isNotEmpty();
        assertError(t.get("/api/events?quadClass=9"), 400, "quadClass must be between 1 and 4");
        assertError(t.get("/api/events?root=4"), 400, "root must be a 2-digit CAMEO root");
        assertError(t.get("/api/events?other=3"), 400, "other needs actor");
        assertError(t.get("/api/events?from=yesterday"), 400, "from must be a date");
    }

    @Test
    void eventsDownloadAsCsvGdeltAndPlover() throws Exception {
        long total = t.getJson("/api/events?quadClass=3").get("total").asLong();
        HttpResponse<String> csv = t.get("/api/events/export?format=csv&quadClass=3");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("hadath-events.csv");
        String[] lines = csv.body().split("\n");
        assertThat(lines[0]).contains("cameo");
        assertThat(lines).hasSize((int) total + 1);
        HttpResponse<String> gdelt = t.get("/api/events/export?format=gdelt");
        String[] rows = gdelt.body().split("\n");
        assertThat(rows).hasSize((int) t.getJson("/api/events").get("total").asLong());
        assertThat(rows).allSatisfy(r -> assertThat(r.split("\t", -1)).hasSize(61));
        HttpResponse<String> plover = t.get("/api/events/export?format=plover&root=04");
        assertThat(plover.body().lines()).isNotEmpty()
                .allSatisfy(l -> assertThat(TestServer.json(l).get("cameo").asText()).startsWith("04"));
        assertError(t.get("/api/events/export?format=gdlet"), 400, "unknown format 'gdlet'; expected one of csv, gdelt, plover");
        assertError(t.get("/api/events/export"), 400, "format is required");
    }

    @Test
    void quotesTimelineNetworkAndCounts() throws Exception {
        JsonNode quotes = t.getJson("/api/quotes?q=" + enc("سيادة العراق"));
        assertThat(quotes.get("items")).extracting(q -> q.get("text").asText())
                .anySatisfy(q -> assertThat(q).contains("انتهاك صارخ"));
        JsonNode timeline = t.getJson("/api/timeline?granularity=month");
        assertThat(timeline.get("items")).isNotEmpty();
        assertThat(timeline.get("items").get(0).has("quadClass")).isTrue();
        assertError(t.get("/api/timeline?granularity=year"), 400, "expected one of day, week, month");
        JsonNode network = t.getJson("/api/network?limit=50");
        assertThat(network.get("items")).isNotEmpty();
        assertThat(network.get("items").get(0).get("events").asLong()).isPositive();
        assertError(t.get("/api/network?limit=100000"), 400, "limit must be between 1 and 500");
        assertThat(t.getJson("/api/counts").get("documents").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theOpenApiDocumentAndUnknownPaths() throws Exception {
        HttpResponse<String> spec = t.get("/api/openapi.yaml");
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).startsWith("openapi: 3").contains("/api/analyze").contains("/api/network");
        assertError(t.get("/api/nothing-here"), 404, "no such endpoint: GET /api/nothing-here");
        HttpResponse<String> page = t.get("/nothing-here");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("no such page");
        assertThat(t.get("/api/q").headers().firstValue("Content-Security-Policy")).isPresent();
        // refused by Jetty before any route: still JSON, still no insides
        String raw = rawGet("/api/documents/%ZZ");
        assertThat(raw).startsWith("HTTP/1.1 400").contains("application/json").contains("{\"error\":\"400 Bad Request")
                .doesNotContain("<html").doesNotContain("Exception");
    }

    @Test
    void articleTextIsEscapedInTheArticlePage() throws Exception {
        HttpResponse<String> r = t.get("/articles/" + t.ids.get("xss"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .doesNotContain("<b>غريب</b>").doesNotContain("href=\"javascript:")
                .contains("&lt;script&gt;alert(").contains("&lt;img src=x onerror=");
    }

    @Test
    void theServerListensOnLoopbackByDefault() {
        assertThat(t.server.url()).startsWith("http://127.0.0.1:");
    }

    /** A request java.net.URI would refuse to build, sent as bytes. */
    private static String rawGet(String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", t.server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
