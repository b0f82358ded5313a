package hadath.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hadath.core.pipeline.PipelineConfig;
import hadath.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real server on a free port over a real SQLite store in a temporary directory, filled through the API with
 * the test articles (src/test/resources/articles: a visit, a clash, and one full of HTML to escape).
 */
public final class TestServer implements AutoCloseable {

    public static final String TOKEN = "test-token-0123456789abcdef";
    public static final String[] ARTICLES = {"visit", "clash", "xss"};
    private static final ObjectMapper JSON = new ObjectMapper();

    public final Store store;
    public final HadathServer server;
    public final HttpClient http = HttpClient.newHttpClient();
    /** Document ids by article name. */
    public final Map<String, Long> ids = new LinkedHashMap<>();

    public TestServer(Path dir) throws Exception {
        store = Store.open(dir.resolve("test.db").toString());
        server = HadathServer.create(ServerOptions.local(0, TOKEN), PipelineConfig.defaults(), store).start();
        for (String name : ARTICLES) {
            ObjectNode body = (ObjectNode) JSON.readTree(resource(name + ".meta.json"));
            body.put("text", resource(name + ".txt"));
            body.put("id", name);
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/documents"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("ingest of " + name + " answered " + r.statusCode() + ": " + r.body());
            }
            ids.put(name, JSON.readTree(r.body()).get("id").asLong());
        }
    }

    public static String resource(String name) throws IOException {
        try (InputStream in = TestServer.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    public JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    public static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
