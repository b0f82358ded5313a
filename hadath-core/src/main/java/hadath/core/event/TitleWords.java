package hadath.core.event;

import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex.At;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Token;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which words of a document belong to titles, for {@link Clause}: the lexicon's roles, nisbas and name particles
 * (السيد before a name), the adjectives a title takes before its holder's name (وزير الخارجية الجديد، الرئيس
 * المعزول), and the post of an envoy or ambassador (لدى، إلى), which is part of who they are and no party of its
 * own. Lives for one call; not shared.
 */
final class TitleWords {

    /**
     * What a title is said with between it and the name (وزير الخارجية الجديد محمد جواد ظريف، الرئيس الأسبق حسني
     * مبارك، رئيس الوزراء المكلف): it changes whom the title is of, not that a name follows. السابق is not among
     * them: the lexicon has former offices as roles of their own (الرئيس السابق, coded ELI).
     */
    private static final Set<String> TITLE_ADJECTIVES = KeyNormalizer.keys("الجديد", "الجديدة", "المكلف",
            "المكلفة", "المؤقت", "المؤقتة", "المعزول", "المعزولة", "الأسبق", "الأسبقة", "المنتخب", "المنتخبة",
            "الحالي", "الحالية", "بالوكالة", "بالإنابة", "المستقيل", "المستقيلة", "المقال", "المقالة");
    private static final String AT_POST = KeyNormalizer.key("لدى");
    private static final String TO_POST = KeyNormalizer.key("إلى");
    /** Words after which a clause opens with its subject (أن المبعوث ... سيتوجه): no verb before it takes إلى. */
    private static final Set<String> SUBJECT_OPENERS = KeyNormalizer.keys("أن", "إن", "بأن", "وأن", "وإن", "لكن",
            "ولكن", "فيما", "بينما", "كما");
    /** Envoys and ambassadors: إلى after them names their post (المبعوث الأممي إلى السودان). */
    private static final Set<String> ENVOYS = KeyNormalizer.keys("مبعوث", "مبعوثة", "المبعوث", "المبعوثة", "موفد",
            "الموفد", "سفير", "السفير", "سفيرة", "السفيرة", "مندوب", "المندوب", "مندوبة", "المندوبة");
    /** The prepositions of an envoy's or ambassador's post (المبعوث إلى اليمن، السفير لدى واشنطن). */
    private static final Set<String> POSTS = KeyNormalizer.keys("إلى", "لدى");

    private final List<Token> tokens;
    private final At[] actorAt;
    private final int[] sentenceOf;
    private boolean[] roleToken;

    private TitleWords(List<Token> tokens, At[] actorAt, int[] sentenceOf) {
        this.tokens = tokens;
        this.actorAt = actorAt;
        this.sentenceOf = sentenceOf;
    }

    /**
     * The title words of a document, token by token. Widens a person's mention over the post after it and drops
     * the post's own mention from {@code actorAt}, where it is no party.
     */
    static boolean[] read(List<Token> tokens, List<LexiconMatch> matches, At[] actorAt, int[] sentenceOf) {
        TitleWords w = new TitleWords(tokens, actorAt, sentenceOf);
        w.postsOfPersons();
        w.roleToken = LexiconMatch.covering(tokens.size(), matches,
                EnumSet.of(EntryKind.ROLE, EntryKind.NISBA, EntryKind.NAME_PARTICLE)); // السيد before a name
        for (int i = 1; i < tokens.size(); i++) {
            if (w.roleToken[i - 1] && actorAt[i] == null && TITLE_ADJECTIVES.contains(tokens.get(i).key())) {
                w.roleToken[i] = true;
            }
        }
        w.postsInTitles(); // after the posts of persons
        return w.roleToken;
    }

    /**
     * The person named at {@code i}, past title words (ملك الأردن عبد الله الثاني، وزير خارجية مصر السفير بدر
     * عبد العاطي): the holder of the office whose state or body was named before; null if no name is there.
     */
    static At nameAfter(At[] actorAt, boolean[] roleToken, int i, int end) {
        while (i < end && actorAt[i] == null && roleToken[i]) {
            i++;
        }
        return i < end && actorAt[i] != null && actorAt[i].type() == EntityType.PERSON ? actorAt[i] : null;
    }

    /**
     * المندوبة الأمريكية لدى الأمم المتحدة، سفير مصر لدى واشنطن: the body or state after لدى is the person's post,
     * part of who they are and no party of its own; the person's mention is widened over it.
     */
    private void postsOfPersons() {
        for (int i = 0; i < actorAt.length; i++) {
            At a = actorAt[i];
            if (a != null && a.type() == EntityType.PERSON && a.end() + 1 < tokens.size()
                    && actorAt[a.end() + 1] != null && (tokens.get(a.end()).key().equals(AT_POST)
                    || sentTo(a) && actorAt[a.end() + 1].type() != EntityType.PERSON)) {
                At post = actorAt[a.end() + 1];
                actorAt[a.end() + 1] = null;
                actorAt[i] = new At(a.entity(), a.type(), a.country(), a.start(), post.end());
            }
        }
    }

    /**
     * المبعوث الشخصي للأمين العام إلى السودان سيتوجه إلى القاهرة: after an envoy's title with no name, إلى and a
     * state or body is where he is sent, his post, as لدى is; the state is no party of what he does next.
     */
    private boolean sentTo(At a) {
        if (!tokens.get(a.end()).key().equals(TO_POST) || sentenceOf[a.end()] != sentenceOf[a.start()]) {
            return false;
        }
        int before = a.start() - 1;
        if (before >= 0 && sentenceOf[before] == sentenceOf[a.start()] && !tokens.get(before).isComma()
                && !SUBJECT_OPENERS.contains(tokens.get(before).key())) {
            return false; // ووصل المبعوث الأمريكي إلى دمشق: after a verb, إلى is the verb's
        }
        At post = actorAt[a.end() + 1];
        if (post.end() < tokens.size() && actorAt[post.end()] != null
                && actorAt[post.end()].type() == EntityType.PERSON) {
            return false; // المبعوث الأمريكي إلى سوريا توم باراك: the name after the post is the envoy's
        }
        for (int k = a.start(); k < a.end(); k++) {
            if (ENVOYS.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * المبعوث الأممي إلى اليمن هانس غروندبرغ، سفير الصين لدى الأمم المتحدة فو كونغ: the post between a title and
     * its name is part of the title, no party of its own; its words become role words.
     */
    private void postsInTitles() {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            At post = actorAt[i + 1];
            if (roleToken[i - 1] && POSTS.contains(tokens.get(i).key()) && post != null && post.type() != EntityType.PERSON
                    && nameAfter(actorAt, roleToken, post.end(), Clause.sentenceEnd(sentenceOf, i)) != null) {
                actorAt[i + 1] = null;
                for (int k = i; k < post.end(); k++) {
                    roleToken[k] = true;
                }
            }
        }
    }
}
