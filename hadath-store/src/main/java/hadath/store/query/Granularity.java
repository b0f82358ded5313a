package hadath.store.query;

import java.util.Locale;

/** Timeline buckets: a day, an ISO week (named by its Monday), a month (named by its first day). */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** Parses day, week or month, any case; the error names what is allowed. */
    public static Granularity parse(String value) {
        for (Granularity g : values()) {
            if (g.name().equalsIgnoreCase(value)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown granularity '" + value + "'; expected one of day, week, month");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
