package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hadath demo} as a user runs it, in a child JVM: it stores the bundled articles, prints the URL, and
 * every page answers with data; Ctrl-C (SIGTERM) stops it.
 */
class DemoServeIT {

    private static final Pattern URL = Pattern.compile("hadath: serving (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path dir;

    @Test
    void demoServesEveryPageWithData() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-cp", classpath, HadathCommand.class.getName(), "demo",
                "--db", dir.resolve("demo.db").toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String base = null;
            StringBuilder seen = new StringBuilder();
            for (String line; base == null && (line = out.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = URL.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertThat(base).as(seen.toString()).isNotNull();
            assertThat(seen).contains("16 articles added");
            String token = out.readLine();
            assertThat(token).as("the first start prints its new token").startsWith("hadath: write token (for POST");

            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            for (String page : List.of("", "search", "articles/1", "analyze", "actors", "actors/1", "events", "network",
                    "timeline", "api/counts", "api/network", "api/timeline", "api/events/export?format=gdelt")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(page).isEqualTo(200);
            }
            String counts = http.send(HttpRequest.newBuilder(URI.create(base + "api/counts")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(counts).contains("\"documents\":16");
            String events = http.send(HttpRequest.newBuilder(URI.create(base + "events")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(events).contains("<table class=\"data events\">").contains("/actors/");
        } finally {
            child.destroy();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }
}
