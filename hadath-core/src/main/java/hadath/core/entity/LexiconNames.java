package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass of {@link EntityRecognizer}: the names the lexicon knows. People (not after a given name,
 * which makes a longer name), organisations with a following nisba (مجلس الدوما الروسي), countries (a designation
 * several states share goes to the one the text names most), seats of power, and places; a capital that stands
 * for its government ({@link CapitalMetonyms}) becomes a metonym mention of its country. Thread-safe.
 */
final class LexiconNames {

    /** Facilities named after the state or city they serve (ميناء جيبوتي، مطار دمشق، قاعدة عدن): nouns, bare. */
    private static final Set<String> FACILITIES = KeyNormalizer.keys("ميناء", "موانئ", "مرفأ", "مطار",
            "مطارات", "قاعدة", "محطة", "مصفاة", "منشأة", "مرفق", "معبر", "جسر", "سفارة", "قنصلية");

    private final Lexicon lexicon;
    private final CapitalMetonyms capitals;

    LexiconNames(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.capitals = new CapitalMetonyms(lexicon.matcher());
    }

    /**
     * @param matches     non-overlapping lexicon matches in text order
     * @param statesNamed how often the text names each state: what picks the Tripoli it means
     */
    void find(RecognitionRun run, List<LexiconMatch> matches, Map<String, Integer> statesNamed) {
        int stateUntil = -1; // where the last state named ends
        for (int i = 0; i < matches.size(); i++) {
            LexiconMatch m = matches.get(i);
            LexiconEntry e = Preference.preferred(m);
            if (e != null && e.kind() == EntryKind.PLACE && e.has(Flags.AMBIGUOUS)) {
                e = ofStateNamedMost(m, statesNamedAround(run, matches, m), statesNamed);
            }
            if (e == null || (e.has(Flags.COMMON_WORD) && m.tokens().size() == 1)
                    || (e.kind() == EntryKind.PLACE && (birthplace(run.tokens, m) || afterKaf(run.tokens, m)))) {
                continue;
            }
            int start = m.tokens().start();
            int end = m.tokens().end();
            if ((e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.PLACE) && facility(run, m, e)) {
                continue;
            }
            switch (e.kind()) {
                case PERSON -> person(run, matches, i, e);
                case ORGANIZATION -> organisation(run, matches, i, e);
                case COUNTRY -> {
                    country(run, m, e);
                    stateUntil = end;
                }
                case METONYM -> run.mention(run.draft(e.id(), EntityType.ORGANIZATION, e), m.span(), MentionKind.NAME,
                        start, end);
                case PLACE -> {
                    if (place(run, m, e, stateUntil)) {
                        stateUntil = end;
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * ميناء جيبوتي، مطار دمشق: a port, airport, base or facility in construct with a state or city is a place of
     * that state, never the state or its government acting (a ship bound for ميناء جيبوتي was not attacked by
     * Djibouti). The facility and its name become one place; returns whether the match was taken so.
     */
    private static boolean facility(RecognitionRun run, LexiconMatch m, LexiconEntry e) {
        int before = m.tokens().start() - 1;
        if (before < 0 || run.covered[before] || run.sentenceOf[before] != run.sentenceOf[before + 1]
                || m.candidate().prefix() > 0) {
            return false; // ميناء لجيبوتي، مطار وبغداد: not the construct
        }
        Token noun = run.tokens.get(before);
        Candidate c = noun.candidateIn(FACILITIES);
        if (c == null || c.suffix() > 0) {
            return false;
        }
        String prefix = noun.key().substring(0, c.prefix());
        if (prefix.endsWith("ال") || prefix.endsWith("لل")) {
            return false; // الميناء جيبوتي: a definite noun is no construct head
        }
        EntityDraft d = run.draft("facility:" + c.key() + ":" + e.id(), EntityType.PLACE, null);
        d.country = e.country();
        d.geo = e.geo();
        CharSpan span = noun.inner(c.prefix(), 0).union(m.span()); // وميناء جيبوتي: the place starts after و
        run.mention(d, span, MentionKind.NAME, before, m.tokens().end());
        return true;
    }

    private static void person(RecognitionRun run, List<LexiconMatch> matches, int i, LexiconEntry e) {
        LexiconMatch m = matches.get(i);
        int start = m.tokens().start();
        int end = m.tokens().end();
        if (i > 0 && matches.get(i - 1).tokens().end() == start
                && Preference.is(matches.get(i - 1), EntryKind.GIVEN_NAME)) {
            return; // محمود علي يوسف is not علي يوسف: a given name before a name makes a longer one
        }
        EntityDraft d = run.draft(e.id(), EntityType.PERSON, e);
        run.surname(d, run.tokens.get(end - 1).key());
        run.mention(d, m.span(), MentionKind.NAME, start, end);
    }

    /** An organisation, with the nisba right after it when that names its state or it has none (مجلس الدوما الروسي). */
    private static void organisation(RecognitionRun run, List<LexiconMatch> matches, int i, LexiconEntry e) {
        LexiconMatch m = matches.get(i);
        int start = m.tokens().start();
        int end = m.tokens().end();
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

    private static void country(RecognitionRun run, LexiconMatch m, LexiconEntry e) {
        int start = m.tokens().start();
        int end = m.tokens().end();
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

    /**
     * A place, or its country when it is a capital that stands for its government or is joined by و to a state
     * named right before it; returns whether it was taken as a state.
     */
    private boolean place(RecognitionRun run, LexiconMatch m, LexiconEntry e, int stateUntil) {
        int start = m.tokens().start();
        int end = m.tokens().end();
        LexiconEntry country = lexicon.countryWithCapital(e).orElse(null);
        // القاهرة وأنقرة، مصر وأنقرة: a capital joined by و to a state is a state too
        boolean joinedToState = start == stateUntil
                && run.tokens.get(start).key().equals("و" + m.candidate().key());
        if (country != null && capitals.namesAnAccord(run.tokens, m)) {
            return false; // اتفاقات أوسلو، مؤتمر مدريد: part of a name, neither a party nor where a clause is set
        }
        if (country != null && (joinedToState || capitals.standsForGovernment(run.tokens, m))) {
            run.mention(run.draft(country.id(), EntityType.COUNTRY, country), m.span(), MentionKind.METONYM,
                    start, end);
            return true;
        }
        run.mention(run.draft(e.id(), EntityType.PLACE, e), m.span(), MentionKind.NAME, start, end);
        return false;
    }

    /**
     * كنيس (a synagogue) is not ك "like" + نيس (Nice), nor كبيرة ك + البيرة: a place reached only by stripping ك
     * is an ordinary word far more often than a comparison with a town (كمصر is written, but rarely).
     */
    private static boolean afterKaf(List<Token> tokens, LexiconMatch m) {
        return !m.candidate().isLiteral()
                && TitlePhraseFinder.proclitics(tokens.get(m.tokens().start()), m).endsWith("ك");
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
     * Of a place name several places share (طرابلس), the one in the state its own sentence names most (وفي
     * طرابلس، هدد رئيس الوزراء الليبي, in a story that names Lebanon more often), else the one in the state the
     * text names most, else the first.
     */
    private static LexiconEntry ofStateNamedMost(LexiconMatch m, Map<String, Integer> inSentence,
                                                 Map<String, Integer> statesNamed) {
        LexiconEntry best = null;
        int most = -1;
        for (LexiconEntry e : m.entries()) {
            int n = e.kind() != EntryKind.PLACE ? -1
                    : inSentence.getOrDefault(e.country(), 0) * 1000 + statesNamed.getOrDefault(e.country(), 0);
            if (n > most) {
                most = n;
                best = e;
            }
        }
        return best;
    }

    /** How often the sentence of {@code place} names each state, counted as {@link EntityRecognizer} counts the text. */
    private static Map<String, Integer> statesNamedAround(RecognitionRun run, List<LexiconMatch> matches,
                                                          LexiconMatch place) {
        int sentence = run.sentenceOf[place.tokens().start()];
        return EntityRecognizer.statesNamed(
                matches.stream().filter(m -> run.sentenceOf[m.tokens().start()] == sentence).toList());
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
}
