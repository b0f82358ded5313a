package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.store.Store;
import hadath.store.query.DocumentQuery;
import hadath.store.query.PageRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hadath ingest} in process, into a real SQLite file. */
class IngestCommandIT {

    static final String VISIT = "وصل الرئيس الروسي فلاديمير بوتين إلى طهران أمس في زيارة رسمية.";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path corpus() throws Exception {
        write("in/a.txt", VISIT);
        write("in/a.meta.json", "{\"published\": \"2021-02-09\", \"source\": \"وكالة\", \"title\": \"زيارة\"}");
        write("in/sub/b.txt", "والتقى قاليباف رئيس مجلس الدوما في موسكو.");
        write("in/c.jsonl", "{\"text\": \"قال وزير الخارجية الإيراني إن المفاوضات مستمرة.\", \"published\": \"2021-03-01\", "
                + "\"url\": \"https://example.org/c1\", \"source\": \"s\"}\n\n"
                + "{\"text\": \"أعلنت الحكومة اللبنانية خطة جديدة.\", \"id\": \"gov\"}\n");
        return dir.resolve("in");
    }

    @Test
    void ingestsTextFilesDirectoriesAndJsonLines() throws Exception {
        Path db = dir.resolve("h.db");
        Cli.Result r = Cli.run("ingest", "--no-progress", "--db", db.toString(), corpus().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("ingested 4, skipped 0 duplicates, rejected 0 in [0-9.]+ s \\([0-9.]+ articles/s\\)");
        try (Store store = Store.open(db.toString())) {
            assertThat(store.counts().documents()).isEqualTo(4);
            var a = store.documents(DocumentQuery.text("طهران"), PageRequest.firstPage()).items();
            assertThat(a).singleElement().satisfies(d -> {
                assertThat(d.externalId()).isEqualTo("a");
                assertThat(d.published()).isEqualTo(LocalDate.of(2021, 2, 9));
                assertThat(d.source()).isEqualTo("وكالة");
            });
            assertThat(store.documents(DocumentQuery.text("حكومة"), PageRequest.firstPage()).items())
                    .extracting(d -> d.externalId()).containsExactly("gov");
            assertThat(store.documents(DocumentQuery.text("المفاوضات"), PageRequest.firstPage()).items())
                    .extracting(d -> d.externalId()).containsExactly("c-1");
            assertThat(store.counts().events()).as("events are coded on ingest").isPositive();
            assertThat(store.consistencyProblems()).isEmpty();
        }
    }

    @Test
    void runningTheSameIngestAgainChangesNothing() throws Exception {
        Path db = dir.resolve("h.db");
        Path in = corpus();
        assertThat(Cli.run("ingest", "--no-progress", "--db", db.toString(), in.toString()).exit()).isZero();
        long before;
        try (Store store = Store.open(db.toString())) {
            before = store.counts().hashCode();
        }
        Cli.Result again = Cli.run("ingest", "--no-progress", "--db", db.toString(), in.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("ingested 0, skipped 4 duplicates, rejected 0");
        try (Store store = Store.open(db.toString())) {
            assertThat(store.counts().hashCode()).isEqualTo(before);
        }
    }

    @Test
    void badArticlesAreRejectedWithTheReasonsAnalyzeGives() throws Exception {
        write("bad/good.txt", VISIT);
        Files.write(dir.resolve("bad/binary.txt"), new byte[] {'a', 0, 'b'});
        Files.write(dir.resolve("bad/latin1.txt"), new byte[] {(byte) 0xC7, (byte) 0xE1, ' ', 'x'});
        write("bad/empty.txt", "  \n");
        write("bad/page.txt", "<html><body><p>نص</p></body></html>");
        Path db = dir.resolve("h.db");
        Cli.Result r = Cli.run("ingest", "--no-progress", "--db", db.toString(), dir.resolve("bad").toString());
        assertThat(r.exit()).isEqualTo(HadathCommand.EXIT_BAD_INPUT);
        assertThat(r.out()).startsWith("ingested 1, skipped 0 duplicates, rejected 4");
        for (String name : new String[] {"binary.txt", "latin1.txt", "empty.txt", "page.txt"}) {
            String file = dir.resolve("bad/" + name).toString();
            String analyzeLine = Cli.run("analyze", file).err().lines().filter(l -> l.contains(file)).findFirst()
                    .orElseThrow();
            assertThat(r.err().lines()).as(name).contains(analyzeLine);
        }
    }

    @Test
    void badJsonLinesAreRejectedLineByLine() throws Exception {
        write("j.jsonl", "{\"text\": \"" + VISIT + "\"}\nnot json\n{\"body\": \"x\"}\n{\"text\": \"نص\", \"published\": \"9 Feb\"}\n");
        Cli.Result r = Cli.run("ingest", "--no-progress", "--db", dir.resolve("h.db").toString(), dir.resolve("j.jsonl").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).startsWith("ingested 1, skipped 0 duplicates, rejected 3");
        assertThat(r.err()).contains("j.jsonl:2: not valid JSON", "j.jsonl:3: unknown key 'body'",
                "j.jsonl:4: 'published': '9 Feb' is not a date; expected YYYY-MM-DD");
    }

    @Test
    void aMissingPathIsRejectedAndABadDatabaseUrlIsRefused() throws Exception {
        Cli.Result missing = Cli.run("ingest", "--no-progress", "--db", dir.resolve("h.db").toString(),
                dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.txt: no such file");

        Cli.Result url = Cli.run("ingest", "--db", "mysql://db/x", corpus().toString());
        assertThat(url.exit()).isEqualTo(2);
        assertThat(url.err().strip()).isEqualTo("hadath: --db: unsupported database URL 'mysql://db/x'; expected a "
                + "SQLite file path, jdbc:sqlite:PATH or jdbc:postgresql://HOST[:PORT]/DATABASE");
    }
}
