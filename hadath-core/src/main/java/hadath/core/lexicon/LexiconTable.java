package hadath.core.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One lexicon file as read: its header fields ({@code # name: ...}), its column names and its rows.
 * Immutable.
 */
public record LexiconTable(String file, Map<String, String> header, List<String> columns, List<Row> rows) {

    public LexiconTable {
        header = Map.copyOf(header);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One data line. Fields are trimmed; an empty field is "". */
    public record Row(LexiconTable.Columns columns, int line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        public String get(String column) {
            return fields.get(columns.index(column));
        }

        /** The field split on '|', empty values dropped. */
        public List<String> values(String column) {
            String v = get(column);
            return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\|")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }

        public boolean isEmpty(String column) {
            return get(column).isEmpty();
        }

        /** "file:line" for messages. */
        public String where() {
            return columns.file() + ":" + line;
        }
    }

    /** The column names of one file, shared by its rows. */
    public record Columns(String file, List<String> names) {

        public Columns {
            names = List.copyOf(names);
        }

        public int index(String column) {
            int i = names.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException(file + " has no column '" + column + "'; it has " + names);
            }
            return i;
        }
    }
}
