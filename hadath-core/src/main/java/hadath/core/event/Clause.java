package hadath.core.event;

import hadath.core.entity.Entity;
import hadath.core.entity.EntityType;
import hadath.core.entity.Mention;
import hadath.core.entity.MentionIndex;
import hadath.core.entity.MentionIndex.At;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.sentence.Sentence;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import hadath.core.tokenize.Tokens;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors of one document indexed by token position, for the {@link EventCoder}: the mention starting at or
 * covering each token, role words, nisbas, numbers, mentions joined by و or with ب on them, each token's
 * sentence, the entities by id, and the small lookups on them (an actor joined by و, a word a preposition
 * governs, the name after a title). The readings built on the index are its readers: {@link #subjects} (who a
 * clause names as subject), {@link #objects} (whom an act is done to), {@link #before} (who stands before a
 * trigger), {@link #reported} (who speaks for a reported or relative clause) and {@link #joined} (actors joined
 * into one side). Lives for one call; not shared.
 */
final class Clause {

    static final int WINDOW = 12;
    /** The sectors of a state's own institutions in a CAMEO actor code (IRQ + GOV). */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
    /** أن with the pronoun of a clause's subject (أعلن الحوثيون أنهم استهدفوا). */
    static final Set<String> THAT_PRONOUN = KeyNormalizer.keys("أنه", "أنها", "أنهم", "أنهما", "إنه", "إنها",
            "إنهم", "إنهما", "بأنه", "بأنها", "بأنهم", "لأنه", "لأنها", "لأنهم");
    /** أن، إن، بأن: the complementiser of reported speech (نفى أن، قال إن، أعلن بأن). */
    static final Set<String> THAT = KeyNormalizer.keys("أن", "إن", "بأن");
    private static final String GOD = KeyNormalizer.key("الله");

    final List<Token> tokens;
    final At[] actorAt;
    /** token index → the mention covering it (any of its tokens), else null. */
    final At[] insideOf;
    final int[] sentenceOf;
    final boolean[] roleToken;
    /** token index → ISO3 of a nisba there (الإسرائيلية), else null. */
    final String[] nisbaAt;
    /** token index → a mention starts inside it after a و that is no part of the name (وإيران, not وزير). */
    final boolean[] joinedAt;
    /** token index → a mention starts inside it after ب (بالرباط, not بغداد). */
    final boolean[] withBa;
    /** token index → a number, or a word the lexicon reads as one (ثلاثة، عشرات). */
    private final boolean[] numberAt;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Entity> countryByIso = new HashMap<>();
    /** ISO3 → the first entity coded as that state's government (الحكومة التونسية، وزارة الداخلية، قيس سعيد). */
    private final Map<String, Entity> governmentByIso = new HashMap<>();
    final TokenMatcher matcher;
    /** Keys of the verbs of the prayer after a ruler's name (the lexicon's function words of kind formula). */
    private final Set<String> prayers;

    // made last in the constructor, so that they see the arrays filled; nameAfter, conjoined and governed stay
    // here as the constructor and more than one reader ask them
    /** Who a clause names as subject at a position, with its titles. */
    final SubjectFinder subjects;
    /** Whom an act is done to, after the trigger. */
    final ObjectFinder objects;
    /** The actors standing before a trigger. */
    final ActorsBefore before;
    /** Who speaks for a reported clause or acts in a relative one. */
    final ReportedSpeech reported;
    /** Actors joined by و into one side. */
    final JoinedActors joined;

    Clause(List<Token> tokens, List<Sentence> sentences, List<LexiconMatch> matches, List<Entity> entities,
           TokenMatcher matcher, Set<String> prayers) {
        this.tokens = tokens;
        this.matcher = matcher;
        this.prayers = prayers;
        this.sentenceOf = sentenceOf(tokens.size(), sentences);
        this.actorAt = MentionIndex.byFirstToken(tokens, entities, e -> true);
        this.roleToken = TitleWords.read(tokens, matches, actorAt, sentenceOf); // before insideOf, from actorAt
        this.insideOf = new At[tokens.size()];
        for (At a : actorAt) {
            for (int i = a == null ? 0 : a.start(); a != null && i < a.end() && i < insideOf.length; i++) {
                insideOf[i] = a;
            }
        }
        this.numberAt = LexiconMatch.covering(tokens.size(), matches, EnumSet.of(EntryKind.NUMBER_WORD));
        for (int i = 0; i < tokens.size(); i++) {
            numberAt[i] |= tokens.get(i).kind() == TokenKind.NUMBER;
        }
        this.nisbaAt = nisbaAt(tokens.size(), matches);
        this.joinedAt = new boolean[tokens.size()];
        this.withBa = new boolean[tokens.size()];
        markClitics(entities);
        for (Entity e : entities) {
            byId.put(e.id(), e);
            if (e.type() == EntityType.COUNTRY && e.country() != null) {
                countryByIso.putIfAbsent(e.country(), e);
            }
            if (e.country() != null && (e.country() + "GOV").equals(e.actorCode())) {
                governmentByIso.putIfAbsent(e.country(), e);
            }
        }
        this.subjects = new SubjectFinder(this);
        this.objects = new ObjectFinder(this, subjects);
        this.before = new ActorsBefore(this);
        this.reported = new ReportedSpeech(this, before);
        this.joined = new JoinedActors(this, subjects);
    }

    private static int[] sentenceOf(int size, List<Sentence> sentences) {
        int[] out = new int[size];
        for (Sentence s : sentences) {
            for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
                out[i] = s.index();
            }
        }
        return out;
    }

    /** The first token of the sentence of token {@code i}. */
    int sentenceStart(int i) {
        int start = i;
        while (start > 0 && sentenceOf[start - 1] == sentenceOf[i]) {
            start--;
        }
        return start;
    }

    /** The token after the last of token {@code i}'s sentence. */
    static int sentenceEnd(int[] sentenceOf, int i) {
        int end = i;
        while (end < sentenceOf.length && sentenceOf[end] == sentenceOf[i]) {
            end++;
        }
        return end;
    }

    private static String[] nisbaAt(int size, List<LexiconMatch> matches) {
        String[] out = new String[size];
        for (LexiconMatch m : matches) {
            for (LexiconEntry e : m.entries()) {
                if (e.kind() == EntryKind.NISBA && e.country() != null) {
                    out[m.tokens().start()] = e.country();
                }
            }
        }
        return out;
    }

    /** Marks each mention that starts after a و of its own (joinedAt) or with ب on it (withBa). */
    private void markClitics(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                TokenRange r = Tokens.overlapping(tokens, m.span());
                Token first = r.size() > 0 ? tokens.get(r.start()) : null;
                if (first != null && (first.surface().startsWith("و") && m.span().start() > first.span().start()
                        || quotedAfterWaw(tokens, r.start()))) {
                    joinedAt[r.start()] = true;
                }
                if (first != null && m.span().start() > first.span().start()) {
                    String clitics = first.surface().substring(0, m.span().start() - first.span().start());
                    // |=: another mention starting on the same word (a name inside a longer one) keeps the ب
                    withBa[r.start()] |= clitics.equals("ب") || clitics.equals("وب") || clitics.equals("فب");
                }
            }
        }
    }

    /**
     * Whether tokens [from, to) lie inside a mention: أمم in الأمم المتحدة is a name, and الطيران الحربي،
     * المتظاهرون, read as actors, are who acts, not what is done.
     */
    boolean insideName(int from, int to) {
        At a = insideOf[from];
        return a != null && a.end() >= to;
    }

    /** The mention token {@code i} lies in, or null. */
    At covering(int i) {
        return i >= 0 && i < insideOf.length ? insideOf[i] : null;
    }

    static boolean isActor(At a) {
        return a != null && a.type() != EntityType.PLACE;
    }

    At entity(String id) {
        Entity e = id == null ? null : byId.get(id);
        return e == null ? null : At.of(e);
    }

    /**
     * Whether two entities carry the same actor code (وزير الخارجية السعودي and ولي العهد, both SAUGOV): an event
     * between them is one actor acting on itself, which CAMEO does not code and GDELT drops.
     */
    boolean sameCode(String a, String b) {
        Entity x = a == null ? null : byId.get(a);
        Entity y = b == null ? null : byId.get(b);
        return x != null && y != null && x.actorCode() != null && x.actorCode().equals(y.actorCode());
    }

    /** Whether {@code a} has the actor code of {@code source}: an act of one on the other is dropped. */
    boolean ofCode(At a, At source) {
        return source != null && sameCode(a.entity(), source.entity());
    }

    /** Whether two entities are of one state (إيران، الخارجية الإيرانية، طهران): their countries agree. */
    boolean sameState(String a, String b) {
        Entity x = a == null ? null : byId.get(a);
        Entity y = b == null ? null : byId.get(b);
        if (x == null || y == null) {
            return false;
        }
        String p = x.country() != null ? x.country() : x.actorCode();
        String q = y.country() != null ? y.country() : y.actorCode();
        return a.equals(b) || (p != null && p.equals(q));
    }

    /** Whether two mentions are of two different states, both known. */
    boolean otherStates(At a, At b) {
        return a.country() != null && b.country() != null && !a.country().equals(b.country());
    }

    /**
     * Whether one entity is the bare state of the other (الحكومة الإسرائيلية and إسرائيل, الجزائر and the
     * Algerians, الجيش التركي and a Turkish town): one side, not two, of an event. A place counts as its state.
     */
    boolean ownState(String a, String b) {
        String p = codeOrState(a);
        String q = codeOrState(b);
        if (p == null || q == null) {
            return false;
        }
        return !p.equals(q) && ((p.length() == 3 && q.startsWith(p)) || (q.length() == 3 && p.startsWith(q)));
    }

    /** An entity's actor code, else its state (a place): the code the scorer and the GDELT export give it. */
    private String codeOrState(String id) {
        Entity e = id == null ? null : byId.get(id);
        return e == null ? null : e.actorCode() != null ? e.actorCode() : e.country();
    }

    /** The COUNTRY entity of an ISO3 code, when the article names that country. */
    At country(String iso3) {
        Entity e = iso3 == null ? null : countryByIso.get(iso3);
        return e == null ? null : At.of(e);
    }

    /** The first company (a BUS code) named in tokens [from, to), else null: the employer a strike is against. */
    At companyIn(int from, int to) {
        for (int i = from; i < to; i++) {
            Entity e = actorAt[i] == null ? null : byId.get(actorAt[i].entity());
            if (e != null && e.actorCode() != null && e.actorCode().endsWith("BUS")) {
                return actorAt[i];
            }
        }
        return null;
    }

    /** The entity the article names as the government of an ISO3 state, else null. */
    At government(String iso3) {
        Entity e = iso3 == null ? null : governmentByIso.get(iso3);
        return e == null ? null : At.of(e);
    }

    /** The words of the prayer after a ruler's name (حفظه الله ورعاه، نصره الله). */
    boolean prayer(int i) {
        String key = tokens.get(i).key();
        return prayers.contains(key) || key.equals(GOD) && i > 0 && prayers.contains(tokens.get(i - 1).key());
    }

    /** Whether token {@code i} counts people: a number or a number word (ثلاثة، 150، عشرات). */
    boolean count(int i) {
        return i >= 0 && i < numberAt.length && numberAt[i];
    }

    /**
     * After a preposition, or with one attached (لواشنطن، بموسكو), also past a title before the name (إلى
     * الرئيس الروسي فلاديمير بوتين).
     */
    boolean governed(int i) {
        int j = i - 1;
        while (j > 0 && (roleToken[j] || tokens.get(j).kind() == TokenKind.QUOTE)) {
            j--; // على "إكس": a quote mark stands between the preposition and its noun
        }
        Token prev = j >= 0 ? tokens.get(j) : null; // the text's first word has nothing before it
        return prev != null && matcher.isFunctionWord(prev) && !prev.key().equals("و")
                || (!tokens.get(i).key().startsWith("ال") && "بلك".indexOf(tokens.get(i).key().charAt(0)) >= 0
                && tokens.get(i).candidates().size() > 1);
    }

    /**
     * The person named at {@code i}, past title words (ملك الأردن عبد الله الثاني، وزير خارجية مصر السفير بدر
     * عبد العاطي): the holder of the office whose state or body was named before; null if no name is there.
     */
    At nameAfter(int i, int end) {
        return TitleWords.nameAfter(actorAt, roleToken, i, end);
    }

    /** A name in quotes after a bare و (قوات حكومية و"جهاز الردع"): the quote mark split the و off. */
    static boolean quotedAfterWaw(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).kind() == TokenKind.QUOTE
                && tokens.get(i - 2).surface().equals("و");
    }

    /** Another actor joined by و: وإيران، والاتحاد الأوروبي. */
    At conjoined(int after, int end) {
        if (after >= 0 && after < end && actorAt[after] != null && joinedAt[after]
                && (isActor(actorAt[after]) || actorAt[after].type() == EntityType.PLACE)) {
            return actorAt[after];
        }
        return null;
    }

    /** Whether an actor is a state or its government (تونس، الحكومة التونسية): no protester against it. */
    boolean governs(At a) {
        Entity e = a == null ? null : byId.get(a.entity());
        return e == null || e.actorCode() == null || e.actorCode().length() == 3 || e.actorCode().endsWith("GOV");
    }

    /**
     * Whether two entities are one side of their state: of one state, and both the state's (the state itself, its
     * government, forces, police, courts, parliament or intelligence) or both not (rebels, parties, civilians).
     * The army and the rebels of one state are two sides.
     */
    boolean sameSide(String a, String b) {
        return sameState(a, b) && statesOwn(a) == statesOwn(b);
    }

    private boolean statesOwn(String id) {
        Entity e = byId.get(id);
        String code = e.actorCode();
        return code == null || code.length() == 3 || STATE_SECTORS.contains(code.substring(3, Math.min(6, code.length())));
    }

    /** Whether an actor is civilians (مدنيا، السكان): never a side of a fight. */
    boolean civilians(At a) {
        Entity e = a == null ? null : byId.get(a.entity());
        return e != null && e.actorCode() != null && e.actorCode().endsWith("CVL");
    }

    /** Whether a nisba's mention is a state's forces (غارة إسرائيلية), which the entity stage found by the noun. */
    boolean forces(At a) {
        Entity e = a == null ? null : byId.get(a.entity());
        return e != null && e.actorCode() != null && e.actorCode().endsWith("MIL");
    }

    static boolean same(At a, At b) {
        return a != null && b != null && a.entity().equals(b.entity());
    }
}
