package hadath.core.time;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.MatchIndex;
import hadath.core.text.CharSpan;
import hadath.core.tokenize.Token;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Absolute dates: [part of day] [weekday [،] [الموافق]] [day | بين day و day | من day إلى day] month
 * [/ month] [year [هـ | م]] [الماضي | المقبل], and dates in digits, D/M/YYYY, alone or after their month's
 * name in parentheses (تشرين الثاني ( 27 / 11 / 1946 )).
 *
 * <p>Month names come from {@code months.tsv} in every system; a month that is also an ordinary word (آب،
 * مارس، رمضان) needs a day or a year beside it. A date without a year takes the year that puts it nearest the
 * publication date (الماضي / المقبل: the one before / after it), or {@code XXXX} when there is none. Hijri dates
 * are converted to Gregorian; a Hijri month without a day becomes its Gregorian interval. Persian months are
 * left out: the JDK has no Persian calendar. A stated weekday that the date contradicts is reported, the
 * date kept.
 */
final class Dates {

    private Dates() {
    }

    /** Whether a date (day number or month) starts at token {@code p}, so a weekday before it belongs to it. */
    static boolean dateFollows(TimeScan s, int p) {
        if (s.on(p) != null && s.token(p).isComma()) {
            p++;
        }
        if (s.on(p) != null && s.token(p).key().equals("الموافق")) {
            p++;
        }
        return s.integer(p) != null && (s.match(p + 1, EntryKind.MONTH) != null || numericDate(s, p) != null);
    }

    static TimeRecognizer.Found read(TimeScan s, int i) {
        int p = i;
        String part = null;
        int start = s.token(i).span().start();
        String partKey = TimeWords.find(s.token(i), TimeWords.PART_OF_DAY.keySet());
        if (partKey != null) {
            part = TimeWords.PART_OF_DAY.get(partKey);
            start = s.start(s.token(i), partKey, partKey);
            p++;
        }
        if (s.on(p) != null && s.token(p).hasCandidate(TimeWords.DAY_NOUN) && s.token(p).key().length() <= 4) {
            if (partKey == null) {
                start = s.start(s.token(p), TimeWords.DAY_NOUN, TimeWords.DAY_NOUN);
            }
            p++;
        }
        Integer weekday = null;
        LexiconMatch wd = s.match(p, EntryKind.WEEKDAY);
        if (wd != null && dateFollows(s, wd.tokens().end())) {
            weekday = DayPhrases.weekdayIso(wd);
            if (p == i) {
                start = wd.span().start();
            }
            p = wd.tokens().end();
            if (s.on(p) != null && s.token(p).isComma()) {
                p++;
            }
            if (s.on(p) != null && s.token(p).key().equals("الموافق")) {
                p++;
            }
        }
        int[] numeric = numericDate(s, p);
        if (numeric != null) {
            return numericFound(s, p == i ? s.token(p).span().start() : start, numeric, numeric[3], weekday, part);
        }
        // the days: one, or a range
        Integer day = null;
        Integer lastDay = null;
        Token t = s.on(p);
        if (t == null) {
            return null;
        }
        if ((t.key().equals("بين") || t.key().equals("من")) && s.integer(p + 1) != null) {
            int q = p + 2;
            boolean and = t.key().equals("بين") && s.on(q) != null && s.token(q).key().equals("و");
            boolean to = t.key().equals("من") && s.on(q) != null && (s.token(q).key().equals("الي")
                    || s.token(q).surface().equals("-"));
            if ((and || to) && s.integer(q + 1) != null && s.match(q + 2, EntryKind.MONTH) != null) {
                if (p == i) {
                    start = t.span().start();
                }
                day = s.integer(p + 1);
                lastDay = s.integer(q + 1);
                p = q + 2;
            }
        }
        if (day == null && s.integer(p) != null && s.match(p + 1, EntryKind.MONTH) != null) {
            if (p == i) {
                start = s.token(p).span().start();
            }
            day = s.integer(p);
            p++;
        }
        LexiconMatch month = s.match(p, EntryKind.MONTH);
        if (month == null || month.candidate().suffix() > 0) {
            return null;
        }
        LexiconEntry entry = monthEntry(month);
        String system = entry.attribute("system");
        if (system.equals("persian")) {
            return null;
        }
        int m = Integer.parseInt(entry.attribute("month"));
        if (p == i) {
            start = month.span().start();
        }
        p = month.tokens().end();
        // تشرين الثاني ( 27 / 11 / 1946 ): the month named, then the date in digits
        if (s.on(p) != null && s.token(p).surface().equals("(") && day == null) {
            int[] inner = numericDate(s, p + 1);
            if (inner != null && inner[1] == m && s.on(inner[3]) != null && s.token(inner[3]).surface().equals(")")
                    && !system.equals("hijri")) {
                return numericFound(s, start, inner, inner[3] + 1, weekday, part);
            }
        }
        // شباط/فبراير: the same month in a second system
        if (s.on(p) != null && s.token(p).surface().equals("/")) {
            LexiconMatch again = s.match(p + 1, EntryKind.MONTH);
            if (again != null && !monthEntry(again).attribute("system").equals("hijri")
                    && Integer.parseInt(monthEntry(again).attribute("month")) == m) {
                p = again.tokens().end();
            }
        }
        Integer year = null;
        boolean hijri = system.equals("hijri");
        int[] y = s.year(p);
        if (y != null && (hijri ? y[0] >= 1300 && y[0] <= 1600 : y[0] >= 1000 && y[0] <= 2200)) {
            year = y[0];
            p = y[1];
            if (s.isHijriMark(p) || s.isGregorianMark(p)) {
                p++;
            }
        }
        int direction = 0;
        Token next = s.on(p);
        if (year == null && next != null && TimeWords.PAST.contains(next.key())) {
            direction = -1;
            p++;
        } else if (year == null && next != null && TimeWords.NEXT.contains(next.key())) {
            direction = 1;
            p++;
        }
        if (day == null && year == null && entry.has(Flags.COMMON_WORD)) {
            return null; // آب، رمضان alone are words more often than months
        }
        CharSpan span = new CharSpan(start, s.token(p - 1).span().end());
        String conflict = null;
        String value;
        if (hijri) {
            value = hijriValue(s, year, m, day, lastDay);
        } else {
            if (year == null && s.published != null) {
                year = yearFor(s.published, m, day == null ? 1 : day, direction);
            }
            value = gregorianValue(year, m, day, lastDay);
            if (weekday != null && year != null && day != null && lastDay == null) {
                LocalDate d = date(year, m, day);
                if (d != null && d.getDayOfWeek().getValue() != weekday) {
                    conflict = TimeValues.weekdayConflict(weekday, d);
                }
            }
        }
        if (value != null && part != null && value.length() == 10) {
            value += part;
        }
        return new TimeRecognizer.Found(p, span, value, null, conflict);
    }

    /** D/M/YYYY or D-M-YYYY (the year bare or in parentheses): {day, month, year, index after it}, or null. */
    private static int[] numericDate(TimeScan s, int p) {
        Integer d = s.integer(p);
        Token sep = s.on(p + 1);
        if (d == null || sep == null || !(sep.surface().equals("/") || sep.surface().equals("-"))) {
            return null;
        }
        Integer m = s.integer(p + 2);
        Token sep2 = s.on(p + 3);
        if (m == null || sep2 == null || !sep2.surface().equals(sep.surface())) {
            return null;
        }
        int[] y = s.year(p + 4);
        if (y == null || y[0] < 1000 || y[0] > 2200 || d < 1 || d > 31 || m < 1 || m > 12) {
            return null;
        }
        return new int[] {d, m, y[0], y[1]};
    }

    private static TimeRecognizer.Found numericFound(TimeScan s, int start, int[] date, int end,
                                                     Integer weekday, String part) {
        if (s.isGregorianMark(end)) {
            end++;
        }
        LocalDate d = date(date[2], date[1], date[0]);
        String value = d == null ? null : d + (part == null ? "" : part);
        String conflict = d != null && weekday != null && d.getDayOfWeek().getValue() != weekday
                ? TimeValues.weekdayConflict(weekday, d) : null;
        return new TimeRecognizer.Found(end, new CharSpan(start, s.token(end - 1).span().end()), value, null, conflict);
    }

    private static int yearFor(LocalDate published, int month, int day, int direction) {
        if (direction < 0) {
            return month < published.getMonthValue() || month == published.getMonthValue() && day < published.getDayOfMonth()
                    ? published.getYear() : published.getYear() - 1;
        }
        if (direction > 0) {
            return month > published.getMonthValue() || month == published.getMonthValue() && day > published.getDayOfMonth()
                    ? published.getYear() : published.getYear() + 1;
        }
        return TimeValues.nearestYear(published, month, day);
    }

    private static String gregorianValue(Integer year, int month, Integer day, Integer lastDay) {
        if (day == null) {
            return year == null ? String.format(java.util.Locale.ROOT, "XXXX-%02d", month) : YearMonth.of(year, month).toString();
        }
        if (year == null) {
            String v = String.format(java.util.Locale.ROOT, "XXXX-%02d-%02d", month, day);
            return lastDay == null ? v : v + "/" + String.format(java.util.Locale.ROOT, "XXXX-%02d-%02d", month, lastDay);
        }
        LocalDate d = date(year, month, day);
        if (d == null) {
            return null;
        }
        if (lastDay == null) {
            return d.toString();
        }
        LocalDate e = date(year, month, lastDay);
        return e == null || e.isBefore(d) ? null : d + "/" + e;
    }

    private static String hijriValue(TimeScan s, Integer year, int month, Integer day, Integer lastDay) {
        if (year == null) {
            if (s.published == null) {
                return null;
            }
            year = TimeValues.hijriYearOf(s.published);
        }
        if (day == null) {
            return TimeValues.hijriMonth(year, month);
        }
        LocalDate d = TimeValues.hijri(year, month, day);
        if (d == null) {
            return null;
        }
        if (lastDay == null) {
            return d.toString();
        }
        LocalDate e = TimeValues.hijri(year, month, lastDay);
        return e == null ? null : d + "/" + e;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The month entry of a match (a form naming months in two systems gives the first). */
    private static LexiconEntry monthEntry(LexiconMatch m) {
        return MatchIndex.entry(m, EntryKind.MONTH);
    }
}
