package hadath.core.event;

import hadath.core.quote.Quote;
import hadath.core.sentence.Sentence;
import hadath.core.text.CharSpan;
import hadath.core.text.Sorted;
import hadath.core.time.TimeExpression;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Who says a trigger and when it happened: the speaker of the quotation around it or before it, and the resolved
 * time of its sentence nearest it. Quotes and times are looked up by binary search, sorted by start once per
 * document ({@link #sortedByStart}): a 5 MB article has thousands of triggers, times and quotes.
 */
final class SpeakerAndDate {

    private SpeakerAndDate() {
    }

    /** The speaker of the quotation around the trigger; {@code quotes} sorted by start, not nested. */
    static String speakerOf(List<Quote> quotes, CharSpan trigger) {
        int i = lastStartingBy(quotes.size(), k -> quotes.get(k).span().start(), trigger.start());
        if (i >= 0 && quotes.get(i).span().contains(trigger)) {
            return quotes.get(i).speaker();
        }
        return null;
    }

    /**
     * Whether the trigger is inside a direct quotation (in quote marks); {@code quotes} sorted by start, not
     * nested. Reported speech (direct false) is not a quotation here: its clauses tell acts as facts.
     */
    static boolean inDirectQuote(List<Quote> quotes, CharSpan trigger) {
        int i = lastStartingBy(quotes.size(), k -> quotes.get(k).span().start(), trigger.start());
        return i >= 0 && quotes.get(i).direct() && quotes.get(i).span().contains(trigger);
    }

    /** The speaker of the last quotation of the sentence (from {@code sentenceStart}) that ends before {@code at}. */
    static String speakerBefore(List<Quote> quotes, int sentenceStart, int at) {
        for (int i = lastStartingBy(quotes.size(), k -> quotes.get(k).span().start(), at); i >= 0; i--) {
            Quote q = quotes.get(i);
            if (q.span().start() < sentenceStart) {
                return null;
            }
            if (q.span().end() <= at && q.speaker() != null) {
                return q.speaker();
            }
        }
        return null;
    }

    /** The resolved time of the sentence nearest the trigger; {@code times} sorted by start. */
    static TimeExpression nearestTime(List<TimeExpression> times, List<Token> tokens, Sentence sentence,
                                      int trigger) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        int at = tokens.get(trigger).span().start();
        int from = lastStartingBy(times.size(), k -> times.get(k).span().start(), sentence.span().start() - 1) + 1;
        for (int i = from; i < times.size() && times.get(i).span().start() < sentence.span().end(); i++) {
            TimeExpression t = times.get(i);
            if (t.value() != null && sentence.span().contains(t.span())) {
                int distance = Math.abs(t.span().start() - at);
                if (distance < bestDistance) {
                    best = t;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** A copy of {@code items} sorted by the start of their span, as the look-ups here need. */
    static <T> List<T> sortedByStart(List<T> items, java.util.function.Function<T, CharSpan> span) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparingInt(x -> span.apply(x).start()));
        return sorted;
    }

    /** The index of the last of {@code n} items sorted by start whose start is at most {@code at}, or -1. */
    private static int lastStartingBy(int n, java.util.function.IntUnaryOperator startOf, int at) {
        return Sorted.firstAtLeast(n, startOf, at + 1) - 1;
    }
}
