package hadath.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Calendar arithmetic and value formats for {@link TimeRecognizer}. Pure. */
final class TimeValues {

    private TimeValues() {
    }

    /** 2021-W05: the ISO week of a date. */
    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(YearMonth m) {
        return m.toString();
    }

    /** The Gregorian date of a Hijri one, or null outside the range the JDK's Umm al-Qura calendar covers. */
    static LocalDate hijri(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The Gregorian interval of a Hijri month (start/end), or null. */
    static String hijriMonth(int year, int month) {
        try {
            HijrahDate first = HijrahDate.of(year, month, 1);
            HijrahDate last = first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth());
            return LocalDate.from(first) + "/" + LocalDate.from(last);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The Gregorian interval of a Hijri year, or null. */
    static String hijriYear(int year) {
        try {
            HijrahDate first = HijrahDate.of(year, 1, 1);
            HijrahDate last = first.with(ChronoField.DAY_OF_YEAR, first.lengthOfYear());
            return LocalDate.from(first) + "/" + LocalDate.from(last);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static int hijriYearOf(LocalDate d) {
        return HijrahDate.from(d).get(ChronoField.YEAR);
    }

    /** The year that puts month/day nearest to the anchor: a date without a year is within half a year of it. */
    static int nearestYear(LocalDate anchor, int month, int day) {
        int best = anchor.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            try {
                long distance = Math.abs(LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()))
                        .toEpochDay() - anchor.toEpochDay());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = y;
                }
            } catch (DateTimeException e) {
                // not a month: keep the anchor's year
            }
        }
        return best;
    }

    /** The date with weekday {@code iso} nearest to {@code d}, the earlier one on a tie. */
    static LocalDate nearestWeekday(LocalDate d, int iso) {
        for (int k = 0; k <= 3; k++) {
            if (d.minusDays(k).getDayOfWeek().getValue() == iso) {
                return d.minusDays(k);
            }
            if (d.plusDays(k).getDayOfWeek().getValue() == iso) {
                return d.plusDays(k);
            }
        }
        return d;
    }

    /** "weekday Monday but 2021-02-09 is a Tuesday". */
    static String weekdayConflict(int statedIso, LocalDate date) {
        return "weekday " + name(statedIso) + " but " + date + " is a " + name(date.getDayOfWeek().getValue());
    }

    private static String name(int iso) {
        return DayOfWeek.of(iso).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** -P2D, P1D, P0D: an ISO 8601 duration with a sign, as the contract's {@code relative}. */
    static String offset(long amount, char unit) {
        return (amount < 0 ? "-P" : "P") + Math.abs(amount) + unit;
    }
}
