package hadath.core.event;

import hadath.core.entity.Entity;
import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex;
import hadath.core.entity.MentionIndex.At;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.sentence.Sentence;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors of one document read off its clauses by token position, for the {@link EventCoder}: who stands
 * before a trigger, after it, after a preposition, joined by و, or behind a nisba. Lives for one call; not
 * shared.
 */
final class Clause {

    private static final Set<String> LOCATIVES = KeyNormalizer.keys("في", "ب", "داخل", "قرب", "شمال", "جنوب", "شرق",
            "غرب", "وسط", "محيط", "أنحاء");
    private static final int WINDOW = 12;
    /** Quantities before the people they count, with من or without (مئات الأردنيين، عشرات من المسلحين، عناصر من). */
    private static final Set<String> QUANTITIES = KeyNormalizer.keys("مئات", "آلاف", "عشرات", "ملايين", "المئات",
            "الآلاف", "العشرات", "عدد", "عدة", "بعض", "عناصر", "أفراد", "مجموعة", "مجموعات", "حشود", "حشد",
            "قوة", "دورية", "وحدة", "مفرزة"); // قوة من الحشد الشعبي: a detachment of the body after من
    private static final String FROM = KeyNormalizer.key("من");
    private static final String AT_POST = KeyNormalizer.key("لدى");
    /** The prepositions of an envoy's or ambassador's post (المبعوث إلى اليمن، السفير لدى واشنطن). */
    private static final Set<String> POSTS = KeyNormalizer.keys("إلى", "لدى");
    /** The dash after a dateline (بغداد - ، القاهرة – ). */
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** أن with the pronoun of a clause's subject (أعلن الحوثيون أنهم استهدفوا). */
    static final Set<String> THAT_PRONOUN = KeyNormalizer.keys("أنه", "أنها", "أنهم", "أنهما", "إنه", "إنها",
            "إنهم", "إنهما", "بأنه", "بأنها", "بأنهم", "لأنه", "لأنها", "لأنهم");
    /** أن، إن، بأن: the complementiser of reported speech (نفى أن، قال إن، أعلن بأن). */
    static final Set<String> THAT = KeyNormalizer.keys("أن", "إن", "بأن");

    final List<Token> tokens;
    final At[] actorAt;
    /** token index → the mention covering it (any of its tokens), else null. */
    private final At[] insideOf;
    final int[] sentenceOf;
    private final boolean[] roleToken;
    /** token index → ISO3 of a nisba there (الإسرائيلية), else null. */
    private final String[] nisbaAt;
    /** token index → a mention starts inside it after a و that is no part of the name (وإيران, not وزير). */
    private final boolean[] joinedAt;
    /** token index → a mention starts inside it after ب (بالرباط, not بغداد). */
    private final boolean[] withBa;
    /** token index → a number, or a word the lexicon reads as one (ثلاثة، عشرات). */
    private final boolean[] numberAt;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Entity> countryByIso = new HashMap<>();
    private final TokenMatcher matcher;
    /** Keys of the verbs of the prayer after a ruler's name (the lexicon's function words of kind formula). */
    private final Set<String> prayers;

    Clause(List<Token> tokens, List<Sentence> sentences, List<LexiconMatch> matches, List<Entity> entities,
           TokenMatcher matcher, Set<String> prayers) {
        this.tokens = tokens;
        this.matcher = matcher;
        this.prayers = prayers;
        this.sentenceOf = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
                sentenceOf[i] = s.index();
            }
        }
        this.actorAt = MentionIndex.byFirstToken(tokens, entities, e -> true);
        // المندوبة الأمريكية لدى الأمم المتحدة، سفير مصر لدى واشنطن: the body or state after لدى is the person's
        // post, part of who they are and no party of its own
        for (int i = 0; i < actorAt.length; i++) {
            At a = actorAt[i];
            if (a != null && a.type() == EntityType.PERSON && a.end() + 1 < tokens.size()
                    && tokens.get(a.end()).key().equals(AT_POST) && actorAt[a.end() + 1] != null) {
                At post = actorAt[a.end() + 1];
                actorAt[a.end() + 1] = null;
                actorAt[i] = new At(a.entity(), a.type(), a.country(), a.start(), post.end());
            }
        }
        this.roleToken = LexiconMatch.covering(tokens.size(), matches,
                EnumSet.of(EntryKind.ROLE, EntryKind.NISBA, EntryKind.NAME_PARTICLE)); // السيد before a name
        // المبعوث الأممي إلى اليمن هانس غروندبرغ، سفير الصين لدى الأمم المتحدة فو كونغ: the post between a title
        // and its name is part of the title, no party of its own
        for (int i = 1; i + 1 < tokens.size(); i++) {
            At post = actorAt[i + 1];
            if (roleToken[i - 1] && POSTS.contains(tokens.get(i).key()) && post != null
                    && post.type() != EntityType.PERSON && nameAfter(post.end(), tokens.size()) != null) {
                actorAt[i + 1] = null;
                for (int k = i; k < post.end(); k++) {
                    roleToken[k] = true;
                }
            }
        }
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
        this.nisbaAt = new String[tokens.size()];
        for (LexiconMatch m : matches) {
            for (LexiconEntry e : m.entries()) {
                if (e.kind() == EntryKind.NISBA && e.country() != null) {
                    nisbaAt[m.tokens().start()] = e.country();
                }
            }
        }
        this.joinedAt = new boolean[tokens.size()];
        this.withBa = new boolean[tokens.size()];
        for (Entity e : entities) {
            for (hadath.core.entity.Mention m : e.mentions()) {
                hadath.core.text.TokenRange r = hadath.core.tokenize.Tokens.overlapping(tokens, m.span());
                Token first = r.size() > 0 ? tokens.get(r.start()) : null;
                if (first != null && (first.surface().startsWith("و") && m.span().start() > first.span().start()
                        || quotedAfterWaw(tokens, r.start()))) {
                    joinedAt[r.start()] = true;
                }
                if (first != null && m.span().start() > first.span().start()) {
                    String clitics = first.surface().substring(0, m.span().start() - first.span().start());
                    withBa[r.start()] = clitics.equals("ب") || clitics.equals("وب") || clitics.equals("فب");
                }
            }
        }
        for (Entity e : entities) {
            byId.put(e.id(), e);
            if (e.type() == EntityType.COUNTRY && e.country() != null) {
                countryByIso.putIfAbsent(e.country(), e);
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
    private boolean ofCode(At a, At source) {
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
    private boolean otherStates(At a, At b) {
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

    /** The actor right after {@code from}, past role words and commas (وانتقد وزير الخارجية التركي هاكان فيدان). */
    At subjectAfter(int from, int end) {
        At first = null;
        from = pastQuantity(from, end);
        for (int i = from; i < end && i < from + WINDOW; i++) {
            if (isActor(actorAt[i])) {
                if (actorAt[i].type() == EntityType.PERSON) {
                    At person = actorAt[i];
                    // ولي العهد السعودي الأمير محمد بن سلمان: a title and the name in apposition are one subject
                    while (nameFollowsTitle(person)) {
                        int j = person.end();
                        while (j < end && actorAt[j] == null && roleToken[j]) {
                            j++;
                        }
                        if (j >= end || actorAt[j] == null || actorAt[j].type() != EntityType.PERSON
                                || nameFollowsTitle(actorAt[j]) && titleOnly(actorAt[j])
                                || otherStates(person, actorAt[j])) {
                            // التقى وزير الخارجية السوري نظيره اللبناني: a second title is someone else; استقبل
                            // الرئيس التركي الشيخ تميم: so is a name of another state
                            break;
                        }
                        person = actorAt[j];
                    }
                    return person;
                }
                if (first == null && nisbaAt[i] == null && !allRoles(actorAt[i]) && (i == from || !roleToken[i - 1])) {
                    // استدعت الجزائر القائم بالأعمال الفرنسي: a named subject, then its object; but the
                    // body a title names (الأمين العام لحزب الله نعيم قاسم) is passed for the person
                    return actorAt[i];
                }
                first = first == null ? actorAt[i] : first;
                i = actorAt[i].end() - 1;
            } else if (!roleToken[i] && !tokens.get(i).surface().equals("،") && !titleComplement(i, from)) {
                break;
            }
        }
        return first;
    }

    private static final String GOD = KeyNormalizer.key("الله");
    private static final Set<String> LINEAGE = KeyNormalizer.keys("بن", "بنت", "آل");

    /** The words of the prayer after a ruler's name (حفظه الله ورعاه، نصره الله). */
    private boolean prayer(int i) {
        String key = tokens.get(i).key();
        return prayers.contains(key) || key.equals(GOD) && i > 0 && prayers.contains(tokens.get(i - 1).key());
    }

    /** The words of a lineage after a name (محمد بن سلمان بن عبدالعزيز آل سعود): a name after بن or آل. */
    private boolean lineage(int i) {
        return i > 0 && tokens.get(i).isWord() && LINEAGE.contains(tokens.get(i - 1).key());
    }

    /** Whether token {@code i} counts people: a number or a number word (ثلاثة، 150، عشرات). */
    boolean count(int i) {
        return i >= 0 && i < numberAt.length && numberAt[i];
    }

    /** A word with لل right after a title (المدير العام للوكالة): the body the title is of, named by a noun. */
    private boolean titleComplement(int i, int from) {
        return i > from && roleToken[i - 1] && actorAt[i] == null && tokens.get(i).key().startsWith("لل");
    }

    /** Past a quantity and its من (مئات الأردنيين، عشرات من المسلحين): where the people counted start. */
    private int pastQuantity(int from, int end) {
        if (from < end && actorAt[from] == null && QUANTITIES.contains(tokens.get(from).key())) {
            from++;
            if (from < end && tokens.get(from).key().equals(FROM)) {
                from++;
            }
        }
        return from;
    }

    /**
     * Where the subject starting at {@code from} ends: its actors, their titles, actors joined by و, and commas
     * or times set between them (فرضت وزارة الخزانة الأمريكية، الخميس، عقوبات); -1 when no actor or title
     * starts there.
     */
    int subjectEnd(int from, int end, boolean[] timeToken) {
        int i = pastQuantity(from, end);
        if (i >= end || !(isActor(actorAt[i]) || roleToken[i])) {
            return -1;
        }
        int title = i;
        while (i < end && i < from + WINDOW && roleToken[i] && actorAt[i] == null) {
            i++;
        }
        // read from the title, so that the body it is of (الأمين العام لحزب الله نعيم قاسم) is passed for the name
        At subject = i < end ? subjectAfter(title, end) : null;
        if (subject == null || subject.start() < i) { // at i, or a name in apposition after its titles
            return -1;
        }
        i = subject.end();
        for (At more = conjoined(i, end); more != null; more = conjoined(i, end)) {
            i = more.end(); // فرضت واشنطن ولندن عقوبات
        }
        // a nisba or title after the name (الرئيس الروسي), a time between commas (، الخميس،), the prayer after a
        // ruler's name (، حفظه الله ورعاه،)
        while (i < end && !isActor(actorAt[i]) && (roleToken[i] || timeToken[i] || tokens.get(i).surface().equals("،")
                || prayer(i) || lineage(i))) {
            i++;
        }
        while (i > from && tokens.get(i - 1).surface().equals("،")) {
            i--;
        }
        return i;
    }

    /** Whether a mention is role words only (نظيره اللبناني), no name. */
    private boolean allRoles(At a) {
        for (int i = a.start(); i < a.end(); i++) {
            if (!roleToken[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a mention is a title and nothing else: its words are role words or the state or body the title
     * names (وزير خارجية العراق), with no name of a person in it.
     */
    private boolean titleOnly(At a) {
        for (int i = a.start(); i < a.end(); i++) {
            At inner = i > a.start() ? actorAt[i] : null;
            if (inner != null && inner.type() != EntityType.PERSON && inner.end() <= a.end()) {
                i = inner.end() - 1;
            } else if (!roleToken[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean nameFollowsTitle(At a) {
        for (int i = a.start(); i < a.end(); i++) {
            if (!roleToken[i] && actorAt[i] == null) {
                return false;
            }
        }
        return roleToken[a.start()];
    }

    /** The nearest actor before the trigger in its sentence that no preposition governs; nested mentions skipped. */
    At subjectBefore(int sentenceStart, int trigger) {
        At best = null;
        for (int i = sentenceStart; i < trigger; i++) {
            At a = actorAt[i];
            if (a == null) {
                continue;
            }
            if (isActor(a) && a.end() <= trigger && (i == sentenceStart || !governed(i))) {
                best = a;
            }
            i = Math.max(i, a.end() - 1); // the Duma inside "the speaker of the Duma" is not the subject
        }
        return best;
    }

    /**
     * Who reports the clause that a sentence reports before {@code trigger} (قال الرئيس الأوكراني زيلينسكي إن
     * روسيا قصفت ...): the nearest actor no preposition governs before the sentence's first أن/إن/بأن; null when
     * the sentence reports nothing before the trigger or names no reporter.
     */
    At reporter(int sentenceStart, int trigger) {
        for (int i = sentenceStart + 1; i < trigger; i++) {
            if (actorAt[i] == null && THAT.contains(tokens.get(i).key())) {
                return subjectBefore(sentenceStart, i);
            }
        }
        return null;
    }

    /**
     * The subject of a reported clause that refers back by a pronoun: أعلن الحوثيون أنهم استهدفوا، قال حزب الله إن
     * مقاتليه استهدفوا (the fighters are the group's, coded as the group): the subject of the sentence before it.
     */
    At reportingSubject(int sentenceStart, int trigger) {
        int j = trigger - 1;
        if (j > sentenceStart && actorAt[j] == null && possessed(tokens.get(j).key())
                && THAT.contains(tokens.get(j - 1).key())) {
            return subjectBefore(sentenceStart, j - 1);
        }
        return j > sentenceStart && THAT_PRONOUN.contains(tokens.get(j).key()) ? subjectBefore(sentenceStart, j) : null;
    }

    /** A noun with a possessive pronoun of the third person (مقاتليه، قواتها، عناصرهم). */
    private static boolean possessed(String key) {
        return key.length() > 3 && (key.endsWith("ه") || key.endsWith("ها") || key.endsWith("هم"));
    }

    /** The nearest actor before the trigger in its sentence other than {@code not}. */
    At nearestBefore(int sentenceStart, int trigger, At not) {
        At best = null;
        for (int i = sentenceStart; i < trigger; i++) {
            At a = actorAt[i];
            if (a == null) {
                continue;
            }
            if (isActor(a) && a.end() <= trigger && !same(a, not)) {
                best = a;
            }
            i = Math.max(i, a.end() - 1);
        }
        return best;
    }

    /**
     * After a preposition, or with one attached (لواشنطن، بموسكو), also past a title before the name (إلى
     * الرئيس الروسي فلاديمير بوتين).
     */
    private boolean governed(int i) {
        int j = i - 1;
        while (j > 0 && roleToken[j]) {
            j--;
        }
        Token prev = j >= 0 ? tokens.get(j) : null; // the text's first word has nothing before it
        return prev != null && matcher.isFunctionWord(prev) && !prev.key().equals("و")
                || (!tokens.get(i).key().startsWith("ال") && "بلك".indexOf(tokens.get(i).key().charAt(0)) >= 0
                && tokens.get(i).candidates().size() > 1);
    }

    private boolean locative(int i) {
        return i > 0 && LOCATIVES.contains(tokens.get(i - 1).key()) && !membership(i - 1);
    }

    /** A place with ب on it (بالقصر الملكي بالرباط): where something happens, not whom it is done to. */
    private boolean atPlace(At a) {
        return a.type() == EntityType.PLACE && a.start() >= 0 && withBa[a.start()];
    }

    /** Nouns of a member of a body (قيادي، عضوا، عناصر): في after them names the body, not a place. */
    private static final Set<String> MEMBERS = KeyNormalizer.keys("قيادي", "قياديا", "قياديين", "عضو", "عضوا",
            "أعضاء", "عضوين", "عنصر", "عنصرا", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "ضابط", "ضابطا", "ضباط",
            "موظف", "موظفا", "موظفين", "ناشط", "ناشطا", "ناشطين", "مسؤول", "مسؤولا", "مسؤولين");
    /** Adjectives of rank between a member and في (قيادي بارز في حزب الله). */
    private static final Set<String> RANKS = KeyNormalizer.keys("بارز", "بارزا", "بارزين", "كبير", "كبيرا",
            "رفيع", "رفيعا", "سابق", "سابقا", "سابقين");

    /** Whether the في at {@code prep} follows a member noun (قيادي بارز في حزب الله، 12 عضوا في حزب الشعب). */
    private boolean membership(int prep) {
        int j = prep - 1;
        if (j >= 0 && TriggerForm.isOneOf(tokens.get(j), RANKS)) {
            j--;
        }
        return j >= 0 && TriggerForm.isOneOf(tokens.get(j), MEMBERS);
    }

    /**
     * The first actor after {@code from}, but not one after في (where, or about what: الأوضاع في السودان), nor
     * one joined by و to such a place (في غزة والسودان).
     */
    At firstActorAfter(int from, int end, At not) {
        At where = null; // a place with ب on it: whom only if nobody follows (قصف بلدات بجنوب لبنان)
        At ownCode = null; // one of the source's code: whom only if nobody else is there, and then dropped
        // the window counts words that could still be about whom: the prayer after a ruler's name, the comma that
        // closes an aside before a title, the title's own words and the places passed as where widen it
        // (استقبل الملك، نصره الله، اليوم بالقصر الملكي بالرباط، فخامة السيد ...)
        int limit = from + WINDOW;
        for (int i = from; i < end && i < limit; i++) {
            At a = actorAt[i];
            if (a == null) {
                limit += prayer(i) || asideEnd(i) || titleBefore(i) ? 1 : 0;
                continue;
            }
            if (!isActor(a) && a.type() != EntityType.PLACE) {
                i = a.end() - 1;
                continue;
            }
            if (!locative(i) && !same(a, not)) {
                if (ofCode(a, not)) {
                    // a body of the source's own code (استقبل الرئيس تبون بمقر رئاسة الجمهورية الوزير الإيطالي) is
                    // where, or who hosts with it: never whom, as the coder drops an act on oneself
                    ownCode = ownCode == null ? a : ownCode;
                    limit += a.end() - a.start();
                } else if (atPlace(a)) {
                    where = where == null ? a : where; // استقبل الملك بالقصر الملكي بالرباط رئيس الحكومة الإسبانية
                    limit += a.end() - a.start();
                } else {
                    At holder = i > from && roleToken[i - 1] ? nameAfter(a.end(), end) : null;
                    return holder != null ? holder : a; // رئيس وزراء العراق محمد شياع السوداني: the office holder
                }
            }
            for (At next = conjoined(a.end(), end); next != null; next = conjoined(next.end(), end)) {
                a = next;
            }
            i = a.end() - 1;
        }
        return where != null ? where : ownCode;
    }

    /** A word of a run of titles before a name or a body (نائب رئيس الوزراء وزير الخارجية ... أيمن الصفدي). */
    private boolean titleBefore(int i) {
        return roleToken[i] && i + 1 < roleToken.length && (roleToken[i + 1] || actorAt[i + 1] != null);
    }

    /** A comma that closes an aside before a titled name (، نصره الله، اليوم بالقصر الملكي، فخامة السيد ...). */
    private boolean asideEnd(int i) {
        return tokens.get(i).surface().equals("،") && i + 1 < roleToken.length && roleToken[i + 1];
    }

    /**
     * The person named at {@code i}, past title words (ملك الأردن عبد الله الثاني، وزير خارجية مصر السفير بدر
     * عبد العاطي): the holder of the office whose state or body was named before; null if no name is there.
     */
    private At nameAfter(int i, int end) {
        while (i < end && actorAt[i] == null && roleToken[i]) {
            i++;
        }
        return i < end && actorAt[i] != null && actorAt[i].type() == EntityType.PERSON ? actorAt[i] : null;
    }

    /** SVO: an actor ending right before the trigger (السيسي يستقبل أردوغان). */
    At adjacentBefore(int sentenceStart, int trigger) {
        // an adverb may stand between (وأعلنت باماكو لاحقا قطع علاقاتها، وقررت برلين بدورها استدعاء سفيرها)
        int end = trigger - 1 > sentenceStart && actorAt[trigger - 1] == null && adverb(tokens.get(trigger - 1))
                ? trigger - 1 : trigger;
        for (int i = end - 1; i >= sentenceStart && i >= end - 6; i--) {
            if (isActor(actorAt[i]) && actorAt[i].end() == end) {
                return actorAt[i];
            }
        }
        return null;
    }

    private static final Set<String> ADVERBS = KeyNormalizer.keys("بدوره", "بدورها", "بدورهم", "أيضا", "كذلك",
            "لاحقا", "رسميا", "مجددا", "مؤخرا", "فورا", "قد"); // وكانت الخارجية البولندية قد استدعت

    /** A word that says how or when, between a subject and its act (لاحقا، رسميا، بدورها). */
    private static boolean adverb(Token t) {
        return t.isWord() && ADVERBS.contains(t.key());
    }

    /** The actor after a word (a preposition written apart, or attached to the actor's first word). */
    At actorAfterWord(int from, int end, String word) {
        String key = KeyNormalizer.key(word);
        for (int i = from; i < end && i < from + WINDOW; i++) {
            Token t = tokens.get(i);
            if (t.key().equals(key)) {
                At after = subjectAfter(i + 1, end);
                return after != null ? after : placeAt(i + 1);
            }
            if (key.length() == 1 && actorAt[i] != null && t.key().startsWith(key)) {
                return actorAt[i];
            }
        }
        return null;
    }

    private At placeAt(int i) {
        return i < actorAt.length && actorAt[i] != null && actorAt[i].type() == EntityType.PLACE ? actorAt[i] : null;
    }

    /** A name in quotes after a bare و (قوات حكومية و"جهاز الردع"): the quote mark split the و off. */
    private static boolean quotedAfterWaw(List<Token> tokens, int i) {
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

    /**
     * The two sides named after بين close after {@code from} (اشتباكات بين القوات الحكومية ومسلحي الجماعة): the
     * actor right after بين and the one joined to it by و; empty when either is missing.
     */
    List<At> between(int from, int end) {
        for (int i = from; i < end - 1 && i < from + 3; i++) {
            if (tokens.get(i).key().equals("بين")) {
                At first = actorAt[i + 1];
                At second = !isActor(first) ? null : first.end() + 2 < end && quotedAfterWaw(tokens, first.end() + 2)
                        ? conjoined(first.end() + 2, end) : conjoined(first.end(), end);
                return isActor(second) ? List.of(first, second) : List.of();
            }
        }
        return List.of();
    }

    /**
     * The actors joined by و before {@code a}, nearest last (القوات البحرية الروسية والمصرية: the Russian forces
     * before the Egyptian): none when {@code a} is not joined to an actor ending right before it.
     */
    List<At> joinedBefore(At a) {
        java.util.LinkedList<At> out = new java.util.LinkedList<>();
        for (At at = a; at != null && joinedAt[at.start()] && at.start() > 0; ) {
            At prev = null;
            for (int k = at.start() - 1; k >= 0 && k >= at.start() - 8; k--) {
                if (actorAt[k] != null && actorAt[k].end() == at.start()) {
                    prev = actorAt[k]; // the whole phrase (وزيرا خارجية السعودية), not the name inside it
                }
            }
            if (prev == null || !isActor(prev) || governed(prev.start())) {
                break;
            }
            out.addFirst(prev);
            at = prev;
        }
        return out;
    }

    /** The sentence's first actor other than the source (a person first when {@code person}). */
    At otherActor(Sentence sentence, At source, boolean person) {
        At any = null;
        At own = null; // one of the source's code: taken only when nobody else is there (and then dropped)
        for (int i = sentence.tokens().start(); i < sentence.tokens().end(); i++) {
            At a = actorAt[i];
            if (!isActor(a) || same(a, source)) {
                continue;
            }
            if (ofCode(a, source)) {
                own = own == null ? a : own;
                continue;
            }
            if (!person || a.type() == EntityType.PERSON) {
                return a;
            }
            any = any == null ? a : any;
        }
        return any != null ? any : own;
    }

    /**
     * A nisba close after {@code from} (الخطة الإسرائيلية، غارة إسرائيلية) as the country it names, when the
     * article names that country; no further than the next actor or punctuation.
     */
    At nisbaAfter(int from, int end, int reach) {
        for (int i = from; i < end && i < from + reach; i++) {
            if (nisbaAt[i] != null) { // the state, or its forces (قصف مدفعي إسرائيلي)
                return forces(actorAt[i]) ? actorAt[i] : country(nisbaAt[i]);
            }
            // a title (للرئيس العراقي عبد اللطيف رشيد): its nisba is the titled person's, found as an actor
            if (actorAt[i] != null || roleToken[i] || tokens.get(i).kind() != hadath.core.tokenize.TokenKind.WORD) {
                return null;
            }
        }
        return null;
    }

    /** Whether a nisba's mention is a state's forces (غارة إسرائيلية), which the entity stage found by the noun. */
    private boolean forces(At a) {
        Entity e = a == null ? null : byId.get(a.entity());
        return e != null && e.actorCode() != null && e.actorCode().endsWith("MIL");
    }

    /** Whether the sentence opens with وفي + a place and a comma (وفي بيروت، ...), the way news changes scene. */
    boolean opensNewScene(Sentence sentence) {
        int i = sentence.tokens().start();
        if (i + 2 >= sentence.tokens().end() || !(tokens.get(i).key().equals("وفي") || tokens.get(i).key().equals("في"))
                || actorAt[i + 1] == null) {
            return false;
        }
        int after = actorAt[i + 1].end();
        return after < sentence.tokens().end() && tokens.get(after).surface().equals("،");
    }

    /**
     * The subject of a sentence that opens verb first, with a verb the event lexicon need not know (ووصفت منظمة
     * العفو الدولية الأحكام ...): an actor right after the sentence's first word, when that word is no actor, no
     * function word and no number. What a later verb joined by و goes on with.
     */
    At openingSubject(int sentenceStart, int before) {
        if (sentenceStart + 1 >= before || actorAt[sentenceStart] != null || roleToken[sentenceStart]
                || !tokens.get(sentenceStart).isWord() || matcher.isFunctionWord(tokens.get(sentenceStart))) {
            return null;
        }
        At a = subjectAfter(sentenceStart + 1, before);
        int i = sentenceStart + 1;
        while (a != null && i < a.start() && (roleToken[i] || titleComplement(i, sentenceStart + 1))) {
            i++; // وقال المدير العام للوكالة رافائيل غروسي: the title before the name
        }
        return a != null && a.start() == i && isActor(a) ? a : null;
    }

    /** The opening subject and the actors joined to it by و (وأعربت القاهرة وأنقرة ...): none without one. */
    List<At> openingSubjects(int sentenceStart, int before) {
        At a = openingSubject(sentenceStart, before);
        List<At> out = new java.util.ArrayList<>();
        for (At more = a; more != null; more = conjoined(more.end(), before)) {
            out.add(more);
        }
        return out;
    }

    /** Whether a sentence opens with a dateline (بغداد - ): the body after a headline, which names its own actors. */
    boolean opensWithDateline(Sentence sentence) {
        int i = sentence.tokens().start();
        At a = actorAt[i];
        int after = a == null ? i + 1 : a.end();
        return after < sentence.tokens().end() && DASHES.contains(tokens.get(after).surface());
    }

    /**
     * The subject of a relative clause's verb (الذي تؤديه مصر، التي تبذلها مسقط) starting before {@code end}, when
     * no actor stands between {@code from} and the relative pronoun; not {@code not}.
     */
    At agentOfRelative(int from, int end, At not) {
        for (int i = from; i + 2 < tokens.size() && i < end; i++) {
            if (insideOf[i] != null) {
                return null; // an actor before any relative clause: the object is that actor's, not a clause's
            }
            if (TriggerForm.RELATIVES.contains(tokens.get(i).key()) && tokens.get(i + 1).isWord()) {
                At a = actorAt[i + 2];
                return isActor(a) && !same(a, not) ? a : null;
            }
        }
        return null;
    }

    /** The subject of a verb right after a masdar that takes it as object (قصف مدفعي شنته قوات الدعم السريع). */
    At agentAfterVerb(int from, int end, Set<String> verbs) {
        for (int i = from; i < end && i < from + 3; i++) {
            if (verbs.contains(tokens.get(i).key())) {
                return subjectAfter(i + 1, end);
            }
        }
        return null;
    }

    /** The first place of a known state named after {@code from} in the sentence, or null. */
    At placeAfter(int from, int end) {
        for (int i = from; i < end; i++) {
            At a = actorAt[i];
            if (a != null && a.type() == EntityType.PLACE && a.country() != null) {
                return a;
            }
        }
        return null;
    }

    String placeAfterLocative(Sentence sentence) {
        for (int i = sentence.tokens().start() + 1; i < sentence.tokens().end(); i++) {
            At a = actorAt[i];
            if (a != null && a.type() == EntityType.PLACE && locative(i)) {
                return a.entity();
            }
        }
        return null;
    }

    static boolean same(At a, At b) {
        return a != null && b != null && a.entity().equals(b.entity());
    }
}
