package hadath.core.entity;

import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether a capital stands for its state's government (خطط واشنطن، أعلنت موسكو، عقوبات على طهران) or is the
 * city (إلى موسكو، في طهران), read from the word before it and, in a headline, the verb after it. Thread-safe.
 */
final class CapitalMetonyms {

    /** The prepositions after which a capital is a party, not a place (على، ضد، مع; لدى: سفيرها لدى باريس). */
    private static final Set<String> PARTY_PREPOSITIONS = KeyNormalizer.keys("على", "ضد", "مع", "لدى");

    /**
     * Nouns an accord, a meeting or a process is named by after the city where it was made (اتفاقات أوسلو،
     * اتفاق الطائف، مؤتمر مدريد، مسار أستانا، إعلان جدة، محادثات جنيف): the city is part of that name.
     */
    private static final Set<String> NAMED_AFTER_A_CITY = KeyNormalizer.keys("اتفاق", "اتفاقية", "اتفاقات",
            "اتفاقيات", "معاهدة", "تفاهمات", "مذكرة", "بروتوكول", "مؤتمر", "قمة", "إعلان", "مسار", "محادثات",
            "مفاوضات", "جولة", "منصة", "منتدى", "وثيقة", "اجتماعات", "لقاء", "صيغة");

    private final TokenMatcher matcher;

    CapitalMetonyms(TokenMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * A capital stands for its government after a noun or verb (خطط واشنطن، أعلنت موسكو) or a preposition of a
     * party (عقوبات على طهران), not after one of place (في، إلى، من).
     */
    boolean standsForGovernment(List<Token> tokens, LexiconMatch m) {
        int prev = m.tokens().start() - 1;
        Token first = tokens.get(m.tokens().start());
        boolean and = first.key().equals("و" + m.candidate().key());
        boolean governed = prev >= 0 && !first.newlineBefore() && matcher.isFunctionWord(tokens.get(prev));
        if ((m.candidate().isLiteral() || and) && !governed && presentVerbAfter(tokens, m)) {
            return true; // واشنطن تفرض عقوبات ... وطهران تتوعد: the subject of a headline's verb
        }
        String bare = first.key().startsWith("لل", 1) ? first.key().substring(1) : first.key(); // وللرياض
        if (!m.candidate().isLiteral() && bare.startsWith("لل") && m.candidate().key().startsWith("ال")) {
            return true; // الوقفة الأخوية للرياض، دعم لواشنطن: whose or for whom (a place takes في، إلى، من)
        }
        if (!m.candidate().isLiteral() || prev < 0 || first.newlineBefore()) {
            return false;
        }
        Token p = tokens.get(prev);
        if (PARTY_PREPOSITIONS.contains(p.key())) {
            return true; // عقوبات على طهران، محادثات مع واشنطن، سفيرها لدى باريس: whom something is done to or with
        }
        return p.isWord() && !matcher.isFunctionWord(p) && p.key().length() > 1;
    }

    /**
     * Whether a capital is part of the name of an accord, meeting or process made there (بموجب اتفاقات أوسلو):
     * after one of its nouns, bare or with the article and any clitic (واتفاق، الاتفاق، باتفاقية).
     */
    boolean namesAnAccord(List<Token> tokens, LexiconMatch m) {
        int prev = m.tokens().start() - 1;
        if (!m.candidate().isLiteral() || prev < 0 || tokens.get(m.tokens().start()).newlineBefore()) {
            return false;
        }
        return tokens.get(prev).candidateIn(NAMED_AFTER_A_CITY) != null;
    }

    /**
     * Whether a present-tense verb (يـ، تـ) follows a single-word capital, the way a headline puts its subject
     * first; a dateline (واشنطن - ) or a place in a list is followed by something else.
     */
    private static boolean presentVerbAfter(List<Token> tokens, LexiconMatch m) {
        int next = m.tokens().end();
        if (m.tokens().size() != 1 || next >= tokens.size() || !tokens.get(next).isWord()) {
            return false;
        }
        String key = tokens.get(next).key();
        return key.length() > 3 && (key.charAt(0) == 'ي' || key.charAt(0) == 'ت');
    }
}
