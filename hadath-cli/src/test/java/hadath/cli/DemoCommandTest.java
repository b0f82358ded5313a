package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void storesTheBundledArticlesOnce() throws Exception {
        int bundled = DemoArticles.load().size();
        assertThat(bundled).as("the demo articles are bundled").isGreaterThanOrEqualTo(12);
        String db = dir.resolve("demo.db").toString();

        Cli.Result first = Cli.run("demo", "--db", db, "--no-serve");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains(bundled + " articles added, 0 already there");
        try (Store store = Store.open(db)) {
            assertThat(store.counts().documents()).isEqualTo(bundled);
            assertThat(store.counts().events()).as("the demo codes events").isPositive();
            assertThat(store.counts().quotes()).isPositive();
        }

        Cli.Result again = Cli.run("demo", "--db", db, "--no-serve");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 articles added, " + bundled + " already there");
    }

    @Test
    void bundledArticlesCarryTheirMetadata() throws Exception {
        assertThat(DemoArticles.load()).allSatisfy(d -> {
            assertThat(d.id()).matches("\\d\\d-[a-z0-9-]+");
            assertThat(d.published()).isNotNull();
            assertThat(d.title()).isNotBlank();
        });
    }

    @Test
    void badServeOptionsAreExit2WithOneLine() {
        Cli.Result port = Cli.run("demo", "--db", dir.resolve("d.db").toString(), "--port", "70000");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).contains("--port: 70000 is not a port; expected 0 to 65535");
        Cli.Result token = Cli.run("serve", "--db", dir.resolve("s.db").toString(), "--token", "short");
        assertThat(token.exit()).isEqualTo(2);
        assertThat(token.err()).contains("--token: the token must have at least 16 characters");
        Cli.Result db = Cli.run("serve", "--db", "mysql://x/y", "--port", "0");
        assertThat(db.exit()).isEqualTo(2);
        assertThat(db.err()).contains("--db").doesNotContain("Exception");
    }
}
