package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code hadath ingest} (kill -9: Process.destroyForcibly) in a child JVM after some articles landed, then
 * checks that the store holds only whole articles and that running the ingest again stores the rest, once.
 */
class IngestKillIT {

    private static final int ARTICLES = 400;
    private static final int KILL_AFTER = 25;

    private static final String[] PEOPLE = {"فلاديمير بوتين", "محمد باقر قاليباف", "حسن روحاني", "سيرغي لافروف",
        "محمد جواد ظريف", "أنطونيو غوتيريش"};
    private static final String[] PLACES = {"موسكو", "طهران", "بيروت", "دمشق", "بغداد", "القاهرة"};
    private static final String[] TEMPLATES = {
        "وصل %s إلى %s مساء أمس في زيارة رسمية تستمر ثلاثة أيام.",
        "وقال %s في مؤتمر صحافي في %s: «إن العلاقات تشهد تطوراً مهماً».",
        "وأكد %s أن الحكومة في %s ترفض أي تدخل في شؤونها الداخلية.",
        "والتقى %s المسؤولين في %s وبحث معهم سبل تعزيز التعاون.",
        "وانتقد %s سياسة العقوبات المفروضة على %s."};

    @TempDir
    Path dir;

    /** Generated articles, each different (its number is in its text). */
    private Path corpus() throws Exception {
        Path in = dir.resolve("corpus");
        Files.createDirectories(in);
        Random random = new Random(8);
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder text = new StringBuilder("خبر رقم " + i + "\n");
            for (int s = 0; s < 12; s++) {
                text.append(String.format(TEMPLATES[random.nextInt(TEMPLATES.length)],
                        PEOPLE[random.nextInt(PEOPLE.length)], PLACES[random.nextInt(PLACES.length)])).append(' ');
            }
            Files.writeString(in.resolve(String.format("a%04d.txt", i)), text.toString(), StandardCharsets.UTF_8);
        }
        return in;
    }

    private static long documents(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // not created or not migrated yet
        }
    }

    @Test
    void aKilledIngestLeavesWholeArticlesAndResumes() throws Exception {
        Path in = corpus();
        Path db = dir.resolve("kill.db");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, HadathCommand.class.getName(), "ingest", "--no-progress", "--threads", "2",
                "--db", db.toString(), in.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        long landed = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (child.isAlive() && System.nanoTime() < deadline && (landed = documents(db)) < KILL_AFTER) {
            Thread.sleep(50);
        }
        assertThat(child.isAlive()).as("the ingest must still be running when killed; log: %s",
                Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        long stored;
        try (Store store = Store.open(db.toString())) {
            assertThat(store.consistencyProblems()).isEmpty();
            stored = store.counts().documents();
        }
        assertThat(stored).isGreaterThanOrEqualTo(landed).isLessThan(ARTICLES);

        Cli.Result rerun = Cli.run("ingest", "--no-progress", "--db", db.toString(), in.toString());
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(rerun.out()).startsWith("ingested " + (ARTICLES - stored) + ", skipped " + stored + " duplicates, rejected 0");
        try (Store store = Store.open(db.toString())) {
            assertThat(store.counts().documents()).isEqualTo(ARTICLES);
            assertThat(store.consistencyProblems()).isEmpty();
        }
    }
}
