package hadath.core.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicon matches of a document by the token they start at, for stages that ask "is there a month (a
 * currency, a number word) here?" while walking the tokens. Immutable.
 */
public final class MatchIndex {

    private final Map<Integer, LexiconMatch> byStart = new HashMap<>();

    private MatchIndex(List<LexiconMatch> matches) {
        for (LexiconMatch m : matches) {
            byStart.putIfAbsent(m.tokens().start(), m);
        }
    }

    /** Indexes matches such as {@link TokenMatcher#matchAll} gives: at most one per start token is kept. */
    public static MatchIndex of(List<LexiconMatch> matches) {
        return new MatchIndex(matches);
    }

    /** The match starting at {@code token} if it has an entry of {@code kind}, else null. */
    public LexiconMatch at(int token, EntryKind kind) {
        LexiconMatch m = byStart.get(token);
        return m != null && entry(m, kind) != null ? m : null;
    }

    /** The first entry of {@code kind} in a match, or null. */
    public static LexiconEntry entry(LexiconMatch m, EntryKind kind) {
        for (LexiconEntry e : m.entries()) {
            if (e.kind() == kind) {
                return e;
            }
        }
        return null;
    }
}
