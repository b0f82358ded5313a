package hadath.core.time;

import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed class of Arabic time words the recogniser reads, as normalised keys. Each word maps to behaviour
 * (an offset in days, a TimeML part-of-day code, a direction), not to data about the world, which is why they
 * live here and months and weekdays live in the lexicon.
 */
final class TimeWords {

    /** Part of day → TimeML suffix; with tanween alif (صباحاً) as well. */
    static final Map<String, String> PART_OF_DAY = Map.ofEntries(
            Map.entry("مساء", "TEV"), Map.entry("مساءا", "TEV"), Map.entry("عشيه", "TEV"),
            Map.entry("صباح", "TMO"), Map.entry("صباحا", "TMO"), Map.entry("فجر", "TMO"), Map.entry("فجرا", "TMO"),
            Map.entry("ظهر", "TAF"), Map.entry("ظهرا", "TAF"), Map.entry("ظهيره", "TAF"), Map.entry("عصر", "TAF"),
            Map.entry("عصرا", "TAF"), Map.entry("ليل", "TNI"), Map.entry("ليلا", "TNI"), Map.entry("ليله", "TNI"));
    /** Forms that follow the day word (أمس مساءً) rather than precede it. */
    static final Set<String> PART_OF_DAY_AFTER = Set.of("مساء", "مساءا", "صباحا", "فجرا", "ظهرا", "عصرا", "ليلا");

    static final Set<String> PAST = Set.of("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته");
    static final Set<String> NEXT = Set.of("المقبل", "المقبله", "القادم", "القادمه");
    static final Set<String> CURRENT = Set.of("الجاري", "الجاريه", "الحالي", "الحاليه");

    static final Set<String> YEAR_NOUNS = Set.of("عام", "سنه");
    /** Words before a bare number that make it a year: في 2020، منذ 2011، حتى 2030، مطلع 2019. */
    static final Set<String> YEAR_PREPOSITIONS = Set.of("في", "منذ", "حتي", "بعد", "قبل", "خلال", "مطلع", "بدايه",
            "نهايه", "اواخر", "اوائل", "منتصف");
    static final Set<String> HIJRI_MARKS = Set.of("ه", "هـ", "هجري", "هجريه", "للهجره");
    static final Set<String> GREGORIAN_MARKS = Set.of("م", "ميلادي", "ميلاديه", "للميلاد");
    static final String DAY_NOUN = "يوم";

    /** The period nouns of relative periods and of "three days ago", with the unit and the count a dual carries. */
    record Period(char unit, int count) {
    }

    static final Map<String, Period> PERIODS = Map.ofEntries(
            Map.entry("يوم", new Period('D', 1)), Map.entry("يوما", new Period('D', 1)),
            Map.entry("ايام", new Period('D', 0)), Map.entry("يومين", new Period('D', 2)),
            Map.entry("يومان", new Period('D', 2)),
            Map.entry("اسبوع", new Period('W', 1)), Map.entry("اسبوعا", new Period('W', 1)),
            Map.entry("اسابيع", new Period('W', 0)), Map.entry("اسبوعين", new Period('W', 2)),
            Map.entry("شهر", new Period('M', 1)), Map.entry("شهرا", new Period('M', 1)),
            Map.entry("اشهر", new Period('M', 0)), Map.entry("شهور", new Period('M', 0)),
            Map.entry("شهرين", new Period('M', 2)),
            Map.entry("عام", new Period('Y', 1)), Map.entry("عاما", new Period('Y', 1)),
            Map.entry("اعوام", new Period('Y', 0)), Map.entry("عامين", new Period('Y', 2)),
            Map.entry("سنه", new Period('Y', 1)), Map.entry("سنوات", new Period('Y', 0)),
            Map.entry("سنين", new Period('Y', 0)), Map.entry("سنتين", new Period('Y', 2)));

    /** The nouns of "last week / this month / next year", with the article. */
    static final Map<String, Character> DEFINITE_PERIODS = Map.of("الاسبوع", 'W', "الشهر", 'M', "العام", 'Y',
            "السنه", 'Y');

    private TimeWords() {
    }

    static boolean isAny(Token t, Set<String> keys) {
        return find(t, keys) != null;
    }

    /**
     * The candidate key of {@code t} found in {@code keys}, or null; the key as written before any stripped
     * form. One set probe per candidate (a token has a handful; the sets have up to a dozen words).
     */
    static String find(Token t, Set<String> keys) {
        List<Candidate> candidates = t.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            String key = candidates.get(i).key();
            if (keys.contains(key)) {
                return key;
            }
        }
        return null;
    }
}
