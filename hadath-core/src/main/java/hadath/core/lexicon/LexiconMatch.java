package hadath.core.lexicon;

import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A run of tokens that spells one or more lexicon entries.
 *
 * @param tokens    the tokens matched
 * @param span      the characters of the name itself, without the clitics around it (بوتين in وبوتين)
 * @param entries   every entry with this spelling (تونس: the country and its capital)
 * @param candidate the lookup candidate of the first token that matched; literal when no clitic was stripped
 */
public record LexiconMatch(TokenRange tokens, CharSpan span, List<LexiconEntry> entries, Candidate candidate) {

    public LexiconMatch {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a match names at least one entry");
        }
    }

    /**
     * Of where the match is and how it was looked up, which equal matches share; the record's own hash went
     * through every field of every entry, and the event coder keeps its split phrases in a hash set.
     */
    @Override
    public int hashCode() {
        return (tokens.hashCode() * 31 + span.hashCode()) * 31 + candidate.hashCode();
    }

    private static boolean names(LexiconMatch m, Set<EntryKind> kinds) {
        for (int i = 0; i < m.entries().size(); i++) {
            if (kinds.contains(m.entries().get(i).kind())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the first match starting at token {@code token} or later, in matches sorted by their start
     * (as {@link TokenMatcher#matchAll} gives them); {@code matches.size()} when there is none.
     */
    public static int firstStartingAt(List<LexiconMatch> matches, int token) {
        return hadath.core.text.Sorted.firstAtLeast(matches.size(), i -> matches.get(i).tokens().start(), token);
    }

    /** Which of {@code tokenCount} tokens lie inside a match naming an entry of one of {@code kinds}. */
    public static boolean[] covering(int tokenCount, List<LexiconMatch> matches, Set<EntryKind> kinds) {
        boolean[] in = new boolean[tokenCount];
        for (LexiconMatch m : matches) {
            if (names(m, kinds)) {
                for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                    in[i] = true;
                }
            }
        }
        return in;
    }

    /** Keeps the longest matches first, then the leftmost, dropping any that overlap one already kept. */
    public static List<LexiconMatch> longestNonOverlapping(List<LexiconMatch> matches) {
        List<LexiconMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt((LexiconMatch m) -> -m.tokens().size())
                .thenComparingInt(m -> m.tokens().start()));
        List<LexiconMatch> kept = new ArrayList<>();
        boolean[] taken = new boolean[sorted.stream().mapToInt(m -> m.tokens().end()).max().orElse(0)];
        outer:
        for (LexiconMatch m : sorted) {
            for (int t = m.tokens().start(); t < m.tokens().end(); t++) {
                if (taken[t]) {
                    continue outer;
                }
            }
            for (int t = m.tokens().start(); t < m.tokens().end(); t++) {
                taken[t] = true;
            }
            kept.add(m);
        }
        kept.sort(Comparator.comparingInt(m -> m.tokens().start()));
        return kept;
    }
}
