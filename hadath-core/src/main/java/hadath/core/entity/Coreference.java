package hadath.core.entity;

import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The coreference passes of {@link EntityRecognizer}: surnames (قاليباف after محمد باقر قاليباف; a distinctive
 * last name of one lexicon person alone) and role phrases standing alone (a title for the person who holds
 * it, a description for the salient person of its country, a group as an entity of its own). Thread-safe.
 */
final class Coreference {

    /**
     * A last name alone names a lexicon person not yet named in full only when it is this long: shorter
     * ones are too often ordinary words (هيكل، جديد).
     */
    static final int MIN_LEXICON_SURNAME = 5;
    /** First words of compound names (عبد السلام، أبو بكر): a surname after one is the compound. */
    private static final Set<String> COMPOUND_HEADS = KeyNormalizer.keys("عبد", "أبو", "أبي");

    private final Lexicon lexicon;
    private final TokenMatcher matcher;

    Coreference(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = lexicon.matcher();
    }

    void surnames(RecognitionRun run, List<LexiconMatch> all) {
        boolean[] inMatch = new boolean[run.tokens.size()];
        for (LexiconMatch m : all) {
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                inMatch[i] = true;
            }
        }
        // a headline names by surname the people its body names in full (وعون يدعو ... / الرئيس جوزاف عون): the
        // first sentence, when a line break ends it (the splitter makes every line a sentence of its own)
        int firstEnd = run.sentences.isEmpty() ? 0 : run.sentences.get(0).tokens().end();
        int headlineEnd = firstEnd < run.tokens.size() && run.tokens.get(firstEnd).newlineBefore() ? firstEnd : 0;
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
                    List<LexiconEntry> people = lexicon.peopleWithSurname(c.key());
                    if (people.size() == 1 && (!adjectival(run, i) || titledAs(people.get(0), run.tokens.get(i - 1)))) {
                        known = run.draft(people.get(0).id(), EntityType.PERSON, people.get(0));
                        run.surname(known, c.key());
                    }
                }
                if (known != null) {
                    CharSpan span = t.inner(c.prefix(), c.suffix());
                    int from = i;
                    String head = i > 0 ? run.tokens.get(i - 1).key() : "";
                    if (c.prefix() == 0 && i > 0 && !run.covered[i - 1] && COMPOUND_HEADS.contains(head)
                            && known.name != null && KeyNormalizer.key(known.name).endsWith(head + " " + c.key())) {
                        // عبد السلام: the surname is the compound, and its first word is part of the mention
                        from = i - 1;
                        span = run.tokens.get(i - 1).span().union(span);
                    }
                    run.mention(known, span, MentionKind.ALIAS, from, i + 1);
                    break;
                }
            }
        }
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

    /**
     * A definite head noun alone (الصندوق، الجبهة، الوكالة، الاتحاد) names an organisation named before it whose
     * name that noun heads (صندوق النقد الدولي، جبهة العمل الإسلامي), of several the one first named latest: the
     * press shortens a name so once it has been given. Not when a definite word follows, which makes it a
     * phrase of its own (المجلس التنفيذي), nor for a noun that means the state (الدولة، not الدولة الإسلامية).
     */
    void organisationHeads(RecognitionRun run) {
        java.util.Map<String, List<EntityDraft>> byHead = new java.util.HashMap<>();
        for (EntityDraft d : run.drafts.values()) {
            if (d.type != EntityType.ORGANIZATION || d.entry == null) {
                continue;
            }
            for (String form : d.entry.forms()) {
                String[] words = form.split(" ");
                String head = KeyNormalizer.key(words[0]);
                head = head.startsWith("ال") ? head.substring(2) : head;
                if (words.length > 1 && head.length() >= 3 && !stateNoun(head)
                        && !byHead.getOrDefault(head, List.of()).contains(d)) {
                    byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(d);
                }
            }
        }
        if (byHead.isEmpty()) {
            return; // no organisation of several words named: nothing to shorten
        }
        java.util.Map<EntityDraft, Integer> firstNamed = new java.util.HashMap<>();
        run.nameAt.forEach((token, d) -> firstNamed.merge(d, token, Math::min));
        List<Token> tokens = run.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (run.covered[i] || (i + 1 < tokens.size() && tokens.get(i + 1).key().startsWith("ال"))) {
                continue;
            }
            // الصندوق، وأشاد الصندوق، بالوكالة, under whatever clitics: a candidate that keeps the article
            for (Candidate c : tokens.get(i).candidates()) {
                List<EntityDraft> named = c.key().startsWith("ال") ? byHead.get(c.key().substring(2)) : null;
                EntityDraft last = null;
                for (EntityDraft d : named == null ? List.<EntityDraft>of() : named) {
                    Integer at = firstNamed.get(d);
                    if (at != null && at < i && (last == null || firstNamed.get(last) < at)) {
                        last = d;
                    }
                }
                if (last != null) {
                    run.mention(last, tokens.get(i).inner(c.prefix(), 0), MentionKind.ALIAS, i, i + 1);
                    break;
                }
            }
        }
    }

    /** Nouns that in news mostly mean the state itself, never shortening an organisation's name (الدولة الإسلامية). */
    private static final java.util.Set<String> STATE_NOUNS = KeyNormalizer.keys("دولة", "حكومة", "جمهورية", "مملكة",
            "سلطة", "سلطات");

    private static boolean stateNoun(String head) {
        return STATE_NOUNS.contains(head);
    }

    /**
     * A one-word title without the article before a word for the country (أمير البلاد، ملك البلاد): in the
     * construct state, it names the office of the country, which a person named before with the title (الأمير
     * محمد بن سلمان) need not hold.
     */
    private static boolean construct(RecognitionRun run, TitlePhrase t) {
        int first = t.tokens().start();
        int next = t.tokens().end();
        return t.tokens().size() == 1 && !run.tokens.get(first).key().startsWith("ال") && next < run.tokens.size()
                && THE_COUNTRY.contains(run.tokens.get(next).key()) && run.sentenceOf[next] == run.sentenceOf[first];
    }

    /** The words for "the country" a title takes in the construct state (أمير البلاد، ملك البلاد، أمير الدولة). */
    private static final Set<String> THE_COUNTRY = KeyNormalizer.keys("البلاد", "الدولة", "المملكة", "الإمارة",
            "السلطنة", "الجمهورية");

    void loneTitles(RecognitionRun run, List<TitlePhrase> lone) {
        for (TitlePhrase t : lone) {
            switch (t.kind()) {
                case "title" -> {
                    if (construct(run, t)) {
                        continue; // أمير البلاد، ملك البلاد: the office of what follows, not a person named before
                    }
                    EntityDraft person = salient(run, t.span().start(), d -> d.titleKeys.contains(t.key())
                            || (t.actorCode() != null && t.actorCode().equals(d.actorCode) && holds(d, t.head())
                            && !otherPortfolio(d, t)));
                    if (person != null) {
                        person.addRole(t);
                        if (!t.predicative()) {
                            run.mention(person, t.span(), MentionKind.TITLE, t.tokens().start(), t.tokens().end());
                        }
                    } else if (t.coded() && !t.predicative()) {
                        EntityDraft d = run.draft("title:" + t.key(), EntityType.PERSON, null);
                        d.addRole(t);
                        run.mention(d, t.span(), MentionKind.TITLE, t.tokens().start(), t.tokens().end());
                    }
                }
                case "description" -> {
                    if (t.country() != null) {
                        EntityDraft person = salient(run, t.span().start(), d -> t.country().equals(d.country));
                        if (person == null && t.actorCode() != null && !t.predicative()) {
                            // مواطن فرنسي، صحفي تونسي with nobody of that country named before: someone unnamed
                            person = run.draft("description:" + t.key() + "@" + t.span().start(), EntityType.PERSON, null);
                            person.addRole(t);
                        }
                        if (person != null) {
                            run.mention(person, t.span(), MentionKind.DESCRIPTION, t.tokens().start(), t.tokens().end());
                        }
                    }
                }
                default -> { // group
                    String country = t.country();
                    String actorCode = t.actorCode();
                    if (actorCode == null && country == null && t.sector() != null && !"IGO".equals(t.sector())) {
                        // المتظاهرون، قوات الأمن with no nisba: the people of the country where the clause is set; an
                        // international group (المراقبون الدوليون) belongs to no country
                        SettingCountry setting = run.setting(); // the places are all known by now
                        country = setting.locatedAt(t.tokens().end());
                        country = country != null ? country : setting.at(t.tokens().start());
                        actorCode = country == null ? null
                                : lexicon.country(country).map(c -> c.actorCode() + t.sector()).orElse(null);
                    }
                    if (actorCode != null) {
                        EntityDraft d = run.group(t.key() + ":" + country, country, actorCode);
                        run.mention(d, t.span(), MentionKind.NAME, t.tokens().start(), t.tokens().end());
                    }
                }
            }
        }
    }

    /** The sectors of no state (المبعوث، الناشط الحقوقي): a title of theirs takes no state from the setting. */
    private static final Set<String> INTERNATIONAL_SECTORS = Set.of("IGO", "NGO", "HRI");

    /**
     * A person the lexicon does not know, named after a title or description that names no state (وزير الإعلام
     * معمر الإرياني، الأسير عمر الشلبي), is of the state where the clause is set, as a group with no nisba is;
     * an international role (المبعوث، a rights activist) takes none.
     */
    void statesOfTitled(RecognitionRun run) {
        List<Integer> starts = new ArrayList<>(run.nameAt.keySet());
        java.util.Collections.sort(starts);
        for (int start : starts) {
            EntityDraft d = run.nameAt.get(start);
            String sector = d.type != EntityType.PERSON || d.entry != null || d.actorCode != null || d.country != null
                    ? null : stateSector(d);
            if (sector == null) {
                continue;
            }
            String country = run.setting().at(start);
            if (country != null) {
                d.country = country;
                d.actorCode = lexicon.country(country).map(c -> c.actorCode() + sector).orElse(null);
            }
        }
    }

    /** The sector of the first of a person's titles that is not international, else null. */
    private String stateSector(EntityDraft d) {
        for (String key : d.titleKeys) {
            String sector = lexicon.entry(roleOf(key)).map(e -> e.attribute("sector")).orElse(null);
            if (sector != null && !INTERNATIONAL_SECTORS.contains(sector)) {
                return sector;
            }
        }
        return null;
    }

    /**
     * Whether the person holds another office of the same head (وزير الداخلية for وزير الخارجية): the head alone
     * finds a shortened title (الوزير السعودي) its holder, but two offices spelled out are two people.
     */
    private boolean otherPortfolio(EntityDraft d, TitlePhrase t) {
        String role = roleOf(t.key());
        if (!specific(role)) {
            return false;
        }
        for (String key : d.titleKeys) {
            String other = roleOf(key);
            if (!other.equals(role) && specific(other)) {
                return true;
            }
        }
        return false;
    }

    private static String roleOf(String titleKey) {
        return titleKey.split("\\|", 2)[0];
    }

    /** Whether a role entry is an office of several words (وزير الخارجية), not a bare rank (الوزير). */
    private boolean specific(String roleId) {
        return lexicon.entry(roleId).map(e -> e.ar().strip().contains(" ")).orElse(false);
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
    private static EntityDraft salient(RecognitionRun run, int before, Predicate<EntityDraft> test) {
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

    /** Whether a word is the last name of someone already named, or of exactly one person in the lexicon. */
    boolean isKnownSurname(RecognitionRun run, Token t) {
        for (Candidate c : t.candidates()) {
            if (run.surnames.containsKey(c.key()) || (c.key().length() >= MIN_LEXICON_SURNAME
                    && lexicon.peopleWithSurname(c.key()).size() == 1)) {
                return true;
            }
        }
        return false;
    }
}
