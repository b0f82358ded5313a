package hadath.core.lexicon;

import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds lexicon entries in a token list. Thread-safe: it only reads its trie.
 *
 * <p>The first token of an entry is looked up under each of its clitic candidates (وبوتين → بوتين);
 * the following tokens must match their key exactly, since Arabic attaches clitics to the first word
 * of a phrase, not to its inner words. At each start the longest entry wins, then the one found with
 * fewer clitics stripped. No match starts at a function word (وأن، على، من): spelled like a name
 * (the town Van), it is the grammatical word. Function words are compared on the strict key, which keeps
 * ى, so the preposition على does not hide the name علي.
 */
public final class TokenMatcher {

    private final TokenTrie<LexiconEntry> trie;
    private final Set<String> functionWords;
    /**
     * The function words under the ordinary key (ى folded into ي). A token's key is its strict key so folded,
     * so a token whose key is not here cannot be a function word: most tokens are rejected without computing
     * a strict key (that normalisation was a tenth of the pipeline's time).
     */
    private final Set<String> functionWordKeys;

    /** Matchers over the entries of one kind, built on first use. */
    private final java.util.concurrent.ConcurrentMap<EntryKind, TokenMatcher> byKind =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Matchers over the entries of every kind but one, built on first use. */
    private final java.util.concurrent.ConcurrentMap<EntryKind, TokenMatcher> allBut =
            new java.util.concurrent.ConcurrentHashMap<>();

    TokenMatcher(TokenTrie<LexiconEntry> trie, Set<String> functionWords) {
        this.trie = trie;
        this.functionWords = functionWords;
        this.functionWordKeys = functionWords.stream().map(KeyNormalizer::key)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The best match starting at each token where any entry starts; matches may overlap. */
    public List<LexiconMatch> matchAll(List<Token> tokens) {
        List<LexiconMatch> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            LexiconMatch best = matchAt(tokens, i);
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /**
     * The longest match of entries of one kind at each start, whatever longer entries of other kinds cover the
     * same words (a reporting verb inside a longer event phrase is still a reporting verb).
     */
    public List<LexiconMatch> matchAll(List<Token> tokens, EntryKind kind) {
        // a trie of that kind's entries alone finds the same matches as filtering the whole trie at every node,
        // and most tokens fall off it at the first probe (the speech cues are a few hundred forms of thousands)
        return byKind.computeIfAbsent(kind, k -> new TokenMatcher(trie.filtered(e -> e.kind() == k), functionWords))
                .matchAll(tokens);
    }

    /**
     * The best match at each start among entries of every kind but one: the names, roles and words the entity,
     * time and quote stages read, without an event phrase (نشرت الشرطة) hiding the role inside it.
     */
    public List<LexiconMatch> matchAllBut(List<Token> tokens, EntryKind kind) {
        return allBut.computeIfAbsent(kind, k -> new TokenMatcher(trie.filtered(e -> e.kind() != k), functionWords))
                .matchAll(tokens);
    }

    /** {@link #matchAll} reduced to non-overlapping matches, longest first. */
    public List<LexiconMatch> match(List<Token> tokens) {
        return LexiconMatch.longestNonOverlapping(matchAll(tokens));
    }

    /**
     * The entries that cannot carry a pronoun suffix: names (واتهم is not the agency وات + هم); roles, units and
     * the like can.
     */
    private static final Set<EntryKind> NAMES = java.util.EnumSet.of(EntryKind.PERSON, EntryKind.ORGANIZATION,
            EntryKind.COUNTRY, EntryKind.PLACE, EntryKind.METONYM, EntryKind.GIVEN_NAME, EntryKind.NISBA);

    /** The matched characters: the first token without its proclitics, the last without its enclitics. */
    private static CharSpan span(List<Token> tokens, int start, int end, Candidate candidate) {
        Token first = tokens.get(start);
        if (end == start + 1) {
            return first.inner(candidate.prefix(), candidate.suffix());
        }
        return new CharSpan(first.inner(candidate.prefix(), 0).start(), tokens.get(end - 1).span().end());
    }

    /** Whether the token, as written, is a function word (على، وأن، من). */
    public boolean isFunctionWord(Token token) {
        return functionWordKeys.contains(token.key())
                && functionWords.contains(KeyNormalizer.strictKey(token.surface()))
                && !endsInHamzaOnAlef(token.surface());
    }

    /**
     * هنأ (congratulated) folds to the key of هنا (here), and no function word ends in أ: a word written with a
     * final hamza on its alef is a verb (هنأ، بدأ، لجأ), whatever its key. The other hamzas must fold, since
     * writers drop them from function words (ان، الى).
     */
    private static boolean endsInHamzaOnAlef(String surface) {
        for (int i = surface.length() - 1; i >= 0; i--) {
            char ch = surface.charAt(i);
            if (!KeyNormalizer.isMark(ch)) {
                return ch == '\u0623';
            }
        }
        return false;
    }

    /**
     * The longest entry of several words whose first word is token {@code head} and whose other words start at
     * token {@code rest}, the words between skipped: the verb of a phrase and its object with the subject
     * between them (ووقع الجانبان ثماني اتفاقيات، فرضت بريطانيا عقوبات). The match spans the first word only,
     * where the reader looks for the verb; its tokens run from the first word to the last. Null when none.
     */
    public LexiconMatch matchSplit(List<Token> tokens, int head, int rest) {
        Token first = tokens.get(head);
        if (first.kind() != TokenKind.WORD || isFunctionWord(first) || rest <= head + 1) {
            return null;
        }
        LexiconMatch best = null;
        for (Candidate candidate : first.candidates()) {
            TokenTrie.Node<LexiconEntry> node = trie.root().child(candidate.key());
            for (int end = rest; node != null && end < tokens.size() && !tokens.get(end).newlineBefore(); end++) {
                node = node.child(tokens.get(end).key());
                if (node != null && !node.values().isEmpty() && candidate.suffix() == 0
                        && (best == null || end + 1 > best.tokens().end())) {
                    best = new LexiconMatch(new TokenRange(head, end + 1), first.inner(candidate.prefix(), 0),
                            node.values(), candidate);
                }
            }
        }
        return best;
    }

    /** The best match starting at token {@code i}, or null. */
    public LexiconMatch matchAt(List<Token> tokens, int i) {
        LexiconMatch[] best = new LexiconMatch[1];
        bestAt(tokens, i, null, best);
        return best[0];
    }

    /**
     * The matches of one walk over the tokens, read three ways: every entry ({@link #matchAll(List)}), every
     * entry but those of {@code kind} ({@link #matchAllBut}) and those of {@code kind} only
     * ({@link #matchAll(List, EntryKind)}). The pipeline needs all three, and three walks probed the same trie
     * nodes three times (a sixth of its time).
     */
    public Readings readings(List<Token> tokens, EntryKind kind) {
        List<LexiconMatch> all = new ArrayList<>();
        List<LexiconMatch> allBut = new ArrayList<>();
        List<LexiconMatch> only = new ArrayList<>();
        LexiconMatch[] best = new LexiconMatch[3];
        for (int i = 0; i < tokens.size(); i++) {
            bestAt(tokens, i, kind, best);
            addIfAny(all, best[ALL]);
            addIfAny(allBut, best[ALL_BUT]);
            addIfAny(only, best[ONLY]);
        }
        return new Readings(all, allBut, only);
    }

    /** What {@link #readings} finds: the same lists as the three separate walks. */
    public record Readings(List<LexiconMatch> all, List<LexiconMatch> allBut, List<LexiconMatch> only) {
    }

    private static final int ALL = 0;
    private static final int ALL_BUT = 1;
    private static final int ONLY = 2;

    private static void addIfAny(List<LexiconMatch> out, LexiconMatch m) {
        if (m != null) {
            out.add(m);
        }
    }

    /**
     * The best match starting at token {@code i} for each reading in {@code best} (index {@link #ALL},
     * {@link #ALL_BUT}, {@link #ONLY} of {@code kind}), or null. A trie filtered to some entries has the same
     * paths to them and each node's entries in the same order, so filtering each node's entries on this walk
     * finds what a walk of the filtered trie finds.
     */
    private void bestAt(List<Token> tokens, int i, EntryKind kind, LexiconMatch[] best) {
        java.util.Arrays.fill(best, null);
        Token first = tokens.get(i);
        if (first.kind() != TokenKind.WORD || isFunctionWord(first)) {
            return;
        }
        List<Candidate> candidates = first.candidates();
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            TokenTrie.Node<LexiconEntry> node = trie.root().child(candidate.key());
            int end = i + 1;
            while (node != null) {
                List<LexiconEntry> values = node.values();
                for (int r = 0; r < best.length && !values.isEmpty(); r++) {
                    if (best[r] == null || end - i > best[r].tokens().size()) {
                        List<LexiconEntry> kept = kept(values, candidate.suffix() > 0, r, kind);
                        if (!kept.isEmpty()) {
                            best[r] = new LexiconMatch(new TokenRange(i, end), span(tokens, i, end, candidate), kept,
                                    candidate);
                        }
                    }
                }
                if (end >= tokens.size() || tokens.get(end).newlineBefore()) {
                    break;
                }
                node = node.child(tokens.get(end).key());
                end++;
            }
        }
    }

    /**
     * The entries of a node a reading keeps: with a pronoun suffix no names ({@link #NAMES});
     * {@code values} itself when all are kept, so that the common case allocates nothing.
     */
    private static List<LexiconEntry> kept(List<LexiconEntry> values, boolean suffix, int reading, EntryKind kind) {
        int n = 0;
        for (int k = 0; k < values.size(); k++) {
            n += keeps(values.get(k), suffix, reading, kind) ? 1 : 0;
        }
        if (n == values.size() || n == 0) {
            return n == 0 ? List.of() : values;
        }
        List<LexiconEntry> out = new ArrayList<>(n);
        for (int k = 0; k < values.size(); k++) {
            if (keeps(values.get(k), suffix, reading, kind)) {
                out.add(values.get(k));
            }
        }
        return out;
    }

    private static boolean keeps(LexiconEntry e, boolean suffix, int reading, EntryKind kind) {
        return (!suffix || !NAMES.contains(e.kind()))
                && (reading == ALL || (e.kind() == kind) == (reading == ONLY));
    }
}
