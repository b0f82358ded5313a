package hadath.core.event;

import static hadath.core.event.Clause.WINDOW;
import static hadath.core.event.Clause.isActor;

import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex.At;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.sentence.Sentence;
import hadath.core.tokenize.Token;
import java.util.List;
import java.util.Set;

/**
 * Who a clause names as subject at a token position: the actor after a verb past quantities, role words and
 * commas, a title and the name in apposition to it taken as one (ولي العهد السعودي الأمير محمد بن سلمان), where
 * that subject ends past its titles, prayers and lineage, and how a sentence opens: verb first with its subject,
 * with a new scene (وفي بيروت، ...) or with a dateline.
 */
final class SubjectFinder {

    /** Quantities before the people they count, with من or without (مئات الأردنيين، عشرات من المسلحين، عناصر من). */
    private static final Set<String> QUANTITIES = KeyNormalizer.keys("مئات", "آلاف", "عشرات", "ملايين", "المئات",
            "الآلاف", "العشرات", "عدد", "عدة", "بعض", "عناصر", "أفراد", "مجموعة", "مجموعات", "حشود", "حشد",
            "قوة", "دورية", "وحدة", "مفرزة"); // قوة من الحشد الشعبي: a detachment of the body after من
    private static final String FROM = KeyNormalizer.key("من");
    private static final String TO = KeyNormalizer.key("إلى");
    /** A delegation, which the actor it is of follows (وفد وزاري من الاتحاد الأوروبي، وفد أمني مصري). */
    private static final Set<String> DELEGATIONS = KeyNormalizer.keys("وفد", "الوفد");
    private static final Set<String> LINEAGE = KeyNormalizer.keys("بن", "بنت", "آل");
    /** The word after a spokesman's title that names whom he speaks for (الناطق الرسمي باسم الاتحاد). */
    private static final String IN_THE_NAME_OF = KeyNormalizer.key("باسم");

    private final Clause c;
    private final List<Token> tokens;
    private final At[] actorAt;
    private final boolean[] roleToken;
    private final String[] nisbaAt;

    SubjectFinder(Clause c) {
        this.c = c;
        this.tokens = c.tokens;
        this.actorAt = c.actorAt;
        this.roleToken = c.roleToken;
        this.nisbaAt = c.nisbaAt;
    }

    /** The actor right after {@code from}, past role words and commas (وانتقد وزير الخارجية التركي هاكان فيدان). */
    At subjectAfter(int from, int end) {
        At first = null;
        from = pastQuantity(from, end);
        for (int i = from; i < end && i < from + WINDOW; i++) {
            if (isActor(actorAt[i])) {
                if (actorAt[i].type() == EntityType.PERSON) {
                    At person = actorAt[i];
                    if (first != null && titleOnly(person) && c.otherStates(first, person)) {
                        // استدعت وزارة الخارجية الهندية القائم بالأعمال الباكستاني: the body passed was the
                        // subject; a title of another state after it is its object, not its holder
                        return first;
                    }
                    // ولي العهد السعودي الأمير محمد بن سلمان: a title and the name in apposition are one subject
                    while (nameFollowsTitle(person)) {
                        int j = person.end();
                        while (j < end && actorAt[j] == null && roleToken[j]) {
                            j++;
                        }
                        if (j >= end || actorAt[j] == null || actorAt[j].type() != EntityType.PERSON
                                || nameFollowsTitle(actorAt[j]) && titleOnly(actorAt[j])
                                || c.otherStates(person, actorAt[j])) {
                            // التقى وزير الخارجية السوري نظيره اللبناني: a second title is someone else; استقبل
                            // الرئيس التركي الشيخ تميم: so is a name of another state
                            break;
                        }
                        person = actorAt[j];
                    }
                    return person;
                }
                if (first == null && nisbaAt[i] == null && !allRoles(actorAt[i])
                        && (i == from || !roleToken[i - 1] && !titleComplement(i - 1, from))) {
                    // استدعت الجزائر القائم بالأعمال الفرنسي: a named subject, then its object; but the
                    // body a title names (الأمين العام لحزب الله نعيم قاسم) is passed for the person
                    return actorAt[i];
                }
                first = first == null ? actorAt[i] : first;
                i = actorAt[i].end() - 1;
            } else if (!roleToken[i] && !tokens.get(i).isComma() && !titleComplement(i, from)) {
                break;
            }
        }
        return first;
    }

    /**
     * The subject after a verb's destination, for a verb of going framed by إلى (وصل إلى العاصمة الجزائرية أمس وفد
     * وزاري من الاتحاد الأوروبي): إلى right after the verb, a place or state, then, past a time ({@code timeToken}),
     * an actor that is no place; null otherwise.
     */
    At subjectPastDestination(int from, int end, String frame, boolean[] timeToken) {
        if (!TO.equals(frame == null ? null : KeyNormalizer.key(frame)) || from + 2 >= end
                || !tokens.get(from).key().equals(TO)) {
            return null;
        }
        // العاصمة الجزائرية، مدينة بنغازي: a word for the kind of place may stand before its name or nisba
        At destination = actorAt[from + 1] != null ? actorAt[from + 1] : actorAt[from + 2];
        if (destination == null || destination.type() != EntityType.PLACE && destination.type() != EntityType.COUNTRY) {
            return null;
        }
        int i = destination.end();
        while (i < end && (actorAt[i] == null ? timeToken[i]
                : (actorAt[i].type() == EntityType.PLACE || actorAt[i].type() == EntityType.COUNTRY)
                && c.sameState(actorAt[i].entity(), destination.entity()))) {
            i = actorAt[i] == null ? i + 1 : actorAt[i].end(); // العاصمة السورية دمشق أمس: the place again, a time
        }
        if (i < end && actorAt[i] == null && DELEGATIONS.contains(tokens.get(i).key())) {
            int limit = Math.min(end, i + 4); // وفد وزاري من: an adjective and من before whose it is
            do {
                i++;
            } while (i < limit && actorAt[i] == null && nisbaAt[i] == null);
        }
        if (i >= end || actorAt[i] == null && !roleToken[i]) {
            return null;
        }
        At subject = subjectAfter(i, end);
        return subject == null || subject.type() == EntityType.PLACE || subject.type() == EntityType.COUNTRY
                && c.sameState(subject.entity(), destination.entity()) ? null : subject;
    }

    /** The words of a lineage after a name (محمد بن سلمان بن عبدالعزيز آل سعود): a name after بن or آل. */
    private boolean lineage(int i) {
        return i > 0 && tokens.get(i).isWord() && LINEAGE.contains(tokens.get(i - 1).key());
    }

    /**
     * A word with لل right after a title (المدير العام للوكالة), or باسم (الناطق الرسمي باسم الاتحاد): what
     * introduces the body the title is of, so that the body is passed for the name after it.
     */
    private boolean titleComplement(int i, int from) {
        return i > from && roleToken[i - 1] && actorAt[i] == null
                && (tokens.get(i).key().startsWith("لل") || tokens.get(i).key().equals(IN_THE_NAME_OF));
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
        for (At more = c.conjoined(i, end); more != null; more = c.conjoined(i, end)) {
            i = more.end(); // فرضت واشنطن ولندن عقوبات
        }
        // a nisba or title after the name (الرئيس الروسي), a time between commas (، الخميس،), the prayer after a
        // ruler's name (، حفظه الله ورعاه،)
        while (i < end && !isActor(actorAt[i]) && (roleToken[i] || timeToken[i] || tokens.get(i).isComma()
                || c.prayer(i) || lineage(i))) {
            i++;
        }
        while (i > from && tokens.get(i - 1).isComma()) {
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

    /** Whether the sentence opens with وفي + a place and a comma (وفي بيروت، ...), the way news changes scene. */
    boolean opensNewScene(Sentence sentence) {
        int i = sentence.tokens().start();
        if (i + 2 >= sentence.tokens().end() || !(tokens.get(i).key().equals("وفي") || tokens.get(i).key().equals("في"))
                || actorAt[i + 1] == null) {
            return false;
        }
        int after = actorAt[i + 1].end();
        return after < sentence.tokens().end() && tokens.get(after).isComma();
    }

    /** Whether a sentence opens with a dateline (بغداد - ): the body after a headline, which names its own actors. */
    boolean opensWithDateline(Sentence sentence) {
        int i = sentence.tokens().start();
        At a = actorAt[i];
        int after = a == null ? i + 1 : a.end();
        return after < sentence.tokens().end() && tokens.get(after).isDash();
    }

    /**
     * The subject of a sentence that opens verb first, with a verb the event lexicon need not know (ووصفت منظمة
     * العفو الدولية الأحكام ...): an actor right after the sentence's first word, when that word is no actor, no
     * function word and no number. What a later verb joined by و goes on with.
     */
    At openingSubject(int sentenceStart, int before) {
        if (sentenceStart + 1 >= before || actorAt[sentenceStart] != null || roleToken[sentenceStart]
                || !tokens.get(sentenceStart).isWord() || c.matcher.isFunctionWord(tokens.get(sentenceStart))) {
            return null;
        }
        At a = subjectAfter(sentenceStart + 1, before);
        int i = sentenceStart + 1;
        while (a != null && i < a.start() && (roleToken[i] || titleComplement(i, sentenceStart + 1))) {
            i++; // وقال المدير العام للوكالة رافائيل غروسي: the title before the name
        }
        return a != null && a.start() == i && isActor(a) ? a : null;
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
}
