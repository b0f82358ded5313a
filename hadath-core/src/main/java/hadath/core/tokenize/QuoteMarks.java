package hadath.core.tokenize;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Pairs quotation marks. Pure: the result is an array {@code partner} where {@code partner[i]} is the
 * index of the token that closes (or opens) the quote token {@code i}, or -1.
 *
 * <p>News text mismatches its marks often: a closing » with no opening one (the reporter closed a quote
 * opened in an earlier paragraph), «...” pairs, and reversed »...« in some sources. The rules: « “ „ ‹ ‘ ‚
 * open; » ” › ’ close the nearest open mark of a compatible kind («/» with each other, the curly double
 * quotes and „ with each other, ‹/› and the single curly quotes), and every open mark above it stays
 * unpaired; " and ' close the nearest open mark of the same character or else open one; ' pairs only
 * within a line, because it is also an apostrophe. A mark that finds no partner is left unpaired and
 * does not count as a quote.
 */
public final class QuoteMarks {

    private QuoteMarks() {
    }

    public static int[] pair(List<Token> tokens) {
        int[] partner = new int[tokens.size()];
        Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (Token t : tokens) {
            if (t.newlineBefore()) {
                open.removeIf(o -> tokens.get(o).surface().equals("'"));
            }
            if (!t.is(TokenKind.QUOTE)) {
                continue;
            }
            char c = t.surface().charAt(0);
            int i = t.index();
            if (c == '"' || c == '\'') {
                Integer match = findOpen(open, tokens, c);
                if (match != null) {
                    close(open, partner, match, i);
                } else {
                    open.push(i);
                }
            } else if (c == '“' && findOpen(open, tokens, '„') != null) {
                close(open, partner, findOpen(open, tokens, '„'), i); // German-style „...“
            } else if (isOpening(c)) {
                open.push(i);
            } else {
                Integer match = findOpen(open, tokens, c);
                if (match != null) {
                    close(open, partner, match, i);
                }
            }
        }
        return partner;
    }

    private static boolean isOpening(char c) {
        return c == '«' || c == '“' || c == '„' || c == '‹' || c == '‘' || c == '‚' || c == '‟';
    }

    private static String family(char c) {
        return switch (c) {
            case '«', '»' -> "«»";
            case '“', '”', '„', '‟' -> "“”„‟";
            case '‹', '›' -> "‹›";
            case '‘', '’', '‚' -> "‘’‚";
            default -> String.valueOf(c);
        };
    }

    private static Integer findOpen(Deque<Integer> open, List<Token> tokens, char closing) {
        String family = family(closing);
        for (Integer o : open) { // iterates from the top of the stack
            if (family.indexOf(tokens.get(o).surface().charAt(0)) >= 0) {
                return o;
            }
        }
        return null;
    }

    private static void close(Deque<Integer> open, int[] partner, int opener, int closer) {
        while (!open.isEmpty() && open.peek() != null && open.peek().intValue() != opener) {
            open.pop();
        }
        open.pop();
        partner[opener] = closer;
        partner[closer] = opener;
    }
}
