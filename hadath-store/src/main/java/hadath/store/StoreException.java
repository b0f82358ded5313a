package hadath.store;

/** The store cannot do what was asked: a bad URL, an unreachable database, a failed write. */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
