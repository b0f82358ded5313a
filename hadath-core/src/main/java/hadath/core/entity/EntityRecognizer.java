package hadath.core.entity;

import hadath.core.entity.ner.NerSpan;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import hadath.core.normalize.KeyNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the actors and places an article names and which mentions are the same. Pure and thread-safe.
 *
 * <p>Passes, in order (later ones need what earlier ones found):
 * <ol>
 *   <li>names from the lexicon: people, organisations (with a following nisba: مجلس الدوما الروسي), countries,
 *       seats of power (البيت الأبيض, an organisation with its government's code), places; a capital after a
 *       word that is neither a function word nor a clitic-bearing conjunct stands for its country
 *       (خطط واشنطن) and becomes a metonym mention of it, otherwise it is the place (إلى موسكو، ضد طهران);</li>
 *   <li>organisations inside role phrases (رئيس مجلس الدوما الروسي → مجلس الدوما الروسي);</li>
 *   <li>role phrases next to a name, before it or in apposition after a comma, give that person a role and,
 *       if the lexicon has none, an actor code (الرئيس الروسي فلاديمير بوتين); after a title, a name led by a
 *       known first name is a new person;</li>
 *   <li>surnames: a word equal to the last name of a person already named is that person (قاليباف), and a
 *       word that is the last name of exactly one person in the lexicon, and nothing else, names them (بوتين);</li>
 *   <li>role phrases alone: a title refers to the most salient person named before it who holds that title,
 *       or has its actor code and a role with the same head (رئيس مجلس الدوما الروسي → فالودين); a description
 *       (المسؤول الإيراني) to the most salient person of its country; a group (رجال الأعمال الروس) is an
 *       entity of its own. Salience is the number of mentions so far, then recency.</li>
 * </ol>
 */
public final class EntityRecognizer {

    /**
     * A last name alone names a lexicon person not yet named in full only when it is this long: shorter
     * ones are too often ordinary words (هيكل، جديد).
     */
    private static final int MIN_LEXICON_SURNAME = 5;

    /** What the lexicon names; a first name, a role or a nisba leaves room for the tagger's names. */
    private static final Set<EntryKind> NAMES = EnumSet.of(EntryKind.PERSON,
            EntryKind.ORGANIZATION, EntryKind.COUNTRY, EntryKind.PLACE, EntryKind.METONYM);

    private final Lexicon lexicon;
    private final TokenMatcher matcher;
    private final TitlePhraseFinder titles;

    public EntityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = lexicon.matcher();
        this.titles = new TitlePhraseFinder(lexicon);
    }

    /**
     * @param matches non-overlapping lexicon matches in text order
     * @param all     the best match at every start, overlapping ({@link TokenMatcher#matchAll})
     */
    public List<Entity> recognize(Document doc, List<Token> tokens, List<LexiconMatch> matches, List<LexiconMatch> all) {
        return recognize(doc, tokens, matches, all, List.of());
    }

    /**
     * @param modelNames names a statistical tagger found ({@link hadath.core.entity.ner.NerTagger}); they add
     *                   people, organisations and places where the lexicon knows nothing
     */
    public List<Entity> recognize(Document doc, List<Token> tokens, List<LexiconMatch> matches, List<LexiconMatch> all,
                                  List<NerSpan> modelNames) {
        Run run = new Run(doc, tokens);
        names(run, matches);
        modelNames(run, modelNames, all);
        List<TitlePhrase> phrases = titles.find(doc, tokens, matches);
        organisationsInside(run, phrases, all);
        List<TitlePhrase> lone = titlesWithNames(run, phrases, matches);
        surnames(run, all);
        loneTitles(run, lone);
        return run.build();
    }

    /** State of one document's recognition. */
    private static final class Run {
        final Document doc;
        final List<Token> tokens;
        final Map<String, EntityDraft> drafts = new LinkedHashMap<>();
        /** token index → the draft whose name mention starts there. */
        final Map<Integer, EntityDraft> nameAt = new HashMap<>();
        final Map<Integer, EntityDraft> nameEndingAt = new HashMap<>();
        final boolean[] covered;
        /** surname key → the people with it, so that a word is looked up once, not against every draft. */
        final Map<String, List<EntityDraft>> surnames = new HashMap<>();

        Run(Document doc, List<Token> tokens) {
            this.doc = doc;
            this.tokens = tokens;
            this.covered = new boolean[tokens.size()];
        }

        void surname(EntityDraft d, String key) {
            if (!d.surnames.contains(key)) {
                d.surnames.add(key);
                surnames.computeIfAbsent(key, k -> new ArrayList<>(1)).add(d);
            }
        }

        EntityDraft draft(String key, EntityType type, LexiconEntry entry) {
            return drafts.computeIfAbsent(key, k -> new EntityDraft(k, type, entry));
        }

        void mention(EntityDraft d, CharSpan span, MentionKind kind, int firstToken, int endToken) {
            if (d.add(new Mention(span, doc.slice(span), kind))) {
                for (int t = firstToken; t < endToken; t++) {
                    covered[t] = true;
                }
                if (kind == MentionKind.NAME) {
                    nameAt.putIfAbsent(firstToken, d);
                    nameEndingAt.putIfAbsent(endToken - 1, d);
                }
            }
        }

        List<Entity> build() {
            List<EntityDraft> ordered = new ArrayList<>(drafts.values());
            ordered.removeIf(d -> d.mentions.isEmpty());
            ordered.sort(Comparator.comparingInt(EntityDraft::firstMention));
            List<Entity> out = new ArrayList<>(ordered.size());
            for (EntityDraft d : ordered) {
                out.add(d.build("E" + (out.size() + 1)));
            }
            return out;
        }
    }

    private void names(Run run, List<LexiconMatch> matches) {
        for (int i = 0; i < matches.size(); i++) {
            LexiconMatch m = matches.get(i);
            LexiconEntry e = Preference.preferred(m);
            if (e == null || (e.has(Flags.COMMON_WORD) && m.tokens().size() == 1)) {
                continue;
            }
            int start = m.tokens().start();
            int end = m.tokens().end();
            switch (e.kind()) {
                case PERSON -> {
                    EntityDraft d = run.draft(e.id(), EntityType.PERSON, e);
                    run.surname(d, run.tokens.get(end - 1).key());
                    run.mention(d, m.span(), MentionKind.NAME, start, end);
                }
                case ORGANIZATION -> {
                    EntityDraft d = run.draft(e.id(), EntityType.ORGANIZATION, e);
                    CharSpan span = m.span();
                    if (i + 1 < matches.size() && matches.get(i + 1).tokens().start() == end
                            && Preference.is(matches.get(i + 1), EntryKind.NISBA)) {
                        LexiconEntry nisba = Preference.preferred(matches.get(i + 1));
                        if (e.country() == null || e.country().equals(nisba.country())) {
                            span = span.union(matches.get(i + 1).span());
                            end = matches.get(i + 1).tokens().end();
                            if (d.country == null) {
                                d.country = nisba.country();
                            }
                        }
                    }
                    run.mention(d, span, MentionKind.NAME, start, end);
                }
                case COUNTRY -> {
                    List<LexiconEntry> countries = m.entries().stream().filter(x -> x.kind() == EntryKind.COUNTRY).toList();
                    if (countries.size() > 1) {
                        // a designation several states share (الجمهورية الإسلامية): the one the article is about
                        LexiconEntry chosen = mostMentioned(run, countries);
                        run.mention(run.draft(chosen.id(), EntityType.COUNTRY, chosen), m.span(), MentionKind.ALIAS,
                                start, end);
                    } else {
                        run.mention(run.draft(e.id(), EntityType.COUNTRY, e), m.span(), MentionKind.NAME, start, end);
                    }
                }
                case METONYM -> run.mention(run.draft(e.id(), EntityType.ORGANIZATION, e), m.span(), MentionKind.NAME,
                        start, end);
                case PLACE -> {
                    LexiconEntry country = lexicon.countryWithCapital(e).orElse(null);
                    if (country != null && standsForGovernment(run.tokens, m)) {
                        run.mention(run.draft(country.id(), EntityType.COUNTRY, country), m.span(), MentionKind.METONYM,
                                start, end);
                    } else {
                        run.mention(run.draft(e.id(), EntityType.PLACE, e), m.span(), MentionKind.NAME, start, end);
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * Names from the statistical tagger over tokens no lexicon entry touches (the lexicon wins for what it
     * knows): a person, an organisation or a place without codes, which titles and nisbas may then give.
     */
    private void modelNames(Run run, List<NerSpan> spans, List<LexiconMatch> all) {
        boolean[] known = new boolean[run.tokens.size()];
        for (LexiconMatch m : all) {
            LexiconEntry e = Preference.preferred(m);
            if (e != null && NAMES.contains(e.kind()) && !(e.has(Flags.COMMON_WORD) && m.tokens().size() == 1)) {
                for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                    known[i] = true;
                }
            }
        }
        for (NerSpan s : spans) {
            boolean free = true;
            for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
                free &= !known[i] && !run.covered[i] && run.tokens.get(i).isWord();
            }
            if (!free || (s.type().equals("PER") && isKnownSurname(run, run.tokens.get(s.tokens().end() - 1)))) {
                continue; // a known person's last name is left to surname coreference
            }
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
    }

    private static LexiconEntry mostMentioned(Run run, List<LexiconEntry> entries) {
        LexiconEntry best = entries.get(0);
        int most = -1;
        for (LexiconEntry e : entries) {
            EntityDraft d = run.drafts.get(e.id());
            int n = d == null ? 0 : d.mentions.size();
            if (n > most) {
                most = n;
                best = e;
            }
        }
        return best;
    }

    private boolean isKnownSurname(Run run, Token t) {
        for (Candidate c : t.candidates()) {
            if (run.surnames.containsKey(c.key()) || (c.key().length() >= MIN_LEXICON_SURNAME
                    && lexicon.peopleWithSurname(c.key()).size() == 1)) {
                return true;
            }
        }
        return false;
    }

    /** A capital stands for its government after a noun or verb (خطط واشنطن، أعلنت موسكو), not after a preposition. */
    private boolean standsForGovernment(List<Token> tokens, LexiconMatch m) {
        int prev = m.tokens().start() - 1;
        if (!m.candidate().isLiteral() || prev < 0 || tokens.get(m.tokens().start()).newlineBefore()) {
            return false;
        }
        Token p = tokens.get(prev);
        return p.isWord() && !matcher.isFunctionWord(p) && p.key().length() > 1;
    }

    private void organisationsInside(Run run, List<TitlePhrase> phrases, List<LexiconMatch> all) {
        for (TitlePhrase t : phrases) {
            int usedUntil = -1;
            for (LexiconMatch m : all) { // in text order; an organisation inside one already taken is part of it
                if (m.tokens().start() > t.tokens().start() && m.tokens().end() <= t.tokens().end()
                        && m.tokens().start() >= usedUntil
                        && Preference.is(m, EntryKind.ORGANIZATION) && t.organization() == null) {
                    usedUntil = m.tokens().end();
                    LexiconEntry org = Preference.preferred(m);
                    EntityDraft d = run.draft(org.id(), EntityType.ORGANIZATION, org);
                    // the nisbas closing the phrase qualify the organisation too
                    CharSpan span = new CharSpan(m.span().start(), t.span().end());
                    if (d.country == null) {
                        d.country = t.country();
                    }
                    d.add(new Mention(span, run.doc.slice(span), MentionKind.NAME));
                }
            }
        }
    }

    /** Attaches titles to the names beside them; returns the titles left alone. */
    private List<TitlePhrase> titlesWithNames(Run run, List<TitlePhrase> phrases, List<LexiconMatch> matches) {
        Map<Integer, LexiconMatch> matchAt = new HashMap<>();
        for (LexiconMatch m : matches) {
            matchAt.put(m.tokens().start(), m);
        }
        List<TitlePhrase> lone = new ArrayList<>();
        for (TitlePhrase t : phrases) {
            if (t.kind().equals("group")) {
                lone.add(t);
                continue;
            }
            int after = skipComma(run.tokens, t.tokens().end(), +1);
            EntityDraft person = personAt(run.nameAt.get(after));
            if (person == null) {
                person = newName(run, after, matchAt);
            }
            if (person == null && t.kind().equals("description")) {
                lone.add(t); // a description names no one by apposition: الخبير، X is rare; X، المسؤول ... is not
                continue;
            }
            if (person == null) {
                int before = skipComma(run.tokens, t.tokens().start() - 1, -1);
                if (before < t.tokens().start() - 1) { // apposition needs the comma: X، رئيس ...
                    person = personAt(run.nameEndingAt.get(before));
                }
            }
            if (person != null) {
                person.addRole(t);
                for (int i = t.tokens().start(); i < t.tokens().end(); i++) {
                    run.covered[i] = true;
                }
            } else {
                lone.add(t);
            }
        }
        return lone;
    }

    private static EntityDraft personAt(EntityDraft d) {
        return d != null && d.type == EntityType.PERSON ? d : null;
    }

    private static int skipComma(List<Token> tokens, int i, int step) {
        if (i >= 0 && i < tokens.size() && (tokens.get(i).surface().equals("،") || tokens.get(i).surface().equals(","))) {
            return i + step;
        }
        return i;
    }

    /**
     * A name the lexicon does not know, right after a title: a known first name, then up to three words that
     * are not function words, punctuation or other lexicon entries (name particles and first names allowed).
     */
    private EntityDraft newName(Run run, int start, Map<Integer, LexiconMatch> matchAt) {
        if (start >= run.tokens.size() || !preferenceIs(matchAt.get(start), EntryKind.GIVEN_NAME)) {
            return null;
        }
        int end = start + 1;
        while (end < run.tokens.size() && end - start < 4) {
            Token t = run.tokens.get(end);
            LexiconMatch m = matchAt.get(end);
            boolean nameWord = m == null || Preference.is(m, EntryKind.GIVEN_NAME) || Preference.is(m, EntryKind.NAME_PARTICLE);
            if (!t.isWord() || t.newlineBefore() || matcher.isFunctionWord(t) || !nameWord || run.covered[end]) {
                break;
            }
            end++;
        }
        if (end - start < 2) {
            return null; // a first name alone is too weak
        }
        CharSpan span = new CharSpan(run.tokens.get(start).span().start(), run.tokens.get(end - 1).span().end());
        StringBuilder key = new StringBuilder("name:");
        for (int i = start; i < end; i++) {
            key.append(run.tokens.get(i).key()).append(' ');
        }
        EntityDraft d = run.draft(key.toString().strip(), EntityType.PERSON, null);
        run.surname(d, run.tokens.get(end - 1).key());
        run.mention(d, span, MentionKind.NAME, start, end);
        return d;
    }

    private static boolean preferenceIs(LexiconMatch m, EntryKind kind) {
        return m != null && Preference.is(m, kind);
    }

    private void surnames(Run run, List<LexiconMatch> all) {
        boolean[] inMatch = new boolean[run.tokens.size()];
        for (LexiconMatch m : all) {
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                inMatch[i] = true;
            }
        }
        for (int i = 0; i < run.tokens.size(); i++) {
            Token t = run.tokens.get(i);
            if (run.covered[i] || !t.isWord() || matcher.isFunctionWord(t)) {
                continue;
            }
            for (Candidate c : t.candidates()) {
                if (c.key().length() < 3 || t.key().endsWith("ال" + c.key())) {
                    continue; // a surname keeps its article: الجديد is not جديد
                }
                EntityDraft known = onlyPersonWithSurname(run, c.key(), t.span().start());
                if (known == null && !inMatch[i] && c.key().length() >= MIN_LEXICON_SURNAME) {
                    List<LexiconEntry> people = lexicon.peopleWithSurname(c.key());
                    if (people.size() == 1) {
                        known = run.draft(people.get(0).id(), EntityType.PERSON, people.get(0));
                        run.surname(known, c.key());
                    }
                }
                if (known != null) {
                    run.mention(known, t.inner(c.prefix(), c.suffix()), MentionKind.ALIAS, i, i + 1);
                    break;
                }
            }
        }
    }

    private static EntityDraft onlyPersonWithSurname(Run run, String key, int before) {
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

    private void loneTitles(Run run, List<TitlePhrase> lone) {
        for (TitlePhrase t : lone) {
            switch (t.kind()) {
                case "title" -> {
                    EntityDraft person = salient(run, t.span().start(), d -> d.titleKeys.contains(t.key())
                            || (t.actorCode() != null && t.actorCode().equals(d.actorCode) && holds(d, t.head())));
                    if (person != null) {
                        person.addRole(t);
                        if (!t.predicative()) {
                            run.mention(person, t.span(), MentionKind.TITLE, t.tokens().start(), t.tokens().end());
                        }
                    } else if (t.actorCode() != null && t.country() != null && !t.predicative()) {
                        EntityDraft d = run.draft("title:" + t.key(), EntityType.PERSON, null);
                        d.addRole(t);
                        run.mention(d, t.span(), MentionKind.TITLE, t.tokens().start(), t.tokens().end());
                    }
                }
                case "description" -> {
                    if (t.country() != null) {
                        EntityDraft person = salient(run, t.span().start(), d -> t.country().equals(d.country));
                        if (person != null) {
                            run.mention(person, t.span(), MentionKind.DESCRIPTION, t.tokens().start(), t.tokens().end());
                        }
                    }
                }
                default -> { // group
                    if (t.actorCode() != null) {
                        EntityDraft d = run.draft("group:" + t.key(), EntityType.GROUP, null);
                        d.actorCode = t.actorCode();
                        d.country = t.country();
                        run.mention(d, t.span(), MentionKind.NAME, t.tokens().start(), t.tokens().end());
                    }
                }
            }
        }
    }

    /** Whether a person's roles, from the lexicon or the text, include one with this head (رءيس). */
    private static boolean holds(EntityDraft d, String head) {
        List<String> roles = new ArrayList<>(d.roles);
        if (d.entry != null) {
            roles.addAll(d.entry.roles());
        }
        if (roles.isEmpty()) {
            return true;
        }
        for (String role : roles) {
            for (String word : KeyNormalizer.key(role).split("[\\s:]+")) {
                if (word.equals(head) || word.equals("ال" + head)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The person with most mentions before {@code before} that passes the test, the latest on a tie. */
    private static EntityDraft salient(Run run, int before, Predicate<EntityDraft> test) {
        EntityDraft best = null;
        long bestCount = 0;
        int bestLast = -1;
        for (EntityDraft d : run.drafts.values()) {
            if (d.type != EntityType.PERSON || !test.test(d)) {
                continue;
            }
            long count = d.mentions.stream().filter(m -> m.span().start() < before).count();
            int last = d.mentions.stream().filter(m -> m.span().start() < before).mapToInt(m -> m.span().start())
                    .max().orElse(-1);
            if (count > 0 && (count > bestCount || (count == bestCount && last > bestLast))) {
                best = d;
                bestCount = count;
                bestLast = last;
            }
        }
        return best;
    }
}
