package hadath.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DbUrlTest {

    @Test
    void aPlainPathIsSqlite() {
        DbUrl u = DbUrl.parse("./hadath.db");
        assertThat(u.kind()).isEqualTo(DbUrl.Kind.SQLITE);
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:sqlite:./hadath.db");
        assertThat(DbUrl.parse("/data/news.db").sqliteFile().toString()).isEqualTo("/data/news.db");
    }

    @Test
    void jdbcSqliteIsSqlite() {
        assertThat(DbUrl.parse("jdbc:sqlite:/tmp/x.db").sqliteFile().toString()).isEqualTo("/tmp/x.db");
    }

    @Test
    void jdbcPostgresqlIsPostgres() {
        DbUrl u = DbUrl.parse("jdbc:postgresql://db:5432/hadath?user=h&password=secret");
        assertThat(u.kind()).isEqualTo(DbUrl.Kind.POSTGRESQL);
        assertThat(u.sqliteFile()).isNull();
        assertThat(u.display()).doesNotContain("secret");
    }

    @Test
    void otherUrlsAreRefusedNamingWhatIsAllowed() {
        for (String bad : new String[] {"postgres://db/hadath", "mysql://db/x", "jdbc:h2:mem:x", "http://x"}) {
            assertThatThrownBy(() -> DbUrl.parse(bad)).as(bad).isInstanceOf(StoreException.class)
                    .hasMessageContaining("unsupported database URL '" + bad + "'")
                    .hasMessageContaining("jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
    }

    @Test
    void incompleteUrlsAreRefused() {
        assertThatThrownBy(() -> DbUrl.parse("jdbc:postgresql:hadath")).hasMessageContaining("no host or database");
        assertThatThrownBy(() -> DbUrl.parse("jdbc:postgresql://db/")).hasMessageContaining("no host or database");
        assertThatThrownBy(() -> DbUrl.parse("jdbc:sqlite::memory:")).hasMessageContaining("names no file");
        assertThatThrownBy(() -> DbUrl.parse(" ")).hasMessageContaining("empty database URL");
    }
}
