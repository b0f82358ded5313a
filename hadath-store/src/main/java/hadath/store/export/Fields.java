package hadath.store.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Field formatting shared by the formats. Pure. */
final class Fields {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private Fields() {
    }

    /** A value for a tab-separated field: tabs and line breaks become spaces; null becomes empty. */
    static String tsv(Object value) {
        if (value == null) {
            return "";
        }
        return value.toString().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%.1f", value)
                : Double.toString(value);
    }

    /** YYYYMMDD, or empty. */
    static String day(LocalDate d) {
        return d == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** YYYYMMDDHHMMSS of an ISO instant, or empty. */
    static String stamp(String isoInstant) {
        if (isoInstant == null || isoInstant.isBlank()) {
            return "";
        }
        return STAMP.format(Instant.parse(isoInstant));
    }

    /** YYYYMMDD000000 of a day, or empty. */
    static String stamp(LocalDate d) {
        return d == null ? "" : day(d) + "000000";
    }
}
