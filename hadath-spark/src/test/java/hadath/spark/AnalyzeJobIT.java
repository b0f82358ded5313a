package hadath.spark;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.json.AnalysisJson;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import hadath.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark local mode on a few articles written for this test: what it writes equals what the CLI's
 * way of analysing (Document as {@code hadath analyze} builds it, the same Pipeline, AnalysisJson) gives on the
 * driver, for each input format; the tables hold what the JSON holds.
 */
class AnalyzeJobIT {

    private static final String[] ARTICLES = {"visit", "talks", "sanctions"};
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 20);

    private static SparkSession spark;
    private static Pipeline pipeline;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("hadath-it")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        pipeline = new Pipeline(PipelineConfig.defaults().withEvents(true));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The article as the file holds it. */
    private static String text(String name) throws IOException {
        try (InputStream in = AnalyzeJobIT.class.getResourceAsStream("/articles/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What hadath analyze --published 2024-03-20 --experimental-events FILE prints, on one line. */
    private static String cliJson(String name) throws IOException {
        return AnalysisJson.toJson(pipeline.analyze(cliDocument(name)), false);
    }

    private static Document cliDocument(String name) throws IOException {
        String text = text(name);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the CLI's ArticleReader drops the byte-order mark
        }
        return Document.builder(text).id(name).published(PUBLISHED).build();
    }

    private static Set<String> analyses(Path out) throws IOException {
        return lines(out, "analyses");
    }

    private static Set<String> lines(Path out, String table) throws IOException {
        Set<String> lines = new HashSet<>();
        try (var files = Files.list(out.resolve(table))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    @Test
    void textFilesGiveWhatTheCliGives() throws IOException {
        Path in = Files.createDirectories(dir.resolve("text-in"));
        Set<String> expected = new HashSet<>();
        for (String name : ARTICLES) {
            Files.writeString(in.resolve(name + ".txt"), text(name));
            expected.add(cliJson(name));
        }
        Path out = dir.resolve("text-out");
        AnalyzeJob.Summary summary = AnalyzeJob.run(spark, JobOptions.parse("--input", in.toString(),
                "--input-format", "text", "--output", out.toString(), "--output-format", "parquet,jsonl,gdelt",
                "--published", PUBLISHED.toString(), "--experimental-events"));

        assertThat(summary.articles()).isEqualTo(3);
        assertThat(summary.failed()).isZero();
        assertThat(analyses(out)).isEqualTo(expected);
        assertThat(expected).allSatisfy(json -> assertThat(json).contains("\"entities\":[{"));
        // the tables hold one row per item of the JSON
        long entities = expected.stream().mapToLong(j -> count(j, "\"mentions\":[")).sum();
        long quotes = expected.stream().mapToLong(j -> count(j, "\"direct\":")).sum();
        long events = expected.stream().mapToLong(j -> count(j, "\"cameo\":")).sum();
        assertThat(spark.read().parquet(out.resolve("entities").toString()).count()).isEqualTo(entities).isPositive();
        assertThat(spark.read().parquet(out.resolve("quotes").toString()).count()).isEqualTo(quotes);
        assertThat(spark.read().parquet(out.resolve("events").toString()).count()).isEqualTo(events);
        assertThat(summary.entities()).isEqualTo(entities);
        // GDELT records: the store's formatter over the same events, 61 columns each
        Set<String> gdelt = new HashSet<>();
        for (String name : ARTICLES) {
            gdelt.addAll(GdeltLines.of(pipeline.analyze(cliDocument(name))));
        }
        assertThat(gdelt).hasSize((int) events).isNotEmpty();
        assertThat(lines(out, "gdelt")).isEqualTo(gdelt)
                .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
        List<Row> visit = spark.read().parquet(out.resolve("documents").toString())
                .filter("article_id = 'visit'").collectAsList();
        assertThat(visit).singleElement().satisfies(r -> assertThat(r.<String>getAs("published")).isEqualTo("2024-03-20"));
    }

    @Test
    void jsonLinesAndParquetGiveWhatTheCliGivesWithTheirMetadata() throws IOException {
        List<String> lines = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        for (String name : ARTICLES) {
            String text = text(name).replace("\uFEFF", "");
            lines.add("{\"id\":\"" + name + "\",\"text\":" + quoted(text) + ",\"published\":\"2021-02-09\","
                    + "\"url\":\"https://example.org/" + name + "\",\"title\":\"عنوان " + name + "\",\"source\":\"test\"}");
            Document doc = Document.builder(text).id(name).title("عنوان " + name).source("test")
                    .url("https://example.org/" + name).published(LocalDate.of(2021, 2, 9)).build();
            expected.add(AnalysisJson.toJson(pipeline.analyze(doc), false));
        }
        lines.add("{\"id\":\"bad-date\",\"text\":\"وصل الرئيس\",\"published\":\"9 February\"}");
        lines.add("{\"id\":\"empty\",\"text\":\"  \"}");
        Path jsonl = dir.resolve("articles.jsonl");
        Files.write(jsonl, lines, StandardCharsets.UTF_8);

        Path out = dir.resolve("jsonl-out");
        String db = "jdbc:sqlite:" + dir.resolve("hadath.db");
        AnalyzeJob.Summary summary = AnalyzeJob.run(spark, JobOptions.parse("--input", jsonl.toString(),
                "--input-format", "jsonl", "--output", out.toString(), "--output-format", "jsonl,parquet",
                "--experimental-events", "--partitions", "2", "--db", db));
        assertThat(summary.articles()).isEqualTo(5);
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(analyses(out)).isEqualTo(expected);
        List<Row> errors = spark.read().json(out.resolve("errors").toString()).orderBy("id").collectAsList();
        assertThat(errors).extracting(r -> r.<String>getAs("id") + ": " + r.<String>getAs("error")).containsExactly(
                "bad-date: published '9 February' is not a date; expected YYYY-MM-DD", "empty: no text");

        // every analysed article is in the store too (the same code path serves PostgreSQL)
        try (Store store = Store.open(db)) {
            for (String name : ARTICLES) {
                assertThat(store.containsText(text(name).replace("\uFEFF", ""))).as(name).isTrue();
            }
            assertThat(store.containsText("وصل الرئيس")).isFalse();
        }

        // the same articles as Parquet
        Path parquet = dir.resolve("articles.parquet");
        spark.read().json(jsonl.toString()).filter("id not in ('bad-date', 'empty')").write().parquet(parquet.toString());
        Path out2 = dir.resolve("parquet-out");
        AnalyzeJob.run(spark, JobOptions.parse("--input", parquet.toString(), "--input-format", "parquet",
                "--output", out2.toString(), "--output-format", "jsonl", "--experimental-events"));
        assertThat(analyses(out2)).isEqualTo(expected);
    }

    private static long count(String s, String what) {
        long n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
