package hadath.core.time;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.MatchIndex;
import hadath.core.text.CharSpan;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The tokens, the lexicon matches and the anchor of one document, for the readers of {@link TimeRecognizer}. */
final class TimeScan {
    private final List<Token> tokens;
    private final MatchIndex matches;
    final LocalDate published;

    TimeScan(List<Token> tokens, MatchIndex matches, LocalDate published) {
        this.tokens = tokens;
        this.matches = matches;
        this.published = published;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** Token {@code i} if it continues the line, else null. */
    Token on(int i) {
        return i < tokens.size() && !tokens.get(i).newlineBefore() ? tokens.get(i) : null;
    }

    LexiconMatch match(int i, EntryKind kind) {
        return i < tokens.size() && !tokens.get(i).newlineBefore() ? matches.at(i, kind) : null;
    }

    LexiconEntry entry(int i, EntryKind kind) {
        LexiconMatch m = match(i, kind);
        return m == null ? null : MatchIndex.entry(m, kind);
    }

    boolean isNumber(int i) {
        return on(i) != null && tokens.get(i).is(TokenKind.NUMBER);
    }

    /** One to four ASCII digits (String.matches compiled a regex on every number of the text). */
    private static boolean isShortInteger(String key) {
        if (key.isEmpty() || key.length() > 4) {
            return false;
        }
        for (int c = 0; c < key.length(); c++) {
            if (key.charAt(c) < '0' || key.charAt(c) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The integer a digits token spells (with no separator), or null. */
    Integer integer(int i) {
        if (!isNumber(i) || !isShortInteger(tokens.get(i).key())) {
            return null;
        }
        return Integer.valueOf(tokens.get(i).key());
    }

    /** A count before a period noun: digits or a number word (ثلاثة، عشرة), or null. */
    Integer count(int i) {
        Integer n = integer(i);
        if (n != null) {
            return n;
        }
        LexiconEntry e = entry(i, EntryKind.NUMBER_WORD);
        if (e != null && "cardinal".equals(e.attribute("kind")) && match(i, EntryKind.NUMBER_WORD).candidate().isLiteral()) {
            double v = Double.parseDouble(e.attribute("value"));
            return v == Math.rint(v) && v > 0 ? (int) v : null;
        }
        return null;
    }

    int countEnd(int i) {
        return isNumber(i) ? i + 1 : match(i, EntryKind.NUMBER_WORD).tokens().end();
    }

    boolean isHijriMark(int i) {
        Token t = on(i);
        return t != null && TimeWords.HIJRI_MARKS.contains(t.key());
    }

    boolean isGregorianMark(int i) {
        Token t = on(i);
        return t != null && TimeWords.GREGORIAN_MARKS.contains(t.key());
    }

    /**
     * The year-like number at {@code i}, bare or in parentheses (عام ( 1976 )): {value, index after it}, or
     * null.
     */
    int[] year(int i) {
        Integer n = integer(i);
        if (n != null) {
            return new int[] {n, i + 1};
        }
        Token open = on(i);
        if (open != null && open.surface().equals("(") && integer(i + 1) != null && on(i + 2) != null
                && tokens.get(i + 2).surface().equals(")")) {
            return new int[] {integer(i + 1), i + 3};
        }
        return null;
    }

    /** Whether a unit, currency, month or percent follows, so the number before is not a year. */
    boolean unitFollows(int i) {
        Token t = on(i);
        return t != null && (t.surface().equals("%") || t.surface().equals("٪") || match(i, EntryKind.UNIT) != null
                || match(i, EntryKind.CURRENCY) != null || match(i, EntryKind.MONTH) != null
                || match(i, EntryKind.NUMBER_WORD) != null || TimeWords.PERIODS.containsKey(t.key()));
    }

    /** Where the word {@code preferred} (else {@code fallback}) starts inside {@code t}, clitics left out. */
    int start(Token t, String preferred, String fallback) {
        for (String k : new String[] {preferred, fallback}) {
            for (Candidate c : t.candidates()) {
                if (c.key().equals(k)) {
                    return t.inner(c.prefix(), 0).start();
                }
            }
        }
        return t.span().start();
    }

    /** A period {@code amount} units from publication: resolved when it is known, else an offset. */
    TimeRecognizer.Found shifted(int end, CharSpan span, int amount, char unit) {
        if (published == null) {
            return new TimeRecognizer.Found(end, span, null, TimeValues.offset(amount, unit), null);
        }
        String value = switch (unit) {
            case 'D' -> published.plusDays(amount).toString();
            case 'W' -> TimeValues.week(published.plusWeeks(amount));
            case 'M' -> TimeValues.month(YearMonth.from(published).plusMonths(amount));
            default -> published.getYear() + amount < 0 ? null
                    : String.format(java.util.Locale.ROOT, "%04d", published.getYear() + amount);
        };
        return new TimeRecognizer.Found(end, span, value, null, null);
    }

    boolean commonWord(LexiconEntry e) {
        return e.has(Flags.COMMON_WORD);
    }
}
