package hadath.core.entity;

import hadath.core.entity.ner.NerSpan;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import hadath.core.sentence.Sentence;
import hadath.core.sentence.SentenceSplitter;
import hadath.core.text.Document;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** What the lexicon names; a first name, a role or a nisba leaves room for the tagger's names. */
    private static final Set<EntryKind> NAMES = EnumSet.of(EntryKind.PERSON,
            EntryKind.ORGANIZATION, EntryKind.COUNTRY, EntryKind.PLACE, EntryKind.METONYM);

    private final Lexicon lexicon;
    private final TokenMatcher matcher;
    private final TitlePhraseFinder titles;
    private final CountedGroups counted;
    private final NisbaCountries nisbaCountries;
    private final Coreference coreference;
    private final StateNouns stateNouns;

    public EntityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = lexicon.matcher();
        this.titles = new TitlePhraseFinder(lexicon);
        this.counted = new CountedGroups(lexicon);
        this.nisbaCountries = new NisbaCountries(lexicon);
        this.coreference = new Coreference(lexicon);
        this.stateNouns = new StateNouns(lexicon);
    }

    /**
     * @param matches non-overlapping lexicon matches in text order
     * @param all     the best match at every start, overlapping ({@link TokenMatcher#matchAll})
     */
    public List<Entity> recognize(Document doc, List<Token> tokens, List<LexiconMatch> matches, List<LexiconMatch> all) {
        return recognize(doc, tokens, new SentenceSplitter().split(tokens), matches, all, List.of());
    }

    /**
     * @param sentences  the document's sentences (a collective takes the country its sentence is set in)
     * @param modelNames names a statistical tagger found ({@link hadath.core.entity.ner.NerTagger}); they add
     *                   people, organisations and places where the lexicon knows nothing
     */
    public List<Entity> recognize(Document doc, List<Token> tokens, List<Sentence> sentences, List<LexiconMatch> matches,
                                  List<LexiconMatch> all, List<NerSpan> modelNames) {
        RecognitionRun run = new RecognitionRun(doc, tokens, sentences);
        // how often the text names each state: what picks the Tripoli, or the Oman or Amman, it means
        Map<String, Integer> statesNamed = statesNamed(all);
        names(run, matches, statesNamed);
        modelNames(run, modelNames, all, statesNamed);
        QuotedShortNames.join(run);
        List<TitlePhrase> phrases = titles.find(doc, tokens, matches);
        organisationsInside(run, phrases, all);
        List<TitlePhrase> lone = titlesWithNames(run, phrases, matches, all);
        coreference.surnames(run, all);
        coreference.loneTitles(run, lone);
        coreference.statesOfTitled(run);
        counted.find(run);
        nisbaCountries.find(run, matches, phrases);
        stateNouns.find(run);
        coreference.organisationHeads(run);
        return run.build();
    }


    private void names(RecognitionRun run, List<LexiconMatch> matches, Map<String, Integer> statesNamed) {
        int stateUntil = -1; // where the last state named ends
        for (int i = 0; i < matches.size(); i++) {
            LexiconMatch m = matches.get(i);
            LexiconEntry e = Preference.preferred(m);
            if (e != null && e.kind() == EntryKind.PLACE && e.has(Flags.AMBIGUOUS)) {
                e = ofStateNamedMost(m, statesNamed);
            }
            if (e == null || (e.has(Flags.COMMON_WORD) && m.tokens().size() == 1)
                    || (e.kind() == EntryKind.PLACE && birthplace(run.tokens, m))) {
                continue;
            }
            int start = m.tokens().start();
            int end = m.tokens().end();
            switch (e.kind()) {
                case PERSON -> {
                    if (i > 0 && matches.get(i - 1).tokens().end() == start
                            && Preference.is(matches.get(i - 1), EntryKind.GIVEN_NAME)) {
                        continue; // محمود علي يوسف is not علي يوسف: a given name before a name makes a longer one
                    }
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
                    stateUntil = end;
                }
                case METONYM -> run.mention(run.draft(e.id(), EntityType.ORGANIZATION, e), m.span(), MentionKind.NAME,
                        start, end);
                case PLACE -> {
                    LexiconEntry country = lexicon.countryWithCapital(e).orElse(null);
                    // القاهرة وأنقرة، مصر وأنقرة: a capital joined by و to a state is a state too
                    boolean joinedToState = start == stateUntil
                            && run.tokens.get(start).key().equals("و" + m.candidate().key());
                    if (country != null && (joinedToState || standsForGovernment(run.tokens, m))) {
                        stateUntil = end;
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
     * مسقط رأسه، مسقط الرأس: "the place where one's head fell", a birthplace, not the capital of Oman, whose name
     * the idiom shares. Read from the word after the name.
     */
    private static boolean birthplace(List<Token> tokens, LexiconMatch m) {
        int next = m.tokens().end();
        if (next >= tokens.size()) {
            return false;
        }
        String key = tokens.get(next).key();
        return key.startsWith(HEAD) || key.startsWith(THE_HEAD);
    }

    private static final String HEAD = KeyNormalizer.key("رأس");
    private static final String THE_HEAD = KeyNormalizer.key("الرأس");

    /**
     * Names from the statistical tagger over tokens no lexicon entry touches (the lexicon wins for what it
     * knows): a person, an organisation or a place without codes, which titles and nisbas may then give.
     */
    private void modelNames(RecognitionRun run, List<NerSpan> spans, List<LexiconMatch> all,
                            Map<String, Integer> statesNamed) {
        boolean[] known = new boolean[run.tokens.size()];
        for (LexiconMatch m : all) {
            LexiconEntry e = Preference.preferred(m);
            if (e != null && NAMES.contains(e.kind()) && !(e.has(Flags.COMMON_WORD) && m.tokens().size() == 1)) {
                for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                    known[i] = true;
                }
            }
        }
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
            if (!free || (s.type().equals("PER") && coreference.isKnownSurname(run, run.tokens.get(s.tokens().end() - 1)))) {
                continue; // a known person's last name is left to surname coreference
            }
            int start = s.tokens().start();
            int end = s.tokens().end();
            LexiconMatch country = s.type().equals("PER") ? null : commonWordCountry(all, start, end);
            LexiconEntry town = country == null ? null : placeOfAnotherState(country, all);
            if (town != null) {
                // عمان: Oman, or Amman in Jordan; the state the text names more decides
                String iso = country.entries().stream().filter(EntityRecognizer::commonWordCountry).findFirst()
                        .orElseThrow().country();
                if (statesNamed.getOrDefault(town.country(), 0) > statesNamed.getOrDefault(iso, 0)
                        || dateline(run.tokens, start, end)) {
                    run.mention(run.draft(town.id(), EntityType.PLACE, town), country.span(), MentionKind.NAME, start, end);
                    continue;
                }
            }
            if (country != null) {
                // قطر، الجزائر، مالي are also ordinary words; where the tagger reads a name, it is the country
                LexiconEntry e = country.entries().stream().filter(EntityRecognizer::commonWordCountry).findFirst()
                        .orElseThrow();
                Token t = run.tokens.get(start);
                run.mention(run.draft(e.id(), EntityType.COUNTRY, e), t.key().startsWith("ال") ? t.span() : country.span(),
                        MentionKind.NAME, start, end);
                continue;
            }
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
            if (m.tokens().end() == end && m.entries().stream().anyMatch(EntityRecognizer::commonWordCountry)) {
                return m;
            }
        }
        return null;
    }

    private static boolean commonWordCountry(LexiconEntry e) {
        return e.kind() == EntryKind.COUNTRY && e.has(Flags.COMMON_WORD) && !e.has(Flags.AMBIGUOUS);
    }

    /**
     * How often the text names each state, by its name, a nisba, a person, an organisation or a place of it
     * that is neither ambiguous nor an ordinary word: what tells Tripoli in Libya from Tripoli in Lebanon.
     */
    private static Map<String, Integer> statesNamed(List<LexiconMatch> matches) {
        Map<String, Integer> named = new java.util.HashMap<>();
        for (LexiconMatch m : matches) {
            LexiconEntry e = Preference.preferred(m);
            if (e != null && e.country() != null && !e.has(Flags.AMBIGUOUS) && !e.has(Flags.COMMON_WORD)) {
                named.merge(e.country(), 1, Integer::sum);
            }
        }
        return named;
    }

    /** Of a place name several places share (طرابلس), the one in the state the text names most, else the first. */
    private static LexiconEntry ofStateNamedMost(LexiconMatch m, Map<String, Integer> statesNamed) {
        LexiconEntry best = null;
        int most = -1;
        for (LexiconEntry e : m.entries()) {
            int n = e.kind() == EntryKind.PLACE ? statesNamed.getOrDefault(e.country(), 0) : -1;
            if (n > most) {
                most = n;
                best = e;
            }
        }
        return best;
    }

    private static LexiconEntry mostMentioned(RecognitionRun run, List<LexiconEntry> entries) {
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


    /** The prepositions after which a capital is a party, not a place (على، ضد، مع; لدى: سفيرها لدى باريس). */
    private static final java.util.Set<String> PARTY_PREPOSITIONS = KeyNormalizer.keys("على", "ضد", "مع", "لدى");

    /**
     * A capital stands for its government after a noun or verb (خطط واشنطن، أعلنت موسكو) or a preposition of a
     * party (عقوبات على طهران), not after one of place (في، إلى، من).
     */
    private boolean standsForGovernment(List<Token> tokens, LexiconMatch m) {
        int prev = m.tokens().start() - 1;
        Token first = tokens.get(m.tokens().start());
        boolean and = first.key().equals("و" + m.candidate().key());
        boolean governed = prev >= 0 && !first.newlineBefore() && matcher.isFunctionWord(tokens.get(prev));
        if ((m.candidate().isLiteral() || and) && !governed && presentVerbAfter(tokens, m)) {
            return true; // واشنطن تفرض عقوبات ... وطهران تتوعد: the subject of a headline's verb
        }
        if (!m.candidate().isLiteral() || prev < 0 || first.newlineBefore()) {
            return false;
        }
        Token p = tokens.get(prev);
        if (PARTY_PREPOSITIONS.contains(p.key())) {
            return true; // عقوبات على طهران، محادثات مع واشنطن، سفيرها لدى باريس: whom something is done to or with
        }
        return p.isWord() && !matcher.isFunctionWord(p) && p.key().length() > 1;
    }

    /**
     * Whether a present-tense verb (يـ، تـ) follows a single-word capital, the way a headline puts its subject
     * first; a dateline (واشنطن - ) or a place in a list is followed by something else.
     */
    private static boolean presentVerbAfter(List<Token> tokens, LexiconMatch m) {
        int next = m.tokens().end();
        if (m.tokens().size() != 1 || next >= tokens.size() || !tokens.get(next).isWord()) {
            return false;
        }
        String key = tokens.get(next).key();
        return key.length() > 3 && (key.charAt(0) == 'ي' || key.charAt(0) == 'ت');
    }

    private void organisationsInside(RecognitionRun run, List<TitlePhrase> phrases, List<LexiconMatch> all) {
        for (TitlePhrase t : phrases) {
            if (t.organization() != null) {
                continue;
            }
            int usedUntil = -1;
            // in text order; an organisation inside one already taken is part of it. Only the matches starting
            // inside the phrase are visited (visiting all of them for every phrase was quadratic in the text).
            for (int k = LexiconMatch.firstStartingAt(all, t.tokens().start() + 1);
                 k < all.size() && all.get(k).tokens().start() < t.tokens().end(); k++) {
                LexiconMatch m = all.get(k);
                if (m.tokens().end() <= t.tokens().end() && m.tokens().start() >= usedUntil
                        && Preference.is(m, EntryKind.ORGANIZATION)) {
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
    private List<TitlePhrase> titlesWithNames(RecognitionRun run, List<TitlePhrase> phrases, List<LexiconMatch> matches,
                                              List<LexiconMatch> all) {
        Map<Integer, LexiconMatch> matchAt = new HashMap<>();
        for (LexiconMatch m : matches) {
            matchAt.put(m.tokens().start(), m);
        }
        Map<Integer, TitlePhrase> honorificAt = new HashMap<>();
        for (TitlePhrase t : phrases) {
            if (t.honorific()) {
                honorificAt.put(t.tokens().start(), t);
            }
        }
        List<TitlePhrase> lone = new ArrayList<>();
        for (TitlePhrase t : phrases) {
            if (t.kind().equals("group")) {
                lone.add(t);
                continue;
            }
            int after = skipComma(run.tokens, t.tokens().end(), +1);
            // الأمين العام لحزب الله سماحة الشيخ نعيم قاسم: forms of address stand between a title and its name
            // (a description does not take them: وطالب فضيلة الشيخ is a verb before its subject)
            for (TitlePhrase h = t.kind().equals("title") ? honorificAt.get(after) : null; h != null;
                 h = honorificAt.get(after)) {
                after = h.tokens().end();
            }
            EntityDraft person = personAt(run.nameAt.get(after));
            if (person == null) {
                person = newName(run, after, matchAt, all);
            }
            if (person == null && t.honorific()) {
                continue; // معالي، فخامة alone name nobody: a form of address is said of every holder of a rank
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
            if (person != null && otherState(t, person)) {
                lone.add(t); // استقبل الرئيس التركي الشيخ تميم: the title of one state is no role of another's ruler
                continue;
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

    /** Whether a title names a state other than the one the lexicon gives the person. */
    private static boolean otherState(TitlePhrase t, EntityDraft person) {
        return t.country() != null && person.entry != null && person.country != null
                && !person.country.equals(t.country());
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
     * are not function words, punctuation or other lexicon entries (name particles and first names allowed), nor
     * a word that begins another constituent ({@link NameBoundary}: النظام، اليوم).
     */
    private EntityDraft newName(RecognitionRun run, int start, Map<Integer, LexiconMatch> matchAt,
                                List<LexiconMatch> all) {
        if (start >= run.tokens.size() || !preferenceIs(matchAt.get(start), EntryKind.GIVEN_NAME)) {
            return null;
        }
        int end = start + 1;
        while (end < run.tokens.size() && end - start < 4) {
            Token t = run.tokens.get(end);
            LexiconMatch m = matchAt.get(end);
            boolean nameWord = m == null || Preference.is(m, EntryKind.GIVEN_NAME) || Preference.is(m, EntryKind.NAME_PARTICLE);
            if (!t.isWord() || t.newlineBefore() || matcher.isFunctionWord(t) || !nameWord || run.covered[end]
                    || NameBoundary.beginsAnother(run.tokens, all, end)) {
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

}
