package hadath.core.event;

import static hadath.core.event.Clause.WINDOW;
import static hadath.core.event.Clause.isActor;
import static hadath.core.event.Clause.same;

import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex.At;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.sentence.Sentence;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * Whom an act is done to, read after the trigger: the first actor in its window past where it happens (a
 * locative, a place with ب, a body of the source's own code), the actor after a preposition, the two sides
 * after بين, a nisba's state, and the places a sentence names.
 */
final class ObjectFinder {

    private static final Set<String> LOCATIVES = KeyNormalizer.keys("في", "ب", "داخل", "قرب", "شمال", "جنوب", "شرق",
            "غرب", "وسط", "محيط", "أنحاء");
    /** Nouns of a member of a body (قيادي، عضوا، عناصر): في after them names the body, not a place. */
    private static final Set<String> MEMBERS = KeyNormalizer.keys("قيادي", "قياديا", "قياديين", "عضو", "عضوا",
            "أعضاء", "عضوين", "عنصر", "عنصرا", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "ضابط", "ضابطا", "ضباط",
            "موظف", "موظفا", "موظفين", "ناشط", "ناشطا", "ناشطين", "مسؤول", "مسؤولا", "مسؤولين");
    /** Adjectives of rank between a member and في (قيادي بارز في حزب الله). */
    private static final Set<String> RANKS = KeyNormalizer.keys("بارز", "بارزا", "بارزين", "كبير", "كبيرا",
            "رفيع", "رفيعا", "سابق", "سابقا", "سابقين");

    private final Clause c;
    private final List<Token> tokens;
    private final At[] actorAt;
    private final boolean[] roleToken;
    private final String[] nisbaAt;
    private final boolean[] withBa;
    private final SubjectFinder subjects;

    ObjectFinder(Clause c, SubjectFinder subjects) {
        this.c = c;
        this.tokens = c.tokens;
        this.actorAt = c.actorAt;
        this.roleToken = c.roleToken;
        this.nisbaAt = c.nisbaAt;
        this.withBa = c.withBa;
        this.subjects = subjects;
    }

    private boolean locative(int i) {
        return i > 0 && LOCATIVES.contains(tokens.get(i - 1).key()) && !membership(i - 1);
    }

    /** A place with ب on it (بالقصر الملكي بالرباط): where something happens, not whom it is done to. */
    private boolean atPlace(At a) {
        return a.type() == EntityType.PLACE && a.start() >= 0 && withBa[a.start()];
    }

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
            int closed = channelAsideEnd(i, end);
            if (closed > i) {
                limit += closed - i; // ونددت فرنسا، في بيان مشترك لوزراء خارجيتها، بـ...: the ministers wrote it
                i = closed;
                continue;
            }
            if (a == null) {
                limit += c.prayer(i) || asideEnd(i) || titleBefore(i) ? 1 : 0;
                continue;
            }
            if (!locative(i) && !same(a, not)) {
                if (c.ofCode(a, not)) {
                    // a body of the source's own code (استقبل الرئيس تبون بمقر رئاسة الجمهورية الوزير الإيطالي) is
                    // where, or who hosts with it: never whom, as the coder drops an act on oneself
                    ownCode = ownCode == null ? a : ownCode;
                    limit += a.end() - a.start();
                } else if (atPlace(a)) {
                    where = where == null ? a : where; // استقبل الملك بالقصر الملكي بالرباط رئيس الحكومة الإسبانية
                    limit += a.end() - a.start();
                } else {
                    At holder = i > from && roleToken[i - 1] ? c.nameAfter(a.end(), end) : null;
                    return holder != null ? holder : a; // رئيس وزراء العراق محمد شياع السوداني: the office holder
                }
            }
            for (At next = c.conjoined(a.end(), end); next != null; next = c.conjoined(next.end(), end)) {
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

    /**
     * The closing comma of an aside that says where something was said (، في بيان مشترك لوزراء خارجيتها، ، في
     * منشور على "إكس"،) when {@code i} is its opening comma; else -1. Who is named inside wrote or carried the
     * words, and is not whom they are about.
     */
    private int channelAsideEnd(int i, int end) {
        if (i + 2 >= end || !tokens.get(i).isComma() || !TriggerForm.saidIn(tokens, i + 1)) {
            return -1;
        }
        for (int j = i + 3; j < end && j < i + 3 + WINDOW; j++) {
            if (tokens.get(j).isComma()) {
                return j;
            }
        }
        return -1;
    }

    /** A comma that closes an aside before a titled name (، نصره الله، اليوم بالقصر الملكي، فخامة السيد ...). */
    private boolean asideEnd(int i) {
        return tokens.get(i).isComma() && i + 1 < roleToken.length && roleToken[i + 1];
    }

    /** "His brother" before a ruler's style and name in court news (من أخيه الملك، إلى شقيقه الرئيس). */
    private static final Set<String> BROTHER = KeyNormalizer.keys("أخيه", "أخيها", "شقيقه", "شقيقها", "أخيهم");

    /** The actor after a word (a preposition written apart, or attached to the actor's first word). */
    At actorAfterWord(int from, int end, String word) {
        String key = KeyNormalizer.key(word);
        for (int i = from; i < end && i < from + WINDOW; i++) {
            Token t = tokens.get(i);
            if (t.key().equals(key)) {
                // رسالة من أخيه الشيخ مشعل الأحمد: a ruler's brother-ruler, as court news styles him
                int name = i + 1 < end && BROTHER.contains(tokens.get(i + 1).key()) ? i + 2 : i + 1;
                At after = subjects.subjectAfter(name, end);
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

    /**
     * The two sides named after بين close after {@code from} (اشتباكات بين القوات الحكومية ومسلحي الجماعة): the
     * actor right after بين and the one joined to it by و; empty when either is missing.
     */
    List<At> between(int from, int end) {
        // اندلعت اشتباكات عنيفة ليل السبت بين "جهاز الردع" و...: an adjective and a time may stand before بين,
        // a quote mark after it
        int i = TriggerForm.betweenAt(tokens, from, end, 5);
        if (i < 0) {
            return List.of();
        }
        int next = tokens.get(i + 1).kind() == TokenKind.QUOTE && i + 2 < end ? i + 2 : i + 1;
        At first = actorAt[next];
        if (!isActor(first)) {
            return List.of();
        }
        // past the quote mark closing the first name, if any
        int after = first.end() < end && tokens.get(first.end()).kind() == TokenKind.QUOTE ? first.end() + 1 : first.end();
        At second = after + 2 < end && Clause.quotedAfterWaw(tokens, after + 2)
                ? c.conjoined(after + 2, end) : c.conjoined(after, end);
        return isActor(second) ? List.of(first, second) : List.of();
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
            if (c.ofCode(a, source)) {
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
                return c.forces(actorAt[i]) ? actorAt[i] : c.country(nisbaAt[i]);
            }
            // a title (للرئيس العراقي عبد اللطيف رشيد): its nisba is the titled person's, found as an actor
            if (actorAt[i] != null || roleToken[i] || tokens.get(i).kind() != TokenKind.WORD) {
                return null;
            }
        }
        return null;
    }

    /** The first place of a known state named after {@code from} in the sentence, or null. */
    At placeAfter(int from, int end) {
        return firstAfter(from, end, a -> a.type() == EntityType.PLACE && a.country() != null);
    }

    /** The first country named in {@code [from, end)}, else null. */
    At stateAfter(int from, int end) {
        return firstAfter(from, end, a -> a.type() == EntityType.COUNTRY);
    }

    private At firstAfter(int from, int end, java.util.function.Predicate<At> test) {
        for (int i = from; i < end; i++) {
            At a = actorAt[i];
            if (a != null && test.test(a)) {
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
}
