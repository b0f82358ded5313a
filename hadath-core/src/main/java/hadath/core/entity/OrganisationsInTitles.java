package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.text.CharSpan;
import java.util.List;

/**
 * The pass of {@link EntityRecognizer} after the tagger's names: the organisations inside role phrases (رئيس مجلس
 * الدوما الروسي → مجلس الدوما الروسي), which the non-overlapping matches lose to the role. Pure logic on a run.
 */
final class OrganisationsInTitles {

    private OrganisationsInTitles() {
    }

    /**
     * @param phrases the role phrases, in text order
     * @param all     the best lexicon match at every start, overlapping
     */
    static void find(RecognitionRun run, List<TitlePhrase> phrases, List<LexiconMatch> all) {
        for (TitlePhrase t : phrases) {
            if (t.organization() != null) {
                continue;
            }
            int usedUntil = -1;
            // in text order; an organisation inside one already taken is part of it. Only the matches starting
            // inside the phrase are visited (visiting all of them for every phrase was quadratic in the text).
            for (int k = LexiconMatch.firstStartingAt(all, t.tokens().start() + 1);
                 k < all.size() && all.get(k).tokens().start() < t.tokens().end(); k++) {
                LexiconMatch m = all.get(k);
                if (m.tokens().end() <= t.tokens().end() && m.tokens().start() >= usedUntil
                        && Preference.is(m, EntryKind.ORGANIZATION)) {
                    usedUntil = m.tokens().end();
                    LexiconEntry org = Preference.preferred(m);
                    EntityDraft d = run.draft(org.id(), EntityType.ORGANIZATION, org);
                    // the nisbas closing the phrase qualify the organisation too
                    CharSpan span = new CharSpan(m.span().start(), t.span().end());
                    if (d.country == null) {
                        d.country = t.country();
                    }
                    d.add(new Mention(span, run.doc.slice(span), MentionKind.NAME));
                }
            }
        }
    }
}
