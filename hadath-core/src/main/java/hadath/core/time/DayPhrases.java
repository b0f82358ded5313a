package hadath.core.time;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.MatchIndex;
import hadath.core.text.CharSpan;
import hadath.core.tokenize.Token;
import java.time.LocalDate;

/**
 * Day words and weekdays, resolved against the publication date: [part of day] [يوم] (اليوم | أمس | أول من
 * أمس | أمس الأول | غداً | بعد غد | weekday [الماضي | المقبل]) [weekday in apposition] [part of day].
 *
 * <p>اليوم followed by a word with the article (اليوم التالي، اليوم العالمي) is not today; a weekday in
 * apposition (اليوم (الاثنين), أمس الأحد) that the publication date contradicts wins, since articles are often
 * dated the day after they were written, and the contradiction is reported. A bare weekday is the latest such
 * day on or before publication; الماضي takes the one before, المقبل the one after.
 */
final class DayPhrases {

    /** Words with ال after اليوم that do not make it "the day of": إلى, relative pronouns. */
    private static final java.util.Set<String> NOT_ADJECTIVES = java.util.Set.of("الذي", "التي", "الذين");

    private DayPhrases() {
    }

    static TimeRecognizer.Found read(TimeScan s, int i) {
        int p = i;
        String part = null;
        Token first = s.token(i);
        String partKey = TimeWords.find(first, TimeWords.PART_OF_DAY.keySet());
        if (partKey != null) {
            part = TimeWords.PART_OF_DAY.get(partKey);
            p++;
        }
        int start = partKey != null ? s.start(first, partKey, partKey) : -1;
        Token t = s.on(p);
        if (t != null && t.hasCandidate(TimeWords.DAY_NOUN) && t.key().length() <= 4
                && (s.entry(p + 1, EntryKind.WEEKDAY) != null || dayWord(s, p + 1) != null)) {
            start = start < 0 ? s.start(t, TimeWords.DAY_NOUN, TimeWords.DAY_NOUN) : start;
            p++;
        }
        if (p > i && s.on(p) == null || p >= s.size()) {
            return null;
        }
        int[] day = dayWord(s, p);
        if (day != null) {
            start = start < 0 ? day[2] : start;
            return resolveDayWord(s, i, p, day, part, start);
        }
        LexiconMatch weekday = s.match(p, EntryKind.WEEKDAY);
        if (weekday == null || Dates.dateFollows(s, weekday.tokens().end())) {
            return null;
        }
        start = start < 0 ? weekday.span().start() : start;
        return resolveWeekday(s, weekday, part, start);
    }

    /** {offset in days, end token, start char} of the day word at {@code p}, or null. */
    static int[] dayWord(TimeScan s, int p) {
        Token t = s.on(p);
        if (t == null) {
            return null;
        }
        if (t.hasCandidate("اول") && t.key().length() <= 4) {
            Token next = s.on(p + 1);
            if (next != null && next.key().equals("من") && s.on(p + 2) != null && s.token(p + 2).key().equals("امس")) {
                return new int[] {-2, p + 3, s.start(t, "اول", "اول")};
            }
            if (next != null && next.key().equals("امس")) {
                return new int[] {-2, p + 2, s.start(t, "اول", "اول")};
            }
            return null;
        }
        if (t.hasCandidate("امس")) {
            Token next = s.on(p + 1);
            if (next != null && next.key().equals("الاول")) {
                return new int[] {-2, p + 2, s.start(t, "امس", "امس")};
            }
            return new int[] {-1, p + 1, s.start(t, "امس", "امس")};
        }
        if (t.hasCandidate("غدا")) {
            return new int[] {1, p + 1, s.start(t, "غدا", "غدا")};
        }
        if (t.hasCandidate("بعد") && t.key().length() <= 4 && s.on(p + 1) != null
                && (s.token(p + 1).key().equals("غد") || s.token(p + 1).key().equals("غدا"))) {
            return new int[] {2, p + 2, s.start(t, "بعد", "بعد")};
        }
        if (t.hasCandidate("اليوم")) {
            Token next = s.on(p + 1);
            if (next != null && next.key().startsWith("ال") && next.key().length() > 3
                    && !NOT_ADJECTIVES.contains(next.key()) && s.entry(p + 1, EntryKind.WEEKDAY) == null
                    && !TimeWords.PART_OF_DAY.containsKey(next.key())) {
                return null; // اليوم التالي، اليوم الأول، اليوم العالمي
            }
            return new int[] {0, p + 1, s.start(t, "اليوم", "اليوم")};
        }
        return null;
    }

    private static TimeRecognizer.Found resolveDayWord(TimeScan s, int i, int p, int[] day, String part,
                                                       int start) {
        int end = day[1];
        Integer stated = null;
        // a weekday in apposition: اليوم (الاثنين)، أمس الأحد
        int q = end;
        boolean paren = s.on(q) != null && s.token(q).surface().equals("(");
        LexiconMatch weekday = s.match(paren ? q + 1 : q, EntryKind.WEEKDAY);
        if (weekday != null) {
            int after = weekday.tokens().end();
            if (!paren || s.on(after) != null && s.token(after).surface().equals(")")) {
                stated = weekdayIso(weekday);
                end = paren ? after + 1 : after;
            }
        }
        if (part == null && s.on(end) != null && TimeWords.PART_OF_DAY_AFTER.contains(s.token(end).key())) {
            part = TimeWords.PART_OF_DAY.get(s.token(end).key());
            end++;
        }
        CharSpan span = new CharSpan(start, s.token(end - 1).span().end());
        if (s.published == null) {
            return new TimeRecognizer.Found(end, span, null, TimeValues.offset(day[0], 'D'), null);
        }
        LocalDate date = s.published.plusDays(day[0]);
        String conflict = null;
        if (stated != null && date.getDayOfWeek().getValue() != stated) {
            conflict = TimeValues.weekdayConflict(stated, date);
            date = TimeValues.nearestWeekday(date, stated);
        }
        return new TimeRecognizer.Found(end, span, date + (part == null ? "" : part), null, conflict);
    }

    private static TimeRecognizer.Found resolveWeekday(TimeScan s, LexiconMatch weekday, String part,
                                                       int start) {
        int iso = weekdayIso(weekday);
        int end = weekday.tokens().end();
        int direction = 0;
        Token next = s.on(end);
        if (next != null && TimeWords.PAST.contains(next.key())) {
            direction = -1;
            end++;
        } else if (next != null && TimeWords.NEXT.contains(next.key())) {
            direction = 1;
            end++;
        }
        if (part == null && s.on(end) != null && TimeWords.PART_OF_DAY_AFTER.contains(s.token(end).key())) {
            part = TimeWords.PART_OF_DAY.get(s.token(end).key());
            end++;
        }
        CharSpan span = new CharSpan(start, s.token(end - 1).span().end());
        if (s.published == null) {
            return new TimeRecognizer.Found(end, span, null, null, null);
        }
        LocalDate d = s.published;
        if (direction > 0) {
            do {
                d = d.plusDays(1);
            } while (d.getDayOfWeek().getValue() != iso);
        } else {
            if (direction < 0) {
                d = d.minusDays(1);
            }
            while (d.getDayOfWeek().getValue() != iso) {
                d = d.minusDays(1);
            }
        }
        return new TimeRecognizer.Found(end, span, d + (part == null ? "" : part), null, null);
    }

    /** The ISO day number (1 = Monday) of a weekday match. */
    static int weekdayIso(LexiconMatch m) {
        LexiconEntry e = MatchIndex.entry(m, EntryKind.WEEKDAY);
        return Integer.parseInt(e.attribute("iso"));
    }
}
