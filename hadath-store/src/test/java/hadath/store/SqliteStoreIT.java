package hadath.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store suite against a real SQLite file. */
class SqliteStoreIT extends StoreContract {

    @TempDir
    Path dir;

    @Override
    Store newStore() {
        return Store.open(dir.resolve("store.db").toString());
    }

    @Test
    void reopeningKeepsTheRowsAndDoesNotMigrateAgain() {
        store.save(Articles.synthetic("a1", FEB9, "src1", java.util.List.of(visit(Articles.PUTIN, Articles.IRAN, FEB7)),
                java.util.List.of()));
        store.close();
        store = Store.open("jdbc:sqlite:" + dir.resolve("store.db"));
        assertThat(store.counts().documents()).isEqualTo(1);
        assertThat(store.kind()).isEqualTo("sqlite");
    }
}
