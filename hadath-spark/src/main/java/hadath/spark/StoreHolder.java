package hadath.spark;

import hadath.store.Store;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The store of this JVM for each database URL, opened (and migrated) on first use and shared by every task of
 * the executor: a {@link Store} is thread-safe and holds a connection pool, so one per executor, not one per
 * partition. Saving is idempotent (an article whose text is stored is skipped), so a retried task stores
 * nothing twice. Closed when the JVM exits.
 */
final class StoreHolder {

    private static final ConcurrentMap<String, Store> STORES = new ConcurrentHashMap<>();

    private StoreHolder() {
    }

    static Store get(String url) {
        return STORES.computeIfAbsent(url, u -> {
            Store store = Store.open(u);
            Runtime.getRuntime().addShutdownHook(new Thread(store::close, "hadath-store-close"));
            return store;
        });
    }
}
