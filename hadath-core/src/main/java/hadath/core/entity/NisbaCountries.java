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
 * title (الحكومة الإسرائيلية، وزير الخارجية التركي) is that name's, and the human plurals and duals
 * (الأردنيون، مصريين) are people, not the state. Thread-safe.
 */
final class NisbaCountries {

    private final Lexicon lexicon;

    NisbaCountries(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(RecognitionRun run, List<LexiconMatch> matches) {
        for (LexiconMatch m : matches) {
            int i = m.tokens().start();
            if (m.tokens().size() != 1 || i == 0 || run.covered[i] || !Preference.is(m, EntryKind.NISBA)) {
                continue;
            }
            LexiconEntry nisba = Preference.preferred(m);
            Token before = run.tokens.get(i - 1);
            if (nisba == null || nisba.country() == null || !before.isWord() || !adjective(run.tokens.get(i))) {
                continue;
            }
            LexiconEntry country = lexicon.country(nisba.country()).orElse(null);
            if (country != null && run.sentenceOf[i - 1] == run.sentenceOf[i]) {
                // the adjective with its article (الإسرائيلية), as the reader sees it; other clitics left out
                Token t = run.tokens.get(i);
                run.mention(run.draft(country.id(), EntityType.COUNTRY, country),
                        t.key().startsWith("ال") ? t.span() : m.span(), MentionKind.DESCRIPTION, i, i + 1);
            }
        }
    }

    /** A singular nisba (إسرائيلي، الإسرائيلية، إسرائيليا), not a human plural or dual (-ون، -ين، -ان، -ات). */
    private static boolean adjective(Token t) {
        String key = t.key();
        return !(key.endsWith("ون") || key.endsWith("ين") || key.endsWith("ان") || key.endsWith("ات"));
    }
}
