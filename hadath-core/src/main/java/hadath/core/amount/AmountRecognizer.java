package hadath.core.amount;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.MatchIndex;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.sentence.Sentence;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.time.TimeExpression;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds amounts: a number ({@link NumberParser}) followed by what it counts or measures. Pure and thread-safe.
 *
 * <p>Rules:
 * <ul>
 *   <li>an amount is a number followed by a currency (دولار alone is USD; a bare name several countries share,
 *       such as ريال or دينار, keeps a null unit rather than a guessed country), a unit of {@code units.tsv}
 *       (barrels, tonnes, people, casualties) or a percent sign or word (%، ٪، بالمئة، في المئة);</li>
 *   <li>a number with nothing after it is not an amount, nor an ordinal, nor a number inside a time expression
 *       (years and days of dates);</li>
 *   <li>نحو، حوالى، قرابة، زهاء، ما يقارب before it and تقريباً after it make it approximate; أكثر من، أقل من،
 *       ما لا يقل عن، ما لا يزيد عن give its {@code bound} ({@link Qualifiers});</li>
 *   <li>{@code about}, the thing measured ({@link Measured}), and {@code year}, the nearest year-only time in
 *       the same sentence (في عام 2020).</li>
 * </ul>
 */
public final class AmountRecognizer {

    private static final String PERCENT = "percent";
    /** المئة and المائة after في, as keys (the normaliser turns ئ into ء, so they are computed, not typed). */
    private static final java.util.Set<String> HUNDRED = KeyNormalizer.keys("المئة", "المائة");

    private final NumberParser numbers = new NumberParser();

    private record Unit(int end, CharSpan span, String unit) {
    }

    public List<Amount> recognize(Document doc, List<Token> tokens, List<Sentence> sentences,
                                  List<LexiconMatch> matches, List<TimeExpression> times) {
        MatchIndex index = MatchIndex.of(matches);
        boolean[] inTime = inTimes(tokens, times);
        List<Amount> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Qualifiers.Qualifier q = Qualifiers.at(tokens, i);
            int j = q == null ? i : q.end();
            NumberParser.Parsed n = j < tokens.size() && !inTime[j]
                    ? numbers.parse(tokens, j, index) : null;
            if (n == null || n.ordinal()) {
                i = n == null ? i + 1 : n.tokens().end();
                continue;
            }
            Unit unit = unit(tokens, n.tokens().end(), index);
            if (unit == null) {
                i = Math.max(i + 1, n.tokens().end());
                continue;
            }
            int end = unit.end();
            CharSpan span = new CharSpan(q == null ? n.span().start() : q.span().start(), unit.span().end());
            boolean approx = q != null && q.approx();
            if (end < tokens.size() && Qualifiers.isApproxAfter(tokens.get(end))) {
                approx = true;
                span = new CharSpan(span.start(), tokens.get(end).span().end());
                end++;
            }
            int first = q == null ? j : i;
            String about = Measured.about(doc, tokens, first, end);
            out.add(new Amount("A" + (out.size() + 1), span, doc.slice(span), n.value(), unit.unit(), approx, about,
                    year(tokens, sentences, times, first), q == null ? null : q.bound()));
            i = end;
        }
        return out;
    }

    /**
     * Which tokens overlap a time expression, in one sweep over both lists in text order. Asking each number
     * against every time made a long article quadratic (a 5 MB one has thousands of each).
     */
    static boolean[] inTimes(List<Token> tokens, List<TimeExpression> times) {
        List<TimeExpression> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.comparingInt(t -> t.span().start()));
        boolean[] in = new boolean[tokens.size()];
        int k = 0;
        for (TimeExpression time : sorted) {
            // tokens ending before this time starts end before every later one starts too
            while (k < tokens.size() && tokens.get(k).span().end() <= time.span().start()) {
                k++;
            }
            for (int j = k; j < tokens.size() && tokens.get(j).span().start() < time.span().end(); j++) {
                in[j] |= time.span().overlaps(tokens.get(j).span());
            }
        }
        return in;
    }

    /** What follows a number: a percent sign or word, a currency or a unit. */
    private static Unit unit(List<Token> tokens, int k, MatchIndex index) {
        if (k >= tokens.size() || tokens.get(k).newlineBefore()) {
            return null;
        }
        Token t = tokens.get(k);
        if (t.surface().equals("%") || t.surface().equals("٪")) {
            return new Unit(k + 1, t.span(), PERCENT);
        }
        if (t.key().equals("في") && k + 1 < tokens.size()
                && HUNDRED.contains(tokens.get(k + 1).key())) {
            // في is a function word, so the lexicon never starts a match on في المئة
            return new Unit(k + 2, new CharSpan(t.span().start(), tokens.get(k + 1).span().end()), PERCENT);
        }
        if (t.is(TokenKind.WORD)) {
            LexiconMatch currency = index.at(k, EntryKind.CURRENCY);
            if (currency != null && currency.candidate().prefix() == 0) {
                LexiconEntry e = MatchIndex.entry(currency, EntryKind.CURRENCY);
                String code = e.has(Flags.AMBIGUOUS) ? null : e.attribute("iso4217");
                return new Unit(currency.tokens().end(), currency.span(), code);
            }
            LexiconMatch unit = index.at(k, EntryKind.UNIT);
            if (unit != null && unit.candidate().prefix() == 0) {
                LexiconEntry e = MatchIndex.entry(unit, EntryKind.UNIT);
                String name = "percent".equals(e.attribute("kind")) && "percent".equals(e.attribute("unit"))
                        ? PERCENT : e.attribute("unit");
                return new Unit(unit.tokens().end(), unit.span(), name);
            }
        }
        return null;
    }

    /** The sentence holding token {@code token}: sentences are in text order, so a binary search finds it. */
    private static Sentence sentenceOf(List<Sentence> sentences, int token) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.tokens().end() <= token) {
                lo = mid + 1;
            } else if (s.tokens().start() > token) {
                hi = mid - 1;
            } else {
                return s.tokens().contains(token) ? s : null;
            }
        }
        return null;
    }

    /** The index of the first time starting at or after {@code start}. */
    private static int firstFrom(List<TimeExpression> times, int start) {
        return hadath.core.text.Sorted.firstAtLeast(times.size(), i -> times.get(i).span().start(), start);
    }

    /** A value that is a year alone: four ASCII digits (what the regex \\d{4} accepted). */
    static boolean isYear(String value) {
        if (value == null || value.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The nearest time in the amount's sentence whose value is a year alone (عام 2020، العام الماضي), or null. */
    private static Integer year(List<Token> tokens, List<Sentence> sentences, List<TimeExpression> times, int first) {
        CharSpan at = tokens.get(first).span();
        Sentence sentence = sentenceOf(sentences, first);
        if (sentence == null) {
            return null;
        }
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        // times are in text order: only those from the sentence's start on can lie inside it
        for (int k = firstFrom(times, sentence.span().start()); k < times.size(); k++) {
            TimeExpression t = times.get(k);
            if (t.span().start() >= sentence.span().end()) {
                break;
            }
            if (isYear(t.value()) && sentence.span().contains(t.span())) {
                int distance = Math.abs(t.span().start() - at.start());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = Integer.valueOf(t.value());
                }
            }
        }
        return best;
    }
}
