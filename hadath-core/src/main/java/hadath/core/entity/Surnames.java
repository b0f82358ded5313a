package hadath.core.entity;

import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import java.util.List;
import java.util.Set;

/**
 * Surname coreference, the pass of {@link EntityRecognizer} after titles meet names: a word equal to the last name
 * of the one person already named with it is that person (قاليباف after محمد باقر قاليباف), and a distinctive last
 * name of exactly one person in the lexicon, and nothing else, names them though not yet named in full (بوتين).
 * Thread-safe.
 */
final class Surnames {

    /**
     * A last name alone names a lexicon person not yet named in full only when it is this long: shorter
     * ones are too often ordinary words (هيكل، جديد).
     */
    static final int MIN_LEXICON_SURNAME = 5;
    /** First words of compound names (عبد السلام، أبو بكر): a surname after one is the compound. */
    private static final Set<String> COMPOUND_HEADS = KeyNormalizer.keys("عبد", "أبو", "أبي");

    private final Lexicon lexicon;
    private final TokenMatcher matcher;

    Surnames(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = lexicon.matcher();
    }

    /** @param all the best lexicon match at every start, overlapping */
    void find(RecognitionRun run, List<LexiconMatch> all) {
        boolean[] inMatch = inMatch(run, all);
        int headlineEnd = headlineEnd(run);
        for (int i = 0; i < run.tokens.size(); i++) {
            Token t = run.tokens.get(i);
            if (run.covered[i] || !t.isWord() || matcher.isFunctionWord(t)) {
                continue;
            }
            for (Candidate c : t.candidates()) {
                if (c.key().length() < 3 || t.key().endsWith("ال" + c.key())) {
                    continue; // a surname keeps its article: الجديد is not جديد
                }
                EntityDraft known = onlyPersonWithSurname(run, c.key(), i < headlineEnd ? Integer.MAX_VALUE
                        : t.span().start());
                if (known == null && !inMatch[i] && c.key().length() >= MIN_LEXICON_SURNAME) {
                    known = lexiconPerson(run, i, c.key());
                }
                if (known != null) {
                    mention(run, known, i, c);
                    break;
                }
            }
        }
    }

    /** Whether a word is the last name of someone already named, or of exactly one person in the lexicon. */
    boolean isKnown(RecognitionRun run, Token t) {
        for (Candidate c : t.candidates()) {
            if (run.surnames.containsKey(c.key()) || (c.key().length() >= MIN_LEXICON_SURNAME
                    && lexicon.peopleWithSurname(c.key()).size() == 1)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens inside any lexicon match: a word of another entry's name is no lexicon person's surname. */
    private static boolean[] inMatch(RecognitionRun run, List<LexiconMatch> all) {
        boolean[] inMatch = new boolean[run.tokens.size()];
        for (LexiconMatch m : all) {
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                inMatch[i] = true;
            }
        }
        return inMatch;
    }

    /**
     * Where the headline ends, or 0: a headline names by surname the people its body names in full (وعون يدعو ...
     * / الرئيس جوزاف عون). It is the first sentence, when a line break ends it (the splitter makes every line a
     * sentence of its own).
     */
    private static int headlineEnd(RecognitionRun run) {
        int firstEnd = run.sentences.isEmpty() ? 0 : run.sentences.get(0).tokens().end();
        return firstEnd < run.tokens.size() && run.tokens.get(firstEnd).newlineBefore() ? firstEnd : 0;
    }

    /** The one lexicon person with this surname, unless the word qualifies the one before it; else null. */
    private EntityDraft lexiconPerson(RecognitionRun run, int i, String key) {
        List<LexiconEntry> people = lexicon.peopleWithSurname(key);
        if (people.size() == 1 && (!adjectival(run, i) || titledAs(people.get(0), run.tokens.get(i - 1)))) {
            EntityDraft known = run.draft(people.get(0).id(), EntityType.PERSON, people.get(0));
            run.surname(known, key);
            return known;
        }
        return null;
    }

    /** The surname at token {@code i} as an alias of the person, with the first word of a compound before it. */
    private static void mention(RecognitionRun run, EntityDraft known, int i, Candidate c) {
        CharSpan span = run.tokens.get(i).inner(c.prefix(), c.suffix());
        int from = i;
        String head = i > 0 ? run.tokens.get(i - 1).key() : "";
        if (c.prefix() == 0 && i > 0 && !run.covered[i - 1] && COMPOUND_HEADS.contains(head)
                && known.name != null && KeyNormalizer.key(known.name).endsWith(head + " " + c.key())) {
            // عبد السلام: the surname is the compound, and its first word is part of the mention
            from = i - 1;
            span = run.tokens.get(i - 1).span().union(span);
        }
        run.mention(known, span, MentionKind.ALIAS, from, i + 1);
    }

    /**
     * A definite word right after a definite word qualifies it (حقل الرميلة النفطي، رئيس الوزراء السوداني): an
     * adjective or nisba, not a surname standing for a person.
     */
    private static boolean adjectival(RecognitionRun run, int i) {
        return i > 0 && run.tokens.get(i).key().startsWith("ال") && run.tokens.get(i - 1).key().startsWith("ال")
                && run.tokens.get(i - 1).isWord();
    }

    /**
     * Whether the word before a surname with the article is one of the person's titles (الرئيس السيسي، الفريق
     * البرهان): the first word of a role the lexicon gives them, so the surname is the person, not an adjective.
     */
    private static boolean titledAs(LexiconEntry person, Token before) {
        String key = before.key().startsWith("ال") ? before.key().substring(2) : before.key();
        for (String role : person.roles()) {
            String title = role.substring(role.indexOf(':') + 1).strip();
            int space = title.indexOf(' ');
            if (KeyNormalizer.key(space < 0 ? title : title.substring(0, space)).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static EntityDraft onlyPersonWithSurname(RecognitionRun run, String key, int before) {
        EntityDraft found = null;
        for (EntityDraft d : run.surnames.getOrDefault(key, List.of())) {
            if (d.type == EntityType.PERSON && d.firstMention() < before) {
                if (found != null) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }
}
