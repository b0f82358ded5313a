package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Token;
import java.util.List;
import java.util.Set;

/**
 * Where a name the lexicon does not know ends. The tagger and the title rule (a title, a known first name, then
 * more words) read a name word by word and now and then run on into the constituent after it, which is then lost
 * to its own actor: وزير الإعلام معمر الإرياني النظام الإيراني، المتحدث عمر الخطيب أمس. A name ends before a word
 * that begins something else:
 * <ul>
 *   <li>a role, a group, an organisation, a country or a seat of power written with the article (الحكومة، الجيش،
 *       النظام، الرئيس، الأمم المتحدة، العراق), unless it is one word that is also an ordinary one: roles that are
 *       common surnames (الشيخ، المعلم، الخوري) are flagged common-word;</li>
 *   <li>a nisba with the article that is not masculine singular (الإيرانية، الروس، الأمريكيين): the masculine
 *       singular is as often a surname (أبو حمزة المصري، محمد سعيد الكندي) as an adjective;</li>
 *   <li>a day word (اليوم، أمس، غدا): when something was said, not by whom;</li>
 *   <li>a preposition written apart (أشاد الرئيس عون بـ"الوقفة"): one letter, what follows it is governed.</li>
 * </ul>
 * A span the lexicon knows whole as a person is left whole. Pure and thread-safe.
 */
final class NameBoundary {

    private static final Set<String> DAY_WORDS = KeyNormalizer.keys("اليوم", "أمس", "غدا", "غداً");
    private static final String ARTICLE = "ال";

    private NameBoundary() {
    }

    /** The end of the name read over tokens {@code [start, end)}: {@code end}, or the first word that ends it. */
    static int end(List<Token> tokens, List<LexiconMatch> all, int start, int end) {
        if (knownPerson(all, start, end)) {
            return end;
        }
        for (int i = start + 1; i < end; i++) {
            if (beginsAnother(tokens, all, i)) {
                return i;
            }
        }
        return end;
    }

    /** Whether the word at {@code i} cannot go on a name before it (see the class comment). */
    static boolean beginsAnother(List<Token> tokens, List<LexiconMatch> all, int i) {
        Token t = tokens.get(i);
        if (DAY_WORDS.contains(t.key()) || (t.isWord() && t.key().length() == 1)) {
            return true;
        }
        if (!t.key().startsWith(ARTICLE)) {
            return false;
        }
        for (int k = LexiconMatch.firstStartingAt(all, i); k < all.size() && all.get(k).tokens().start() == i; k++) {
            LexiconMatch m = all.get(k);
            LexiconEntry e = Preference.preferred(m);
            if (e == null || (e.has(Flags.COMMON_WORD) && m.tokens().size() == 1)) {
                continue;
            }
            boolean ends = switch (e.kind()) {
                case ROLE, ORGANIZATION, COUNTRY, METONYM -> true;
                case NISBA -> !t.key().endsWith("ي");
                default -> false;
            };
            if (ends) {
                return true;
            }
        }
        return false;
    }

    private static boolean knownPerson(List<LexiconMatch> all, int start, int end) {
        for (int k = LexiconMatch.firstStartingAt(all, start); k < all.size() && all.get(k).tokens().start() == start;
             k++) {
            LexiconMatch m = all.get(k);
            if (m.tokens().end() == end && m.entries().stream().anyMatch(e -> e.kind() == EntryKind.PERSON)) {
                return true;
            }
        }
        return false;
    }
}
