package hadath.core.sentence;

import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.QuoteMarks;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tokens into sentences. Pure and thread-safe.
 *
 * <p>Rules:
 * <ul>
 *   <li>a line break always ends a sentence: a headline or a dateline is a sentence of its own;</li>
 *   <li>. ؟ ? ! ؛ end a sentence, together with any closing marks right after them (؟!» or .)),
 *       except inside a paired quotation («... انتهى. ثم ...» stays in the outer sentence) — unpaired
 *       marks do not count ({@link QuoteMarks});</li>
 *   <li>a dot is no end when it follows a one-letter word (د. محمد، أ.ف.ب، U.S.), a known Latin
 *       abbreviation (Mr. Dr.), or when a letter or digit follows it with no space (example.com);</li>
 *   <li>an ellipsis (... or …) does not end a sentence unless a line break follows; two dots and a space do
 *       (the press joins two headlines with them: تدينان الهجوم.. ومجلس الأمن يطالب).</li>
 * </ul>
 */
public final class SentenceSplitter {

    private static final Set<String> TERMINALS = Set.of(".", "؟", "?", "!", "؛");
    private static final Set<String> LATIN_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no",
            "vs", "jr", "sr", "gen", "col", "lt", "sgt", "inc", "ltd", "co");
    private static final String CLOSERS = "»”›’)]}\"'";

    public List<Sentence> split(List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        if (tokens.isEmpty()) {
            return sentences;
        }
        int[] partner = QuoteMarks.pair(tokens);
        int[] depth = quoteDepth(partner);
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > start && tokens.get(i).newlineBefore()) {
                sentences.add(sentence(sentences.size(), tokens, start, i));
                start = i;
            }
            if (isTerminal(tokens, i) && depth[i] == 0) {
                int end = i + 1;
                while (end < tokens.size() && !tokens.get(end).spaceBefore() && isCloser(tokens.get(end))
                        && (partner[end] < 0 || partner[end] < i)) {
                    end++;
                }
                sentences.add(sentence(sentences.size(), tokens, start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < tokens.size()) {
            sentences.add(sentence(sentences.size(), tokens, start, tokens.size()));
        }
        return sentences;
    }

    /** How many paired quotations each token lies strictly inside. */
    private static int[] quoteDepth(int[] partner) {
        int[] depth = new int[partner.length];
        int current = 0;
        for (int i = 0; i < partner.length; i++) {
            if (partner[i] > i) {
                depth[i] = current;
                current++;
            } else if (partner[i] >= 0) {
                current--;
                depth[i] = current;
            } else {
                depth[i] = current;
            }
        }
        return depth;
    }

    private static boolean isCloser(Token t) {
        return (t.is(TokenKind.QUOTE) || t.is(TokenKind.PUNCTUATION)) && (CLOSERS.contains(t.surface())
                || TERMINALS.contains(t.surface()));
    }

    private static boolean isTerminal(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String s = t.surface();
        if (s.equals("..") && i + 1 < tokens.size() && tokens.get(i + 1).spaceBefore()) {
            return true; // السعودية والأردن تدينان الهجوم.. ومجلس الأمن يطالب: two dots join two headlines
        }
        if (s.startsWith(".") && s.length() > 1 || s.equals("…")) {
            return i + 1 < tokens.size() && tokens.get(i + 1).newlineBefore();
        }
        if (!TERMINALS.contains(s)) {
            return false;
        }
        if (s.equals(".")) {
            if (i > 0 && !t.spaceBefore()) {
                Token prev = tokens.get(i - 1);
                if (prev.isWord() && (prev.key().length() == 1 || LATIN_ABBREVIATIONS.contains(prev.key()))) {
                    return false;
                }
            }
            if (i + 1 < tokens.size()) {
                Token next = tokens.get(i + 1);
                if (!next.spaceBefore() && (next.isWord() || next.is(TokenKind.NUMBER))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Sentence sentence(int index, List<Token> tokens, int from, int to) {
        CharSpan span = new CharSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        return new Sentence(index, span, new TokenRange(from, to));
    }
}
