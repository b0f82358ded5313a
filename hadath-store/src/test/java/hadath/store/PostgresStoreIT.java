package hadath.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store suite against a real PostgreSQL, a throwaway cluster the test run starts ({@link PostgresCluster}). */
class PostgresStoreIT extends StoreContract {

    static PostgresCluster cluster;

    @RegisterExtension
    static final BeforeAllCallback POSTGRES = context -> cluster = PostgresCluster.get(context);

    @Override
    Store newStore() {
        return Store.open(cluster.newDatabase());
    }

    @Test
    void isPostgres() {
        assertThat(store.kind()).isEqualTo("postgresql");
    }
}
