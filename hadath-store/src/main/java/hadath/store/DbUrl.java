package hadath.store;

import java.nio.file.Path;

/**
 * Where the store lives, parsed from the {@code --db} value. Pure.
 *
 * <ul>
 *   <li>a plain path ({@code ./hadath.db}, {@code /data/news.db}) or {@code jdbc:sqlite:PATH}: a SQLite file;</li>
 *   <li>{@code jdbc:postgresql://HOST[:PORT]/DATABASE[?user=..&password=..]}: PostgreSQL.</li>
 * </ul>
 * Anything else that looks like a URL (postgres://, mysql:, jdbc:h2:, http://) is refused with a message naming
 * the two allowed forms, rather than being taken for a file name.
 */
public record DbUrl(Kind kind, String jdbcUrl) {

    public static final String DEFAULT = "./hadath.db";
    public static final String ALLOWED = "expected a SQLite file path, jdbc:sqlite:PATH or "
            + "jdbc:postgresql://HOST[:PORT]/DATABASE";

    /** The two databases the store runs on. */
    public enum Kind { SQLITE, POSTGRESQL }

    public static DbUrl parse(String value) {
        if (value == null || value.isBlank()) {
            throw new StoreException("empty database URL; " + ALLOWED);
        }
        String v = value.strip();
        if (v.startsWith("jdbc:sqlite:")) {
            String path = v.substring("jdbc:sqlite:".length());
            if (path.isBlank() || path.equals(":memory:") || path.startsWith("file::memory:")) {
                throw new StoreException("database URL '" + value + "' names no file (an in-memory store would "
                        + "vanish at exit); " + ALLOWED);
            }
            return new DbUrl(Kind.SQLITE, v);
        }
        if (v.startsWith("jdbc:postgresql:")) {
            String rest = v.substring("jdbc:postgresql:".length());
            if (!rest.startsWith("//") || rest.length() <= 2 || rest.indexOf('/', 2) < 0
                    || rest.indexOf('/', 2) == rest.length() - 1) {
                throw new StoreException("database URL '" + value + "' has no host or database; " + ALLOWED);
            }
            return new DbUrl(Kind.POSTGRESQL, v);
        }
        if (v.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !v.matches("(?i)^[a-z]:[\\\\/].*")) {
            throw new StoreException("unsupported database URL '" + value + "'; " + ALLOWED);
        }
        return new DbUrl(Kind.SQLITE, "jdbc:sqlite:" + Path.of(v));
    }

    /** The SQLite file, or null for PostgreSQL. */
    public Path sqliteFile() {
        return kind == Kind.SQLITE ? Path.of(jdbcUrl.substring("jdbc:sqlite:".length())) : null;
    }

    /** The URL without its password, for messages. */
    public String display() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
