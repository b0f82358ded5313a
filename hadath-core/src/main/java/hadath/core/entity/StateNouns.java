package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * "The kingdom" or "the sultanate" alone (أشاد بالجهود التي تبذلها المملكة، وأكدت السلطنة، شكرا للمملكة) names
 * the state the clause is set in when that state is one: the Saudi, Jordanian, Moroccan, Bahraini and Omani press
 * call their own state so. Not before a definite word or a name, which make a name of their own (المملكة المتحدة، المملكة
 * العربية السعودية). Which states are kingdoms and sultanates is the {@code kind} column of countries.tsv.
 * Thread-safe.
 */
final class StateNouns {

    /**
     * The noun that names a state of each kind the rule reads. The other kinds (الإمارة، الجمهورية) are not read:
     * the rule was written and measured for these two.
     */
    private static final Map<String, String> NOUN_OF_KIND = Map.of(
            "kingdom", KeyNormalizer.key("مملكة"),
            "sultanate", KeyNormalizer.key("سلطنة"));
    private static final String ARTICLE = "ال";
    /** ل + ال, the alef dropped. */
    private static final String LAM_AND_ARTICLE = "لل";

    private final Lexicon lexicon;
    /** The key of the noun (مملكة) → the ISO3 of the states of its kind. */
    private final Map<String, Set<String>> statesByNoun;

    StateNouns(Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, Set<String>> byNoun = new HashMap<>();
        for (LexiconEntry country : lexicon.entriesOf(EntryKind.COUNTRY)) {
            String kind = country.attribute("kind");
            String noun = kind == null ? null : NOUN_OF_KIND.get(kind);
            if (noun != null) {
                byNoun.computeIfAbsent(noun, k -> new HashSet<>()).add(country.country());
            }
        }
        byNoun.replaceAll((noun, isos) -> Set.copyOf(isos));
        this.statesByNoun = Map.copyOf(byNoun);
    }

    void find(RecognitionRun run) {
        // built afresh, not the run's shared one: the nisbas read since (الإسرائيلية) place the setting too
        SettingCountry setting = null;
        for (int i = 0; i < run.tokens.size(); i++) {
            Token t = run.tokens.get(i);
            if (run.covered[i] || !t.isWord() || followedByName(run, i)) {
                continue;
            }
            for (Candidate c : t.candidates()) {
                Set<String> states = statesByNoun.get(c.key());
                int from = states == null ? -1 : mentionStart(t, c);
                if (from < 0) {
                    continue;
                }
                setting = setting == null ? new SettingCountry(run) : setting;
                String iso = setting.at(i);
                LexiconEntry country = iso != null && states.contains(iso) ? lexicon.country(iso).orElse(null) : null;
                if (country != null) {
                    run.mention(run.draft(country.id(), EntityType.COUNTRY, country),
                            t.inner(from, c.suffix()), MentionKind.ALIAS, i, i + 1);
                }
                break;
            }
        }
    }

    /**
     * Where the noun's mention starts in its word, or -1 when what was stripped before it holds no article (لمملكة
     * is "to a kingdom"): the article written whole (المملكة، بالمملكة) is part of the mention; ل + ال is written
     * لل (للمملكة، وللسلطنة), and there the mention starts after them, as the lexicon's matches do.
     */
    private static int mentionStart(Token t, Candidate c) {
        String stripped = t.key().substring(0, c.prefix());
        if (stripped.endsWith(ARTICLE)) {
            return c.prefix() - ARTICLE.length();
        }
        return stripped.endsWith(LAM_AND_ARTICLE) ? c.prefix() : -1;
    }

    /** A definite word or a name right after: the noun heads a name of its own (المملكة المتحدة). */
    private static boolean followedByName(RecognitionRun run, int i) {
        int next = i + 1;
        return next < run.tokens.size() && !run.tokens.get(next).newlineBefore()
                && (run.tokens.get(next).key().startsWith(ARTICLE) || run.covered[next]);
    }
}
