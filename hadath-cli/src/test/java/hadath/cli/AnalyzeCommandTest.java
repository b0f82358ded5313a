package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command end to end, in process: exit codes, stdout, and the one-line errors on stderr. */
class AnalyzeCommandTest {

    private static final String ARTICLE = "وصل الرئيس الروسي فلاديمير بوتين إلى طهران أمس، والتقى نظيره الإيراني.";

    @TempDir
    Path dir;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private static Cli.Result runWithStdin(byte[] stdin, String... args) {
        return Cli.runWithStdin(stdin, args);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path bytes(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void analysesOneArticleIntoOneJsonObject() throws Exception {
        Cli.Result r = run("analyze", "--published", "2021-02-09", file("a.txt", ARTICLE).toString());
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schema").asText()).isEqualTo("hadath.analysis/1");
        assertThat(json.get("document").get("id").asText()).isEqualTo("a");
        assertThat(json.get("document").get("published").asText()).isEqualTo("2021-02-09");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void severalArticlesGiveJsonLines() throws Exception {
        Cli.Result r = run("analyze", file("a.txt", ARTICLE).toString(), file("b.txt", ARTICLE).toString());
        assertThat(r.exit()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines[1]).get("document").get("id").asText()).isEqualTo("b");
    }

    @Test
    void readsStandardInput() {
        Cli.Result r = runWithStdin(ARTICLE.getBytes(StandardCharsets.UTF_8), "analyze", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"id\":\"stdin\"");
    }

    @Test
    void metadataComesFromTheMetaFile() throws Exception {
        Path meta = file("meta.json", "{\"published\": \"2021-02-09\", \"source\": \"Al-Akhbar\", \"language\": \"ar\"}");
        Cli.Result r = run("analyze", "--meta", meta.toString(), file("a.txt", ARTICLE).toString());
        assertThat(r.exit()).isZero();
        JsonNode d = new ObjectMapper().readTree(r.out()).get("document");
        assertThat(d.get("source").asText()).isEqualTo("Al-Akhbar");
        assertThat(d.get("published").asText()).isEqualTo("2021-02-09");
    }

    @Test
    void aMissingFileIsNamed() {
        Cli.Result r = run("analyze", dir.resolve("nope.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("hadath: " + dir.resolve("nope.txt") + ": no such file");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aDirectoryIsRefused() {
        Cli.Result r = run("analyze", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(": is a directory");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertThat(run("analyze", file("e.txt", "").toString()).err()).contains("e.txt: empty file");
        assertThat(run("analyze", file("w.txt", " \n\t ").toString()).err()).contains("w.txt: empty file (only whitespace)");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws Exception {
        byte[] good = "نص".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xE1; // windows-1256 for an Arabic letter
        Cli.Result r = run("analyze", bytes("cp1256.txt", bad).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cp1256.txt: not valid UTF-8 (bad byte 0xE1 at byte offset 4)");
    }

    @Test
    void binaryDataIsRefused() throws Exception {
        Cli.Result r = run("analyze", bytes("x.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 1}).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("x.bin: binary data, not text (NUL byte at offset 4)");
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        Cli.Result r = run("analyze", "--max-size", "10B", file("big.txt", ARTICLE).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("big.txt: is ").contains("over the 10 bytes limit (raise it with --max-size)");
    }

    @Test
    void htmlIsRefusedWithAHintOrStripped() throws Exception {
        Path html = file("page.html", "<html><body><p>" + ARTICLE + "</p><script>x()</script></body></html>");
        Cli.Result refused = run("analyze", html.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("page.html: looks like HTML").contains("--html strip");
        Cli.Result stripped = run("analyze", "--html", "strip", html.toString());
        assertThat(stripped.exit()).isZero();
        assertThat(stripped.err()).contains("warning: " + html + ": HTML tags removed");
        assertThat(new ObjectMapper().readTree(stripped.out()).get("document").get("length").asInt())
                .isEqualTo(ARTICLE.length());
    }

    @Test
    void textWithoutArabicIsAnalysedWithAWarning() throws Exception {
        Cli.Result r = run("analyze", file("en.txt", "Putin arrived in Tehran.").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("en.txt: no Arabic letters found, analysing anyway");
        assertThat(r.out()).contains("\"language\":\"und\"");
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws Exception {
        Cli.Result r = run("analyze", file("a.txt", ARTICLE).toString(), dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("\"id\":\"a\"");
        assertThat(r.err()).contains("missing.txt: no such file");
    }

    @Test
    void aBadDateSaysWhatIsExpected() throws Exception {
        Cli.Result r = run("analyze", "--published", "2021-13-01", file("a.txt", ARTICLE).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("hadath: --published: '2021-13-01' is not a date; expected YYYY-MM-DD");
    }

    @Test
    void aBadMetaFileIsNamed() throws Exception {
        Cli.Result broken = run("analyze", "--meta", file("m.json", "{\"published\": ").toString(), file("a.txt", ARTICLE).toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("m.json: not valid JSON");
        Cli.Result unknown = run("analyze", "--meta", file("k.json", "{\"publshed\": \"2021-02-09\"}").toString(),
                file("a.txt", ARTICLE).toString());
        assertThat(unknown.err()).contains("unknown key 'publshed'; expected any of [id, title, source, url, published");
    }

    @Test
    void badUsageExitsWithTwo() {
        Cli.Result r = run("analyze");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter").contains("try 'hadath analyze --help'");
        assertThat(run("analyse", "x").exit()).isEqualTo(2);
        assertThat(run("analyze", "--html", "keep", "x").err()).contains("unknown policy 'keep'; expected refuse or strip");
    }

    @Test
    void helpAndVersion() {
        Cli.Result help = run("analyze", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--published").contains("--meta").contains("--pretty").contains("--max-size");
        Cli.Result version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("hadath ").doesNotContain("${");
    }
}
