package hadath.cli;

import hadath.store.DbUrl;
import hadath.store.Store;
import hadath.store.StoreException;
import java.nio.file.Files;

/** Opens the store that a command's {@code --db} names; a bad URL or an unreachable database is bad input. */
final class DbOption {

    private DbOption() {
    }

    /** @param mustExist whether a SQLite file must already be there (reading commands: no silent empty store) */
    static Store open(String db, boolean mustExist) throws BadInputException {
        try {
            DbUrl url = DbUrl.parse(db);
            if (mustExist && url.kind() == DbUrl.Kind.SQLITE && !Files.isRegularFile(url.sqliteFile())) {
                throw new BadInputException("--db", "no store at " + url.sqliteFile() + "; run hadath ingest first");
            }
            return Store.open(db);
        } catch (StoreException e) {
            throw new BadInputException("--db", e.getMessage());
        }
    }
}
