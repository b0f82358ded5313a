package hadath.core.entity;

import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last pass of {@link EntityRecognizer}: a definite head noun alone (الصندوق، الجبهة، الوكالة، الاتحاد) names an
 * organisation named before it whose name that noun heads (صندوق النقد الدولي، جبهة العمل الإسلامي), of several
 * the one first named latest: the press shortens a name so once it has been given. Not when a definite word
 * follows that no name covers, which makes it a phrase of its own (المجلس التنفيذي), nor for a noun that means the state (الدولة، not
 * الدولة الإسلامية). Pure logic on a run.
 */
final class OrganisationHeads {

    /** Nouns that in news mostly mean the state itself, never shortening an organisation's name (الدولة الإسلامية). */
    private static final Set<String> STATE_NOUNS = KeyNormalizer.keys("دولة", "حكومة", "جمهورية", "مملكة",
            "سلطة", "سلطات");

    /** باسم: "in the name of", after a spokesman's title. */
    private static final String FOR = KeyNormalizer.key("باسم");

    private OrganisationHeads() {
    }

    static void find(RecognitionRun run) {
        Map<String, List<EntityDraft>> byHead = byHead(run);
        if (byHead.isEmpty()) {
            return; // no organisation of several words named: nothing to shorten
        }
        Map<EntityDraft, Integer> firstNamed = new HashMap<>();
        run.nameAt.forEach((token, d) -> firstNamed.merge(d, token, Math::min));
        List<Token> tokens = run.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (run.covered[i] || (i + 1 < tokens.size() && tokens.get(i + 1).key().startsWith("ال")
                    && !run.covered[i + 1])) {
                continue; // المجلس التنفيذي: an adjective; وطالبت المنظمة السلطات التونسية: a name of its own after
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
                    speaksFor(run, i, last);
                    break;
                }
            }
        }
    }

    /**
     * المتحدث باسم الاتحاد سامي الطاهري، الأمين العام للاتحاد نور الدين الطبوبي: a person named right after the
     * head noun of a title (after باسم, or with ل on it after a definite title word) and known by no code of
     * their own is the organisation's, as with its full name (المتحدث باسم الاتحاد العام التونسي للشغل).
     */
    private static void speaksFor(RecognitionRun run, int i, EntityDraft org) {
        List<Token> tokens = run.tokens;
        EntityDraft named = run.nameAt.get(i + 1);
        if (i == 0 || named == null || named.type != EntityType.PERSON || named.actorCode != null) {
            return;
        }
        String before = tokens.get(i - 1).key();
        if (before.equals(FOR) || (tokens.get(i).key().startsWith("لل") && before.startsWith("ال"))) {
            named.actorCode = org.actorCode;
            named.country = named.country != null ? named.country : org.country;
        }
    }

    /** The organisations of the lexicon named so far, by the key of the first word of a name of several words. */
    private static Map<String, List<EntityDraft>> byHead(RecognitionRun run) {
        Map<String, List<EntityDraft>> byHead = new HashMap<>();
        for (EntityDraft d : run.drafts.values()) {
            if (d.type != EntityType.ORGANIZATION || d.entry == null) {
                continue;
            }
            for (String form : d.entry.forms()) {
                String[] words = form.split(" ");
                String head = KeyNormalizer.key(words[0]);
                head = head.startsWith("ال") ? head.substring(2) : head;
                if (words.length > 1 && head.length() >= 3 && !STATE_NOUNS.contains(head)
                        && !byHead.getOrDefault(head, List.of()).contains(d)) {
                    byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(d);
                }
            }
        }
        return byHead;
    }
}
