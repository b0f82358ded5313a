package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.tokenize.Token;
import java.util.List;

/**
 * A country the article names only by a nisba on a thing it owns or does (الخطة الإسرائيلية، غارة إسرائيلية،
 * التهديدات التركية، الفيتو الروسي): the nisba is a description mention of that country, so that events can
 * take it as their actor or target. Only an adjective on a noun counts: a nisba already inside a name or a
 * title (الحكومة الإسرائيلية، وزير الخارجية التركي) or right before a person's name (بنظيره الإيراني عباس
 * عراقجي) is that name's. A human plural (مئات الأردنيين، الفلسطينيون) that no role phrase takes is the
 * country's people (XXXCVL), not the state. Thread-safe.
 */
final class NisbaCountries {

    private final Lexicon lexicon;

    NisbaCountries(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param phrases the document's role phrases: a nisba in one (وزير الخارجية الأمريكي) is the title's */
    void find(RecognitionRun run, List<LexiconMatch> matches, List<TitlePhrase> phrases) {
        boolean[] inTitle = new boolean[run.tokens.size()];
        for (TitlePhrase p : phrases) {
            java.util.Arrays.fill(inTitle, p.tokens().start(), p.tokens().end(), true);
        }
        for (LexiconMatch m : matches) {
            int i = m.tokens().start();
            if (m.tokens().size() != 1 || run.covered[i] || inTitle[i] || !Preference.is(m, EntryKind.NISBA)) {
                continue;
            }
            EntityDraft next = run.nameAt.get(i + 1);
            if (next != null && next.type == EntityType.PERSON) {
                continue; // بنظيره الإيراني عباس عراقجي: a nisba before a name describes the person
            }
            LexiconEntry nisba = Preference.preferred(m);
            LexiconEntry country = nisba == null || nisba.country() == null ? null
                    : lexicon.country(nisba.country()).orElse(null);
            Token t = run.tokens.get(i);
            if (country == null || country.actorCode() == null) {
                continue;
            }
            if (people(t)) {
                // تظاهر مئات الأردنيين، اعتقل فلسطينيين
                run.mention(run.people(country), t.key().startsWith("ال") ? t.span() : m.span(), MentionKind.NAME, i, i + 1);
            } else if (i > 0 && run.tokens.get(i - 1).isWord() && adjective(t)
                    && run.sentenceOf[i - 1] == run.sentenceOf[i]) {
                // the adjective with its article (الإسرائيلية), as the reader sees it; other clitics left out
                run.mention(run.draft(country.id(), EntityType.COUNTRY, country),
                        t.key().startsWith("ال") ? t.span() : m.span(), MentionKind.DESCRIPTION, i, i + 1);
            }
        }
    }

    /** A human masculine plural (الأردنيون، فلسطينيين): people of the country, not an adjective on a thing. */
    private static boolean people(Token t) {
        String key = t.key();
        return key.endsWith("يون") || key.endsWith("يين");
    }

    /** A singular nisba (إسرائيلي، الإسرائيلية، إسرائيليا), not a human plural or dual (-ون، -ين، -ان، -ات). */
    private static boolean adjective(Token t) {
        String key = t.key();
        return !(key.endsWith("ون") || key.endsWith("ين") || key.endsWith("ان") || key.endsWith("ات"));
    }
}
