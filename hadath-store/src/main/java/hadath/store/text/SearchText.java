package hadath.store.text;

import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The normalised form of a text that full-text search indexes, and of the words a search asks for. Pure and
 * thread-safe.
 *
 * <p>Each word or number token becomes its {@link KeyNormalizer} key (no diacritics, tatweel or invisible marks;
 * أ إ آ → ا, ة → ه, ى → ي, digits of every script → ASCII, Latin lower-cased), then loses its leading clitics:
 * the article ال and the proclitics و ف ب ل, repeatedly from the left (والحكومة → حكومه, للحكومة → حكومه,
 * وبالعراق → عراق). Punctuation and symbols are dropped; the keys are joined by single spaces.
 *
 * <p>Without a lexicon nothing tells the ل of لبنان from a preposition, so stripping is greedy and blind: what
 * keeps search right is that documents and queries are normalised by this one function, so a word and every
 * clitic-prefixed form of it share one key (لبنان, للبنان, وللبنان → نان). A letter is stripped only while at
 * least {@value #MIN_STEM_AFTER_PROCLITIC} letters remain after it ({@value #MIN_STEM_AFTER_ARTICLE} after ال),
 * so short words (وفد, له) keep their first letter.
 */
public final class SearchText {

    static final int MIN_STEM_AFTER_PROCLITIC = 3;
    static final int MIN_STEM_AFTER_ARTICLE = 2;
    private static final String ARTICLE = "\u0627\u0644"; // ال
    private static final String PROCLITICS = "\u0648\u0641\u0628\u0644"; // و ف ب ل

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private SearchText() {
    }

    /** The normalised text: search keys of the words, space-separated. */
    public static String normalize(String text) {
        return String.join(" ", terms(text));
    }

    /** The search keys of the words and numbers of a text, in order. */
    public static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> keys = TOKENIZER.keys(text);
        List<String> out = new ArrayList<>(keys.size());
        for (String key : keys) {
            if (!key.isEmpty() && Character.isLetterOrDigit(key.codePointAt(0))) {
                out.add(strip(key));
            }
        }
        return out;
    }

    /**
     * The keys of the words and numbers of a name, space-separated, with no clitic stripped: names are written
     * without clitics, and stripping would fold unrelated names together (بوتين and تين).
     */
    public static String nameKey(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String key : TOKENIZER.keys(name)) {
            if (!key.isEmpty() && Character.isLetterOrDigit(key.codePointAt(0))) {
                out.add(key);
            }
        }
        return String.join(" ", out);
    }

    /** A key without its leading article and proclitics. */
    static String strip(String key) {
        String k = key;
        while (true) {
            if (k.startsWith(ARTICLE) && k.length() - 2 >= MIN_STEM_AFTER_ARTICLE) {
                k = k.substring(2);
            } else if (PROCLITICS.indexOf(k.charAt(0)) >= 0 && k.length() - 1 >= MIN_STEM_AFTER_PROCLITIC) {
                k = k.substring(1);
            } else {
                return k;
            }
        }
    }
}
