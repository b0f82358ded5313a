package hadath.store.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code hadath export} writes. */
public enum ExportFormat {
    GDELT, PLOVER, CSV, JSONL, PARQUET;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a format name; the error lists the allowed ones. */
    public static ExportFormat parse(String value) {
        for (ExportFormat f : values()) {
            if (f.id().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "'; expected one of "
                + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", ")));
    }
}
