package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Collectives counted with a number from 11 up, which Arabic writes in the accusative singular (اعتقلت 27
 * متظاهرا، قتل 18 فلسطينيا، 12 ناشطا، 16 شخصا), in digits or in words (أحد عشر فلسطينيا، خمسة وعشرين ناشطا): the
 * singular is found through the sound plural of a group
 * role (متظاهر ← المتظاهرين), a role for one person (الشخص) or a nisba (فلسطيني), and becomes a group with
 * the country of the setting, or the nisba's people ({@link RecognitionRun#people}, as for الأردنيين). Built
 * once per lexicon; thread-safe.
 */
final class CountedGroups {

    private static final char ALEF = '\u0627';
    /** singular key (متظاهر) → the group role or nisba entry. */
    private final Map<String, LexiconEntry> bySingular = new HashMap<>();
    /**
     * The last words of the numbers 11–99 in words (عشر، عشرة، عشرين، تسعين), the ones an accusative singular
     * follows; 3–10 take a genitive plural and 100 up a genitive singular, neither of which ends in the ا looked for.
     */
    private final Set<String> countingWords = new HashSet<>();
    private final Lexicon lexicon;

    CountedGroups(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (LexiconEntry e : lexicon.entriesOf(EntryKind.NUMBER_WORD)) {
            double value = Double.parseDouble(e.attribute("value"));
            if ("cardinal".equals(e.attribute("kind")) && value >= 11 && value <= 99) {
                for (String form : e.forms()) {
                    String[] words = KeyNormalizer.key(form).split(" ");
                    countingWords.add(words[words.length - 1]);
                }
            }
        }
        for (LexiconEntry e : lexicon.entriesOf(EntryKind.ROLE)) {
            if (!"group".equals(e.attribute("kind"))) {
                continue;
            }
            for (String form : e.forms()) {
                String key = KeyNormalizer.key(form);
                if (key.contains(" ")) {
                    continue;
                }
                key = key.startsWith("ال") ? key.substring(2) : key;
                if (key.endsWith("ين") || key.endsWith("ون")) {
                    bySingular.putIfAbsent(key.substring(0, key.length() - 2), e);
                }
            }
        }
        for (LexiconEntry e : lexicon.entriesOf(EntryKind.ROLE)) {
            // a singular the roles list as one person (الشخص، الصحفي) whose plural is broken (أشخاص، صحفيون)
            String key = KeyNormalizer.key(e.ar());
            if ("description".equals(e.attribute("kind")) && !key.contains(" ") && key.startsWith("ال")) {
                bySingular.putIfAbsent(key.substring(2), e);
            }
        }
        for (LexiconEntry e : lexicon.entriesOf(EntryKind.NISBA)) {
            for (String form : e.forms()) {
                String key = KeyNormalizer.key(form);
                if (!key.startsWith("ال") && key.endsWith("ي") && !key.contains(" ")) {
                    bySingular.putIfAbsent(key, e);
                }
            }
        }
    }

    void find(RecognitionRun run) {
        for (int i = 1; i < run.tokens.size(); i++) {
            Token t = run.tokens.get(i);
            Token before = run.tokens.get(i - 1);
            LexiconEntry e = run.covered[i] || !counts(before) ? null : accusative(t);
            if (e == null) {
                continue;
            }
            EntityDraft d;
            // 112 مهاجرا سودانيا: a nisba after the counted word says whose they are
            LexiconEntry nisba = i + 1 < run.tokens.size() ? accusativeNisba(run.tokens.get(i + 1)) : null;
            int end = nisba == null || e.kind() == EntryKind.NISBA ? i + 1 : i + 2;
            if (e.kind() == EntryKind.NISBA) {
                LexiconEntry country = lexicon.country(e.country()).orElse(null);
                d = country == null || country.actorCode() == null ? null : run.people(country);
            } else {
                String country = nisba != null ? nisba.country() : run.setting().at(i);
                String actorCode = country == null ? null
                        : lexicon.country(country).map(c -> c.actorCode() + e.attribute("sector")).orElse(null);
                d = actorCode == null ? null : run.group(e.id() + ":" + country, country, actorCode);
            }
            if (d != null) {
                run.mention(d, t.span().union(run.tokens.get(end - 1).span()), MentionKind.NAME, i, end);
            }
        }
    }

    /** Whether a word ends a number from 11 up: digits, or the last word of 11–99 (أحد عشر، خمسة وعشرين). */
    private boolean counts(Token t) {
        if (t.kind() == TokenKind.NUMBER) {
            return true;
        }
        String key = t.key();
        return countingWords.contains(key)
                || key.startsWith("و") && key.length() > 2 && countingWords.contains(key.substring(1));
    }

    /** The group role or nisba a word is the accusative singular of (متظاهرا، سودانيا), or null. */
    private LexiconEntry accusative(Token t) {
        String key = t.key();
        return key.length() >= 4 && key.charAt(key.length() - 1) == ALEF
                ? bySingular.get(key.substring(0, key.length() - 1)) : null;
    }

    /** The nisba a word is in the accusative (سودانيا), or null. */
    private LexiconEntry accusativeNisba(Token t) {
        LexiconEntry e = accusative(t);
        return e != null && e.kind() == EntryKind.NISBA ? e : null;
    }
}
