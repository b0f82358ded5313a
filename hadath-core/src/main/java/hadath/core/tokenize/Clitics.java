package hadath.core.tokenize;

import hadath.core.normalize.KeyNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Lookup candidates for an Arabic word: its key, then the forms with clitics stripped. Pure.
 *
 * <p>Arabic writes conjunctions, prepositions, the article and object/possessive pronouns as part of the
 * word (وبوتين، لقاليباف، بموسكو، للعلاقات، حكومته). The candidates let a lexicon find the entry inside;
 * whether a candidate is right is decided by the lexicon (it must be a known entry), which is why و at the
 * start of وليد does no harm: وليد itself is tried first. Proclitics, in order: و ف; then ب ل ك, or
 * س (future) before a verb prefix ي ت ن ا; then ال. ل + ال is written لل, so للعراق yields العراق and
 * عراق. Enclitic pronouns: ه ها هم هما هن كم كما ك نا; the first-person ي and ني are left out because
 * news prose rarely uses them and they collide with nisba endings (إيراني). A stem keeps at least two
 * letters (three before a pronoun), and a stem ending in ت before a pronoun gets its ة back
 * (حكومته → حكومة). The pronoun ه is told from ة because stripping runs before ة is merged into ه.
 */
public final class Clitics {

    private static final String ARTICLE = "ال";
    private static final String[] CONJUNCTIONS = {"", "و", "ف"};
    private static final String[] PREPOSITIONS = {"", "ب", "ل", "ك", "س"};
    /** Longest first, so that هما is tried before ه. */
    private static final String[] ENCLITICS = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك"};
    private static final int MIN_STEM = 2;
    private static final int MIN_STEM_BEFORE_ENCLITIC = 3;
    private static final int MAX_CANDIDATES = 12;

    private Clitics() {
    }

    /** Candidates for a surface form; the first is always the literal {@link KeyNormalizer#key} of it. */
    public static List<Candidate> candidates(String surface) {
        String raw = KeyNormalizer.keyKeepingTehMarbuta(surface);
        List<Candidate> stems = new ArrayList<>(6);
        stems.add(new Candidate(raw, 0, 0));
        if (raw.length() <= MIN_STEM || !isArabicLetter(raw.charAt(0))) {
            return merged(stems);
        }
        for (String conj : CONJUNCTIONS) {
            if (!raw.startsWith(conj)) {
                continue;
            }
            String r1 = raw.substring(conj.length());
            for (String prep : PREPOSITIONS) {
                if (!r1.startsWith(prep) || (conj.isEmpty() && prep.isEmpty())) {
                    continue;
                }
                String r2 = r1.substring(prep.length());
                int prefix = conj.length() + prep.length();
                if (prep.equals("س") && (r2.isEmpty() || "يتنا".indexOf(r2.charAt(0)) < 0)) {
                    continue;
                }
                if (prep.equals("ل") && r2.startsWith("ل") && !r2.startsWith(ARTICLE)) {
                    // لل = ل + ال with the alef dropped: للعراق → العراق (the span starts after لل)
                    add(stems, ARTICLE + r2.substring(1), prefix + 1, 0, MIN_STEM + 2);
                    add(stems, r2.substring(1), prefix + 1, 0, MIN_STEM);
                }
                add(stems, r2, prefix, 0, MIN_STEM);
            }
        }
        // the article, bare or after a proclitic: الإيراني → إيراني، بالعراق → عراق
        for (int i = 0, n = stems.size(); i < n; i++) {
            Candidate c = stems.get(i);
            if (c.key().startsWith(ARTICLE)) {
                int prefix = c.key().length() == raw.length() - c.prefix() ? c.prefix() + 2 : c.prefix();
                add(stems, c.key().substring(2), prefix, 0, MIN_STEM);
            }
        }
        for (int i = 0, n = stems.size(); i < n; i++) {
            Candidate c = stems.get(i);
            String form = c.key();
            if (form.startsWith(ARTICLE)) {
                continue; // the article and a pronoun suffix exclude each other
            }
            for (String enclitic : ENCLITICS) {
                if (form.endsWith(enclitic) && form.length() - enclitic.length() >= MIN_STEM_BEFORE_ENCLITIC) {
                    String stem = form.substring(0, form.length() - enclitic.length());
                    int suffix = enclitic.length();
                    if (stem.endsWith("ت")) {
                        add(stems, stem.substring(0, stem.length() - 1) + KeyNormalizer.TEH_MARBUTA, c.prefix(), suffix,
                                MIN_STEM);
                    }
                    add(stems, stem, c.prefix(), suffix, MIN_STEM_BEFORE_ENCLITIC);
                    break;
                }
            }
        }
        return merged(stems);
    }

    /** ة merged into ه, duplicates dropped (the first, least stripped, kept). */
    private static List<Candidate> merged(List<Candidate> stems) {
        List<Candidate> out = new ArrayList<>(stems.size());
        List<String> seen = new ArrayList<>(stems.size());
        for (Candidate c : stems) {
            String key = KeyNormalizer.mergeTehMarbuta(c.key());
            if (!seen.contains(key) && out.size() < MAX_CANDIDATES) {
                seen.add(key);
                out.add(new Candidate(key, c.prefix(), c.suffix()));
            }
        }
        return out;
    }

    private static void add(List<Candidate> stems, String key, int prefix, int suffix, int minLength) {
        if (key.length() < minLength) {
            return;
        }
        for (Candidate c : stems) {
            if (c.key().equals(key)) {
                return;
            }
        }
        stems.add(new Candidate(key, prefix, suffix));
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }
}
