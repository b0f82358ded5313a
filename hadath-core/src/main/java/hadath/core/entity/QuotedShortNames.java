package hadath.core.entity;

import hadath.core.tokenize.TokenKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An organisation's short name in quote marks right after its full name (حركة المقاومة الإسلامية "حماس"، قوات
 * سوريا الديمقراطية "قسد") is that organisation: the press introduces the acronym or the common name so, and
 * the tagger, which does not know it, would make an entity with no code of its own. Pure logic on a run.
 */
final class QuotedShortNames {

    /** How many words a short name in quote marks may have. */
    private static final int MAX_WORDS = 3;

    private QuotedShortNames() {
    }

    /** Makes every unknown name in quote marks right after an organisation's name a mention of it. */
    static void join(RecognitionRun run) {
        List<Integer> ends = new ArrayList<>(run.nameEndingAt.keySet());
        Collections.sort(ends);
        for (int end : ends) {
            EntityDraft org = run.nameEndingAt.get(end);
            int open = end + 1;
            if (org.type != EntityType.ORGANIZATION || !quote(run, open)) {
                continue;
            }
            EntityDraft shortName = run.nameAt.get(open + 1);
            if (shortName == null || shortName == org || shortName.entry != null || !closed(run, shortName, open + 1)) {
                continue;
            }
            for (Mention m : shortName.mentions) {
                org.add(new Mention(m.span(), m.text(), MentionKind.ALIAS));
            }
            shortName.mentions.clear(); // a draft with no mention is not built
            replace(run.nameAt, shortName, org);
            replace(run.nameEndingAt, shortName, org);
        }
    }

    private static boolean quote(RecognitionRun run, int i) {
        return i < run.tokens.size() && run.tokens.get(i).kind() == TokenKind.QUOTE;
    }

    /** Whether the name starting at {@code start} ends, within a few words, right before a closing mark. */
    private static boolean closed(RecognitionRun run, EntityDraft name, int start) {
        for (int e = start; e < start + MAX_WORDS && e < run.tokens.size(); e++) {
            if (run.nameEndingAt.get(e) == name && quote(run, e + 1)) {
                return true;
            }
        }
        return false;
    }

    private static void replace(Map<Integer, EntityDraft> index, EntityDraft from, EntityDraft to) {
        for (Map.Entry<Integer, EntityDraft> e : index.entrySet()) {
            if (e.getValue() == from) {
                e.setValue(to);
            }
        }
    }
}
