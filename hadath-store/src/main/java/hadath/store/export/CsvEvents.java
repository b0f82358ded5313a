package hadath.store.export;

import hadath.store.query.EventRow;
import java.util.List;
import java.util.stream.Collectors;

/** Events as CSV (RFC 4180: comma-separated, quoted when needed, a header line) over {@link EventColumns}. Pure. */
public final class CsvEvents {

    private CsvEvents() {
    }

    public static String header() {
        return EventColumns.ALL.stream().map(c -> quote(c.name())).collect(Collectors.joining(","));
    }

    public static String line(EventRow e) {
        return EventColumns.ALL.stream().map(c -> {
            Object v = c.value().apply(e);
            return v == null ? "" : quote(v.toString());
        }).collect(Collectors.joining(","));
    }

    /** Quotes a field when it holds a comma, a quote or a line break; quotes inside are doubled. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static List<String> names() {
        return EventColumns.ALL.stream().map(EventColumns.Column::name).toList();
    }
}
