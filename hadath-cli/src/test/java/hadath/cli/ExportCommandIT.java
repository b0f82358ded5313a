package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.ParquetReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hadath export} over a store that {@code hadath ingest} filled. */
class ExportCommandIT {

    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void ingest() throws Exception {
        Files.writeString(dir.resolve("a.txt"), IngestCommandIT.VISIT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "رفض رئيس مجلس الدوما الروسي مواقف الولايات المتحدة تجاه إيران.",
                StandardCharsets.UTF_8);
        db = dir.resolve("h.db");
        Cli.Result r = Cli.run("ingest", "--no-progress", "--db", db.toString(), dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private Cli.Result export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "export";
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    @Test
    void gdeltHasSixtyOneColumnsAndAMentionsFile() throws Exception {
        Path out = dir.resolve("events.tsv");
        Cli.Result r = export("--format", "gdelt", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertThat(lines.get(0).split("\t", -1)[26]).matches("\\d{3,4}"); // EventCode with its leading zero
        List<String> mentions = Files.readAllLines(dir.resolve("events.mentions.tsv"));
        assertThat(mentions).hasSizeGreaterThanOrEqualTo(lines.size())
                .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(16));
        assertThat(r.err()).contains("wrote " + lines.size() + " events");
    }

    @Test
    void ploverCsvAndJsonl() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Cli.Result plover = export("--format", "plover");
        assertThat(plover.exit()).isZero();
        for (String line : plover.out().lines().toList()) {
            assertThat(json.readTree(line).has("quad_code")).isTrue();
        }
        Cli.Result csv = export("--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("id,date,cameo,");
        assertThat(csv.out().lines().count()).isEqualTo(plover.out().lines().count() + 1);
        Cli.Result jsonl = export("--format", "jsonl");
        List<String> docs = jsonl.out().lines().toList();
        assertThat(docs).hasSize(2);
        assertThat(json.readTree(docs.get(0)).get("schema").asText()).isEqualTo("hadath.analysis/1");
    }

    @Test
    void parquetIsReadableAndHasEveryEvent() throws Exception {
        Path out = dir.resolve("events.parquet");
        assertThat(export("--format", "parquet", "--out", out.toString()).exit()).isZero();
        List<String> csv = export("--format", "csv").out().lines().skip(1).toList();
        long events = csv.size();
        Files.write(dir.resolve("codes.csv"), csv.stream().map(l -> l.split(",")[2]).toList());
        List<String> codes = Files.readAllLines(dir.resolve("codes.csv"));
        try (Stream<java.util.Map<String, Object>> rows = ParquetReader.streamContent(out.toFile(),
                new Hydrator<java.util.Map<String, Object>, java.util.Map<String, Object>, String[]>() {
                    @Override
                    public java.util.Map<String, Object> start() {
                        return new java.util.HashMap<>();
                    }

                    @Override
                    public java.util.Map<String, Object> add(java.util.Map<String, Object> row, String[] column,
                                                             Object value) {
                        row.put(column[0], value);
                        return row;
                    }

                    @Override
                    public java.util.Map<String, Object> finish(java.util.Map<String, Object> row) {
                        return row;
                    }
                })) {
            List<java.util.Map<String, Object>> all = rows.toList();
            assertThat(all).hasSize((int) events);
            assertThat(all).extracting(m -> String.valueOf(m.get("cameo"))).containsExactlyElementsOf(codes);
            assertThat(all).allSatisfy(m -> assertThat(m.get("id")).isInstanceOf(Long.class));
        }
    }

    @Test
    void badUsageIsExitTwoWithOneLine() {
        Cli.Result format = export("--format", "gdlet");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err().strip())
                .isEqualTo("hadath: --format: unknown format 'gdlet'; expected one of gdelt, plover, csv, jsonl, parquet");
        assertThat(export("--format", "parquet").err()).contains("give --out FILE.parquet");
        Cli.Result missing = Cli.run("export", "--format", "csv", "--db", dir.resolve("none.db").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no store at").contains("run hadath ingest first");
    }
}
