package hadath.core.event;

import static hadath.core.event.TriggerForm.ACTS;
import static hadath.core.event.TriggerForm.ATTACKS;
import static hadath.core.event.TriggerForm.DEMONSTRATIVES;

import hadath.core.entity.MentionIndex.At;
import hadath.core.sentence.Sentence;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who took the act a response answers, when the noun that names it (القرار، المقترح، العقوبات) was told
 * before together with its owner: after it (رحب بري بالمقترح الأمريكي … رفضت الحكومة الإسرائيلية المقترح;
 * قرار مجلس الأمن), or, said first without the article, as what the actor before it did (صوّت مجلس الأمن على
 * قرار … رحبت الخارجية اللبنانية بالقرار). A coded event need not stand behind the earlier mention, which is
 * what the search for the last act's source needs. Pure; reads the clause's index only.
 */
final class AnsweredAct {

    /** How many sentences back the earlier mention may stand. */
    private static final int REACH = 3;

    private AnsweredAct() {
    }

    /**
     * Who took the act the noun at {@code noun} names, for the response of {@code responder}: the owner an
     * earlier mention names after it, else the source of the last act told (an attack's, for {@code attack}),
     * else whoever acted before an earlier mention said without the article; never the responder's own side
     * (the same entity, actor code, or its bare state). Null when nobody is told.
     */
    static At whoTookIt(Clause c, Coded out, Sentence sentence, int noun, int end, At responder, boolean attack) {
        Predicate<String> ours = by -> responder != null && (by.equals(responder.entity())
                || c.sameCode(by, responder.entity()) || c.ownState(by, responder.entity()));
        At owner = owner(c, noun, end, ours, false);
        if (owner != null) {
            return owner;
        }
        At last = c.entity(out.lastSourceBefore(sentence, 2, ours, attack));
        return last != null ? last : owner(c, noun, end, ours, true);
    }

    /**
     * The owner of the act named at {@code at} (past a demonstrative) as an earlier mention of the same noun
     * tells it, skipping owners {@code ours} passes (the responder's own side); null when none is told. With
     * {@code doers}, a mention without the article also names whoever acts before it in its sentence, a weaker
     * reading (ووصفه بأنه "خطوة في الاتجاه الصحيح" names no act), so it is asked after the last act.
     */
    private static At owner(Clause c, int at, int end, Predicate<String> ours, boolean doers) {
        List<Token> tokens = c.tokens;
        if (at < end && DEMONSTRATIVES.contains(tokens.get(at).key())) {
            at++;
        }
        if (at >= end) {
            return null;
        }
        Token noun = tokens.get(at);
        Candidate key = noun.candidateIn(ACTS);
        key = key != null ? key : noun.candidateIn(ATTACKS);
        if (key == null || !key.key().startsWith("ال")) {
            return null;
        }
        String definite = key.key();
        String bare = definite.substring(2);
        Set<String> indefinite = Set.of(bare, bare + "ا"); // قرار، قرارا
        int sentence = c.sentenceOf[at];
        for (int j = at - 1; j >= 0 && c.sentenceOf[j] >= sentence - REACH; j--) {
            Token t = tokens.get(j);
            boolean withArticle = t.hasCandidate(definite);
            if (!withArticle && t.candidateIn(indefinite) == null) {
                continue;
            }
            At after = j + 1 < tokens.size() ? c.actorAt[j + 1] : null;
            if (Clause.isActor(after) && c.sentenceOf[after.start()] == c.sentenceOf[j]) {
                if (!ours.test(after.entity())) {
                    return after; // المقترح الأمريكي، قرار مجلس الأمن
                }
                continue;
            }
            if (doers && !withArticle) {
                At doer = c.before.nearestBefore(c.sentenceStart(j), j, null);
                if (doer != null && !ours.test(doer.entity())) {
                    return doer; // صوّت مجلس الأمن على قرار، فرض الاتحاد الأوروبي عقوبات
                }
            }
        }
        return null;
    }
}
