package hadath.store.jdbc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How events of different articles are found to be one: the same source actor, target actor, CAMEO code and
 * date (GDELT's Events + Mentions model). Pure.
 */
public final class EventKeys {

    private EventKeys() {
    }

    /** The merge key; unknown parts are empty, so two events with no target and the same rest merge. */
    public static String key(Long sourceActor, Long targetActor, String cameo, LocalDate date) {
        return part(sourceActor) + "|" + part(targetActor) + "|" + (cameo == null ? "" : cameo) + "|"
                + (date == null ? "" : date.toString());
    }

    /** The Monday of the date's ISO week. */
    public static LocalDate week(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first day of the date's month. */
    public static LocalDate month(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    private static String part(Long id) {
        return id == null ? "" : id.toString();
    }
}
