package hadath.core.time;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.MatchIndex;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds time expressions and resolves them against the publication date. Pure and thread-safe.
 *
 * <p>Rules, tried in this order at each token (the first that reads wins, and reading resumes after it):
 * <ol>
 *   <li>day words ({@link DayPhrases}): اليوم، أمس، أول من أمس، غداً، بعد غد and weekdays (الأحد الماضي), with
 *       a part of day (مساء → TEV) and a weekday in apposition (اليوم (الاثنين)); a weekday that contradicts
 *       the publication date wins and the contradiction is reported as {@code conflict};</li>
 *   <li>dates ({@link Dates}): [weekday] [day or range] month [year] [هـ] in the Levantine, Egyptian, Maghrebi
 *       and Hijri month names, Hijri converted with {@link java.time.chrono.HijrahDate};</li>
 *   <li>years: عام/العام/سنة + year, bare or in parentheses, with هـ/هجري or م/ميلادي after it; a bare year
 *       (1800–2100) after a preposition (في، منذ، حتى ...: the span is the year alone) or in parentheses; a
 *       year with هـ;</li>
 *   <li>relative periods: الأسبوع/الشهر/العام الماضي/المقبل/الجاري, هذا العام;</li>
 *   <li>offsets: قبل/منذ/بعد + count + period (قبل ثلاثة أيام، منذ أسبوعين).</li>
 * </ol>
 * Without a publication date relative expressions keep {@code value} null and give {@code relative} (-P2D).
 */
public final class TimeRecognizer {

    /** A reading: the tokens up to {@code end}, its characters, and its value, offset and conflict. */
    record Found(int end, CharSpan span, String value, String relative, String conflict) {
    }

    public List<TimeExpression> recognize(Document doc, List<Token> tokens, List<LexiconMatch> matches) {
        TimeScan scan = new TimeScan(tokens, MatchIndex.of(matches), doc.published());
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found f = read(scan, i);
            if (f == null || f.end() <= i) {
                i++;
                continue;
            }
            out.add(new TimeExpression("T" + (out.size() + 1), f.span(), doc.slice(f.span()), f.value(), f.relative(),
                    f.conflict()));
            i = f.end();
        }
        return out;
    }

    private static Found read(TimeScan s, int i) {
        Found f = DayPhrases.read(s, i);
        if (f == null) {
            f = Dates.read(s, i);
        }
        if (f == null) {
            f = year(s, i);
        }
        if (f == null) {
            f = period(s, i);
        }
        if (f == null) {
            f = offset(s, i);
        }
        return f;
    }

    /** عام 2020، العام 2020، سنة ( 1935 ) م، لعام 2020، في 2020، منذ 2011، ( 1948 )، 1442 هـ. */
    private static Found year(TimeScan s, int i) {
        Token t = s.token(i);
        String noun = TimeWords.find(t, TimeWords.YEAR_NOUNS);
        if (noun != null && t.key().length() <= noun.length() + 3 && s.year(i + 1) != null) {
            Found y = yearNumber(s, i + 1, s.start(t, "ال" + noun, noun));
            if (y != null) {
                return y;
            }
        }
        boolean afterPreposition = TimeWords.isAny(t, TimeWords.YEAR_PREPOSITIONS) && t.key().length() <= 5;
        if (afterPreposition && s.year(i + 1) != null && !s.unitFollows(s.year(i + 1)[1])) {
            int at = i + 1;
            Found y = yearNumber(s, at, s.token(at).span().start());
            return y != null && y.value() != null && y.value().length() == 4 && isModern(y.value()) ? y : null;
        }
        boolean parenthesised = t.surface().equals("(") && s.integer(i + 1) != null;
        if (parenthesised && (i == 0 || !s.token(i - 1).is(TokenKind.NUMBER)) && s.year(i) != null
                && !s.unitFollows(s.year(i)[1])) {
            Found y = yearNumber(s, i, t.span().start());
            return y != null && y.value() != null && y.value().length() == 4 && isModern(y.value()) ? y : null;
        }
        if (s.isNumber(i) && s.isHijriMark(i + 1) && (i == 0 || !s.isNumber(i - 1))) {
            return yearNumber(s, i, t.span().start());
        }
        return null;
    }

    /** A bare number is taken for a year only in the range news writes about. */
    private static boolean isModern(String year) {
        int y = Integer.parseInt(year);
        return y >= 1800 && y <= 2100;
    }

    private static Found yearNumber(TimeScan s, int n, int start) {
        int[] number = s.year(n);
        if (number == null) {
            return null;
        }
        int year = number[0];
        int after = number[1];
        if (s.isHijriMark(after)) {
            if (year < 1300 || year > 1600) {
                return null;
            }
            return new Found(after + 1, new CharSpan(start, s.token(after).span().end()), TimeValues.hijriYear(year),
                    null, null);
        }
        if (year < 1000 || year > 2200) {
            return null;
        }
        int end = s.isGregorianMark(after) ? after + 1 : after;
        return new Found(end, new CharSpan(start, s.token(end - 1).span().end()), String.valueOf(year), null, null);
    }

    /** الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام. */
    private static Found period(TimeScan s, int i) {
        Token t = s.token(i);
        int nounAt = i;
        boolean demonstrative = t.key().equals("هذا") || t.key().equals("هذه");
        if (demonstrative) {
            nounAt = i + 1;
        }
        if (nounAt >= s.size()) {
            return null;
        }
        Token noun = s.token(nounAt);
        String key = TimeWords.find(noun, TimeWords.DEFINITE_PERIODS.keySet());
        if (key == null || demonstrative && !noun.key().equals(key)) {
            return null;
        }
        int direction;
        int end;
        if (demonstrative) {
            direction = 0;
            end = nounAt + 1;
        } else if (nounAt + 1 < s.size() && !s.token(nounAt + 1).newlineBefore()) {
            String adj = s.token(nounAt + 1).key();
            direction = TimeWords.PAST.contains(adj) ? -1 : TimeWords.NEXT.contains(adj) ? 1
                    : TimeWords.CURRENT.contains(adj) ? 0 : 2;
            end = nounAt + 2;
        } else {
            return null;
        }
        if (direction == 2) {
            return null;
        }
        char unit = TimeWords.DEFINITE_PERIODS.get(key);
        int start = demonstrative ? t.span().start() : s.start(noun, key, key);
        CharSpan span = new CharSpan(start, s.token(end - 1).span().end());
        return s.shifted(end, span, direction, unit);
    }

    /** قبل ثلاثة أيام، منذ أسبوعين، بعد شهر. */
    private static Found offset(TimeScan s, int i) {
        Token t = s.token(i);
        int sign;
        String key;
        if (t.hasCandidate("قبل")) {
            sign = -1;
            key = "قبل";
        } else if (t.hasCandidate("منذ")) {
            sign = -1;
            key = "منذ";
        } else if (t.hasCandidate("بعد")) {
            sign = 1;
            key = "بعد";
        } else {
            return null;
        }
        int p = i + 1;
        Integer count = null;
        if (p < s.size()) {
            Integer n = s.count(p);
            if (n != null) {
                count = n;
                p = s.countEnd(p);
            }
        }
        if (p >= s.size()) {
            return null;
        }
        TimeWords.Period period = TimeWords.PERIODS.get(s.token(p).key());
        if (period == null || s.token(p).newlineBefore()) {
            return null;
        }
        int n = count != null ? count : period.count();
        if (n <= 0 || count != null && period.count() == 2) {
            return null; // قبل أيام: a few days, not a date
        }
        if (s.isNumber(p + 1) || s.match(p + 1, EntryKind.MONTH) != null || sign > 0 && p + 1 < s.size()
                && (s.token(p + 1).key().equals("من") || s.token(p + 1).key().equals("علي"))) {
            return null; // منذ عام 2011 is a year, قبل شهر رمضان a month; بعد ثلاثة أيام من الهجوم counts from the attack
        }
        CharSpan span = new CharSpan(s.start(t, key, key), s.token(p).span().end());
        return s.shifted(p + 1, span, sign * n, period.unit());
    }
}
