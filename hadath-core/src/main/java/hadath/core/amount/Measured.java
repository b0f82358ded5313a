package hadath.core.amount;

import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * The thing an amount measures ({@code about}), read from the words around it:
 * <ul>
 *   <li>subject, verb of measure, amount: "حجم الاستثمارات الأجنبية في المغرب، بلغ نحو ثلاثة مليارات دولار" — the
 *       subject runs back from the verb to the start of the clause (sentence start, punctuation, أن/إن);</li>
 *   <li>verb, subject, amount: "بلغت قيمة الصادرات 5 مليارات دولار" — the words between verb and amount;</li>
 *   <li>amount, share noun, thing: "400 مليون يورو حصة الواردات الألمانية من تونس" — the words after the share
 *       noun (حصة، قيمة، ثمن، كلفة) up to the end of the clause;</li>
 *   <li>thing, بقيمة, amount: "صفقة أسلحة بقيمة 3 مليارات دولار" — the noun and its genitives before بقيمة.</li>
 * </ul>
 * Otherwise null: a guess would be worse than nothing.
 */
final class Measured {

    /** Verbs of measure (بلغ، وصل، ارتفع ...) in the forms news uses, as normalised keys. */
    private static final Set<String> VERBS = Set.of("بلغ", "بلغت", "يبلغ", "تبلغ", "وصل", "وصلت", "يصل", "تصل",
            "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "انخفض", "انخفضت", "ينخفض", "تنخفض", "تراجع", "تراجعت", "تجاوز",
            "تجاوزت", "يتجاوز", "تتجاوز", "قدر", "قدرت", "يقدر", "تقدر", "سجل", "سجلت", "ناهز", "ناهزت", "فاق", "فاقت",
            "يناهز", "تناهز", "يفوق", "تفوق");
    /** Between a verb and its amount: وصل إلى، قدرت بـ، تراجع بنسبة، ارتفع بمقدار. */
    private static final Set<String> LINKS = Set.of("الي", "حتي", "ب", "بـ", "بنسبه", "بمقدار", "بحدود");
    private static final Set<String> SHARE_NOUNS = Set.of("حصه", "قيمه", "ثمن", "كلفه", "تكلفه", "اجمالي", "مجموع");
    private static final Set<String> VALUE_OF = Set.of("قيمه", "كلفه", "تكلفه", "مبلغ", "حجم");
    /** Words that open a clause: the subject starts after them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("ان", "بان", "لان", "وان", "اذ", "حيث", "فيما",
            "بينما", "كما", "الذي", "التي", "الذين");
    /** Words that end the noun phrase after a share noun. */
    private static final Set<String> PHRASE_ENDS = Set.of("في", "خلال", "منذ", "عام", "العام", "سنه", "مقابل",
            "فقط", "بينما", "فيما", "حيث", "اذ", "علي", "عن", "الي");
    private static final int MAX_WORDS = 9;

    private Measured() {
    }

    /** The measured thing for the amount on tokens {@code [first, end)}, or null. */
    static String about(Document doc, List<Token> tokens, int first, int end) {
        int v = first - 1;
        while (v >= 0 && LINKS.contains(tokens.get(v).key())) {
            v--;
        }
        if (v >= 0 && isVerb(tokens.get(v)) && !tokens.get(first).newlineBefore()) {
            String subject = subjectBefore(doc, tokens, v);
            if (subject != null) {
                return subject;
            }
        }
        String between = betweenVerbAndAmount(doc, tokens, first);
        if (between != null) {
            return between;
        }
        if (end < tokens.size() && isWordIn(tokens.get(end), SHARE_NOUNS)) {
            String after = phraseAfter(doc, tokens, end + 1);
            if (after != null) {
                return after;
            }
        }
        if (first > 0 && tokens.get(first - 1).key().startsWith("ب")
                && VALUE_OF.contains(tokens.get(first - 1).key().substring(1))) {
            return nounBefore(doc, tokens, first - 1);
        }
        return null;
    }

    private static boolean isVerb(Token t) {
        for (String verb : VERBS) {
            if (t.hasCandidate(verb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordIn(Token t, Set<String> keys) {
        return t.is(TokenKind.WORD) && keys.contains(t.key());
    }

    private static boolean isBoundary(Token t) {
        return !t.is(TokenKind.WORD) || CLAUSE_OPENERS.contains(t.key());
    }

    /** The subject before the verb at {@code v}, skipping one comma between them. */
    private static String subjectBefore(Document doc, List<Token> tokens, int v) {
        int last = v - 1;
        if (last >= 0 && tokens.get(last).isComma()) {
            last--;
        }
        if (last < 0 || isBoundary(tokens.get(last))) {
            return null;
        }
        int start = last;
        while (start - 1 >= 0 && last - start + 1 < MAX_WORDS && !isBoundary(tokens.get(start - 1))
                && !tokens.get(start).newlineBefore()) {
            start--;
        }
        if (start - 1 >= 0 && !isBoundary(tokens.get(start - 1)) && !tokens.get(start).newlineBefore()) {
            return null; // no clause start in reach: not a subject we can delimit
        }
        return slice(doc, tokens, start, last + 1);
    }

    /** The words between a verb of measure and the amount, when both are in one clause. */
    private static String betweenVerbAndAmount(Document doc, List<Token> tokens, int first) {
        for (int v = first - 2; v >= 0 && first - v <= MAX_WORDS; v--) {
            Token t = tokens.get(v);
            if (!t.is(TokenKind.WORD) || tokens.get(v + 1).newlineBefore()) {
                return null;
            }
            if (isVerb(t)) {
                int end = first;
                while (end - 1 > v && LINKS.contains(tokens.get(end - 1).key())) {
                    end--;
                }
                return end > v + 1 ? slice(doc, tokens, v + 1, end) : null;
            }
        }
        return null;
    }

    /** The noun phrase starting at {@code start}, up to punctuation, a clause word or a time word. */
    private static String phraseAfter(Document doc, List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < MAX_WORDS && tokens.get(end).is(TokenKind.WORD)
                && !PHRASE_ENDS.contains(tokens.get(end).key()) && !CLAUSE_OPENERS.contains(tokens.get(end).key())
                && !tokens.get(end).newlineBefore()) {
            end++;
        }
        return end > start ? slice(doc, tokens, start, end) : null;
    }

    /** The noun before {@code at} and the genitives and adjectives (words with ال) between them. */
    private static String nounBefore(Document doc, List<Token> tokens, int at) {
        int start = at - 1;
        while (start >= 0 && tokens.get(start).is(TokenKind.WORD) && tokens.get(start).key().startsWith("ال")
                && at - start < MAX_WORDS) {
            start--;
        }
        if (start < 0 || !tokens.get(start).is(TokenKind.WORD) || isBoundary(tokens.get(start))) {
            start++;
        }
        return start < at ? slice(doc, tokens, start, at) : null;
    }

    private static String slice(Document doc, List<Token> tokens, int start, int end) {
        return doc.slice(new CharSpan(tokens.get(start).span().start(), tokens.get(end - 1).span().end()));
    }
}
