package hadath.core.entity;

import hadath.core.lexicon.DatedRole;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.HashSet;
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
            Referent r = run.covered[i] ? null : referent(run, i, inMatch[i], headlineEnd);
            if (r != null) {
                EntityDraft known = r.named();
                if (known == null) {
                    known = run.draft(r.entry().id(), EntityType.PERSON, r.entry());
                    run.surname(known, r.reading().key());
                }
                mention(run, known, i, r.reading());
            }
        }
    }

    /**
     * Whether a tagged name is left to this pass rather than made a new person. A lone word that reads as the
     * surname of someone named in the text, or of one lexicon person, refers to someone known even where this pass
     * cannot tell whom (two people share it, or the one is named only later): it is no new person. A longer name is
     * a known person's only if its last word names them here, by this pass's conditions, and its other words are
     * all words of their name (باقر قاليباف); أحمد عون after جوزاف عون is someone else.
     *
     * @param all the best lexicon match at every start, overlapping
     */
    boolean leftToSurnames(RecognitionRun run, List<LexiconMatch> all, TokenRange name) {
        int last = name.end() - 1;
        Token t = run.tokens.get(last);
        if (name.size() == 1) {
            return t.candidates().stream().anyMatch(c -> readsAsSurname(t, c) && (run.surnames.containsKey(c.key())
                    || (c.key().length() >= MIN_LEXICON_SURNAME && lexicon.peopleWithSurname(c.key()).size() == 1)));
        }
        boolean inMatch = all.stream().anyMatch(m -> m.tokens().start() <= last && last < m.tokens().end());
        Referent r = referent(run, last, inMatch, headlineEnd(run));
        if (r == null) {
            return false;
        }
        Set<String> words = r.nameWords();
        for (int i = name.start(); i < last; i++) {
            if (run.tokens.get(i).candidates().stream().noneMatch(c -> words.contains(c.key()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whom the word at {@code i} names as a surname: the one person already named with it (before it, or anywhere
     * for a word of the headline), else the one lexicon person whose distinctive last name it is; null if nobody.
     */
    private Referent referent(RecognitionRun run, int i, boolean inMatch, int headlineEnd) {
        Token t = run.tokens.get(i);
        if (!t.isWord() || matcher.isFunctionWord(t)) {
            return null;
        }
        for (Candidate c : t.candidates()) {
            if (!readsAsSurname(t, c)) {
                continue;
            }
            EntityDraft named = onlyPersonWithSurname(run, c.key(), i < headlineEnd ? Integer.MAX_VALUE
                    : t.span().start());
            if (named != null) {
                return new Referent(c, named, null);
            }
            LexiconEntry entry = !inMatch && c.key().length() >= MIN_LEXICON_SURNAME ? lexiconPerson(run, i, c.key())
                    : null;
            if (entry != null) {
                return new Referent(c, null, entry);
            }
        }
        return null;
    }

    /** Whether a reading of a word can be a surname: not too short, and with its article (الجديد is not جديد). */
    private static boolean readsAsSurname(Token t, Candidate c) {
        return c.key().length() >= 3 && !t.key().endsWith("ال" + c.key());
    }

    /** A person a surname names, already named in the text or from the lexicon, and the reading of the word. */
    private record Referent(Candidate reading, EntityDraft named, LexiconEntry entry) {

        /** The keys of the words of the person's name, in every spelling the lexicon or the text gives. */
        Set<String> nameWords() {
            LexiconEntry e = named != null ? named.entry : entry;
            List<String> names = new ArrayList<>(e != null ? e.forms() : List.of());
            if (named != null) {
                named.mentions.stream().filter(m -> m.kind() == MentionKind.NAME).forEach(m -> names.add(m.text()));
            }
            Set<String> words = new HashSet<>();
            for (String n : names) {
                words.addAll(List.of(KeyNormalizer.key(n).split("\\s+")));
            }
            return words;
        }
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
    private LexiconEntry lexiconPerson(RecognitionRun run, int i, String key) {
        List<LexiconEntry> people = lexicon.peopleWithSurname(key);
        return people.size() == 1 && (!adjectival(run, i) || titledAs(people.get(0), run.tokens.get(i - 1)))
                ? people.get(0) : null;
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
            String title = DatedRole.parse(role).title();
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
