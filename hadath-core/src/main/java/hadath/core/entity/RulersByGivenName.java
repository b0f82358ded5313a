package hadath.core.entity;

import hadath.core.lexicon.DatedRole;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ruler named by style and first name alone, as court and palace news names them (الملك سلمان، الشيخ تميم،
 * السلطان هيثم، الملك حمد): the one person of the lexicon with that first name who reigned, as king, sultan, emir
 * or crown prince, when the article was published. Two such rulers, or none, leave the name to the tagger. Used
 * by {@link ModelNames} for a tagged one-word name and for a first name after a style the tagger passed by (الملك
 * فهد in a page of 1995, which the tagger, trained on later news, does not know as a name). Thread-safe.
 */
final class RulersByGivenName {

    /**
     * The styles said before a ruler's first name, each with how the lexicon's roles of the reigns it is said of
     * begin: a king is no crown prince (الملك سلمان is not Bahrain's crown prince Salman), while a sheikh may be an
     * emir, a crown prince or a head of state.
     */
    private static final Map<String, List<String>> STYLES = Map.of(
            KeyNormalizer.key("الملك"), List.of("ملك", "خادم الحرمين"),
            KeyNormalizer.key("السلطان"), List.of("سلطان"),
            KeyNormalizer.key("الشيخ"), List.of("أمير", "ولي العهد", "رئيس الدولة", "رئيس دولة", "حاكم"),
            KeyNormalizer.key("الأمير"), List.of("أمير", "ولي العهد"));

    /** Words that carry a name on past the first name (الأمير سلطان بن سلمان): no lone first name then. */
    private static final Set<String> NAME_GOES_ON = KeyNormalizer.keys("بن", "بنت", "ابن", "آل");

    private final Lexicon lexicon;

    RulersByGivenName(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The ruler the one-word name at {@code i} names after a style, or null. */
    LexiconEntry at(List<Token> tokens, int i, LocalDate published) {
        List<String> reigns = i == 0 ? null : STYLES.get(tokens.get(i - 1).key());
        if (reigns == null) {
            return null;
        }
        LexiconEntry found = null;
        for (LexiconEntry p : lexicon.peopleWithGivenName(tokens.get(i).key())) {
            if (reigned(p, reigns, published)) {
                if (found != null && !found.equals(p)) {
                    return null; // الملك عبدالله: two kings of that name; the style alone cannot tell
                }
                found = p;
            }
        }
        return found;
    }

    /**
     * The one-word first names after a style that the earlier passes left alone, each with its ruler: a word is
     * left alone when no name covers it and the lexicon's names do not touch it.
     *
     * @param known the tokens inside a lexicon name
     */
    void findUntagged(RecognitionRun run, boolean[] known) {
        List<Token> tokens = run.tokens;
        for (int i = 1; i < tokens.size(); i++) {
            if (!STYLES.containsKey(tokens.get(i - 1).key()) || known[i] || run.covered[i] || !tokens.get(i).isWord()
                    || i + 1 < tokens.size() && NAME_GOES_ON.contains(tokens.get(i + 1).key())) {
                continue;
            }
            LexiconEntry ruler = at(tokens, i, run.doc.published());
            if (ruler != null) {
                run.mention(run.draft(ruler.id(), EntityType.PERSON, ruler), tokens.get(i).span(), MentionKind.NAME,
                        i, i + 1);
            }
        }
    }

    /** Whether one of the person's roles is a reign that covers the date (no date: one still held). */
    private static boolean reigned(LexiconEntry p, List<String> reigns, LocalDate published) {
        for (String written : p.roles()) {
            DatedRole role = DatedRole.parse(written);
            if (reigns.stream().anyMatch(role.title()::startsWith)
                    && (published == null ? role.stillHeld() : role.heldIn(published.getYear()))) {
                return true;
            }
        }
        return false;
    }
}
