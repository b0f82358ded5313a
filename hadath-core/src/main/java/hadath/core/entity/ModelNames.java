package hadath.core.entity;

import hadath.core.entity.ner.NerSpan;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.Token;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pass of {@link EntityRecognizer} after the lexicon's names: names from the statistical tagger over tokens no
 * lexicon entry touches (the lexicon wins for what it knows): a person, an organisation or a place without codes,
 * which titles and nisbas may then give. Where the tagger reads a name in a country's name that is also an ordinary
 * word (قطر، الجزائر، عمان), it is that country, or a town of another state spelled the same. Thread-safe.
 */
final class ModelNames {

    /** What the lexicon names; a first name, a role or a nisba leaves room for the tagger's names. */
    private static final Set<EntryKind> NAMES = EnumSet.of(EntryKind.PERSON,
            EntryKind.ORGANIZATION, EntryKind.COUNTRY, EntryKind.PLACE, EntryKind.METONYM);

    private final Lexicon lexicon;
    private final Surnames surnames;
    private final RulersByGivenName rulers;

    ModelNames(Lexicon lexicon, Surnames surnames) {
        this.lexicon = lexicon;
        this.surnames = surnames;
        this.rulers = new RulersByGivenName(lexicon);
    }

    /**
     * @param spans       the names the tagger found
     * @param all         the best lexicon match at every start, overlapping
     * @param statesNamed how often the text names each state: what picks Oman or Amman
     */
    void find(RecognitionRun run, List<NerSpan> spans, List<LexiconMatch> all, Map<String, Integer> statesNamed) {
        boolean[] known = knownNames(run, all);
        for (NerSpan tagged : spans) {
            // the tagger's name may run on into the next constituent (معمر الإرياني النظام الإيراني): cut it there
            NerSpan s = !tagged.type().equals("PER") ? tagged : new NerSpan(tagged.type(), new TokenRange(
                    tagged.tokens().start(), NameBoundary.end(run.tokens, all, tagged.tokens().start(), tagged.tokens().end())));
            boolean free = true;
            for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
                free &= !known[i] && !run.covered[i] && run.tokens.get(i).isWord();
            }
            // a verb of the event lexicon (وأدان، ودان), which the tagger reads as a name now and then, is none
            free &= s.tokens().size() > 1 || !lexicon.isEventVerb(run.tokens.get(s.tokens().start()).key());
            // سلطان عمان، أمير قطر: a title word alone is the title, whose holder comes after it
            free &= s.tokens().size() > 1 || !roleWord(all, s.tokens().start());
            if (!free || (s.type().equals("PER") && surnames.leftToSurnames(run, all, s.tokens()))) {
                continue; // a known person's last name, alone or after words of their name, is theirs
            }
            if (!s.type().equals("PER") && countryOrTown(run, s, all, statesNamed)) {
                continue;
            }
            int start = s.tokens().start();
            LexiconEntry ruler = s.type().equals("PER") && s.tokens().size() == 1
                    ? rulers.at(run.tokens, start, run.doc.published()) : null;
            if (ruler != null) { // الملك سلمان، الشيخ تميم: the one ruler of that first name
                run.mention(run.draft(ruler.id(), EntityType.PERSON, ruler), run.tokens.get(start).span(),
                        MentionKind.NAME, start, start + 1);
                continue;
            }
            newName(run, s);
        }
        rulers.findUntagged(run, known);
    }

    /** The tokens inside a lexicon name that is not a single ordinary word. */
    private static boolean[] knownNames(RecognitionRun run, List<LexiconMatch> all) {
        boolean[] known = new boolean[run.tokens.size()];
        for (LexiconMatch m : all) {
            LexiconEntry e = Preference.preferred(m);
            if (e != null && NAMES.contains(e.kind()) && !(e.has(Flags.COMMON_WORD) && m.tokens().size() == 1)) {
                for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                    known[i] = true;
                }
            }
        }
        return known;
    }

    /**
     * A tagged name over exactly a country's name flagged common-word: the country, or a place of another state
     * spelled the same when the text names that state more or the name opens a dateline. Returns whether it was
     * taken so.
     */
    private static boolean countryOrTown(RecognitionRun run, NerSpan s, List<LexiconMatch> all,
                                         Map<String, Integer> statesNamed) {
        int start = s.tokens().start();
        int end = s.tokens().end();
        LexiconMatch country = commonWordCountry(all, start, end);
        LexiconEntry town = country == null ? null : placeOfAnotherState(country, all);
        if (town != null) {
            // عمان: Oman, or Amman in Jordan; the state the text names more decides
            String iso = country.entries().stream().filter(ModelNames::commonWordCountry).findFirst()
                    .orElseThrow().country();
            if (statesNamed.getOrDefault(town.country(), 0) > statesNamed.getOrDefault(iso, 0)
                    || dateline(run.tokens, start, end)) {
                run.mention(run.draft(town.id(), EntityType.PLACE, town), country.span(), MentionKind.NAME, start, end);
                return true;
            }
        }
        if (country == null) {
            return false;
        }
        // قطر، الجزائر، مالي are also ordinary words; where the tagger reads a name, it is the country
        LexiconEntry e = country.entries().stream().filter(ModelNames::commonWordCountry).findFirst()
                .orElseThrow();
        Token t = run.tokens.get(start);
        run.mention(run.draft(e.id(), EntityType.COUNTRY, e), t.key().startsWith("ال") ? t.span() : country.span(),
                MentionKind.NAME, start, end);
        return true;
    }

    /** A person, an organisation or a place the lexicon does not know, keyed by its words. */
    private static void newName(RecognitionRun run, NerSpan s) {
        int start = s.tokens().start();
        int end = s.tokens().end();
        StringBuilder key = new StringBuilder();
        for (int i = start; i < end; i++) {
            key.append(run.tokens.get(i).key()).append(' ');
        }
        EntityType type = switch (s.type()) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> EntityType.PLACE;
        };
        EntityDraft d = run.draft("model:" + type + ":" + key.toString().strip(), type, null);
        if (type == EntityType.PERSON) {
            run.surname(d, run.tokens.get(end - 1).key());
        }
        Token first = run.tokens.get(start);
        CharSpan span = new CharSpan(first.span().start(), run.tokens.get(end - 1).span().end());
        run.mention(d, span, MentionKind.NAME, start, end);
    }

    /** Whether tokens [start, end) open a line and a dash follows: a dateline, which names a city. */
    private static boolean dateline(List<Token> tokens, int start, int end) {
        return (start == 0 || tokens.get(start).newlineBefore()) && end < tokens.size()
                && tokens.get(end).isDash();
    }

    /** Whether a role of the lexicon is exactly the word at {@code i}. */
    private static boolean roleWord(List<LexiconMatch> all, int i) {
        for (int k = LexiconMatch.firstStartingAt(all, i); k < all.size() && all.get(k).tokens().start() == i; k++) {
            if (all.get(k).tokens().end() == i + 1 && Preference.is(all.get(k), EntryKind.ROLE)) {
                return true;
            }
        }
        return false;
    }

    /** A place of another state spelled like the country of this match (عمان: Amman in Jordan), or null. */
    private static LexiconEntry placeOfAnotherState(LexiconMatch country, List<LexiconMatch> all) {
        for (int i = LexiconMatch.firstStartingAt(all, country.tokens().start());
             i < all.size() && all.get(i).tokens().start() == country.tokens().start(); i++) {
            if (all.get(i).tokens().end() != country.tokens().end()) {
                continue;
            }
            for (LexiconEntry e : all.get(i).entries()) {
                if (e.kind() == EntryKind.PLACE && e.country() != null
                        && country.entries().stream().noneMatch(c -> c.kind() == EntryKind.COUNTRY
                        && e.country().equals(c.country()))) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The lexicon match over exactly these tokens that names a country whose name is flagged common-word. */
    private static LexiconMatch commonWordCountry(List<LexiconMatch> all, int start, int end) {
        for (int i = LexiconMatch.firstStartingAt(all, start); i < all.size() && all.get(i).tokens().start() == start; i++) {
            LexiconMatch m = all.get(i);
            if (m.tokens().end() == end && m.entries().stream().anyMatch(ModelNames::commonWordCountry)) {
                return m;
            }
        }
        return null;
    }

    private static boolean commonWordCountry(LexiconEntry e) {
        return e.kind() == EntryKind.COUNTRY && e.has(Flags.COMMON_WORD) && !e.has(Flags.AMBIGUOUS);
    }
}
