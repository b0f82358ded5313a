package hadath.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> surfaces(String text) {
        return tokenizer.tokenize(text).stream().map(Token::surface).toList();
    }

    private static void assertSpansMatch(String text, List<Token> tokens) {
        Document doc = Document.of(text);
        for (Token t : tokens) {
            assertThat(doc.slice(t.span())).isEqualTo(t.surface());
        }
    }

    @Test
    void wordsAndArabicPunctuation() {
        assertThat(surfaces("وصل قاليباف إلى موسكو، أمس.")).containsExactly("وصل", "قاليباف", "إلى", "موسكو", "،", "أمس", ".");
    }

    @Test
    void aTokenIsFoundInAKeySetUnderItsClitics() {
        Token t = tokenizer.tokenize("وبالغارات").get(0);
        assertThat(t.candidateIn(hadath.core.normalize.KeyNormalizer.keys("غارات"))).isNotNull()
                .extracting(Candidate::prefix).isEqualTo(4);
        assertThat(t.candidateIn(hadath.core.normalize.KeyNormalizer.keys("قصف"))).isNull();
        assertThat(tokenizer.tokenize("أمس، ثم, غدا").stream().filter(Token::isComma)).hasSize(2);
    }

    @Test
    void quoteMarksAreSplitOffWords() {
        assertThat(surfaces("«العلاقة الاستراتيجية»")).containsExactly("«", "العلاقة", "الاستراتيجية", "»");
        assertThat(surfaces("“نعم” \"لا\" ‹ربما› „كلا“ 'هنا'"))
                .containsExactly("“", "نعم", "”", "\"", "لا", "\"", "‹", "ربما", "›", "„", "كلا", "“", "'", "هنا", "'");
    }

    @Test
    void lamWithTatweelBeforeAQuoteIsOneToken() {
        assertThat(surfaces("لـ»دراسات الشرق»")).containsExactly("لـ", "»", "دراسات", "الشرق", "»");
    }

    @Test
    void numbersStayWhole() {
        assertThat(surfaces("1.3 مليار و2,000 و١٫٣ و٢٬٠٠٠")).containsExactly("1.3", "مليار", "و", "2,000", "و", "١٫٣", "و", "٢٬٠٠٠");
    }

    @Test
    void sentenceFinalDotAfterANumberIsPunctuation() {
        assertThat(surfaces("عام 2020.")).containsExactly("عام", "2020", ".");
    }

    @Test
    void diacriticsAndTatweelStayInTheWord() {
        List<Token> tokens = tokenizer.tokenize("أكّد الـرئيس");
        assertThat(tokens).extracting(Token::surface).containsExactly("أكّد", "الـرئيس");
        assertThat(tokens.get(0).key()).isEqualTo("اكد");
    }

    @Test
    void invisibleMarksInsideAWordStayAndAtItsEdgesAreSkipped() {
        String text = "\uFEFF\u200Fموسكو\u200E و\u00A0طه\u200Cران";
        List<Token> tokens = tokenizer.tokenize(text);
        assertThat(tokens).extracting(Token::surface).containsExactly("موسكو", "و", "طه\u200Cران");
        assertThat(tokens.get(2).key()).isEqualTo("طهران");
        assertSpansMatch(text, tokens);
    }

    @Test
    void offsetsCountCodePoints() {
        String text = "😀 بوتين";
        List<Token> tokens = tokenizer.tokenize(text);
        assertThat(tokens.get(1).span().start()).isEqualTo(2);
        assertSpansMatch(text, tokens);
    }

    @Test
    void ellipsisIsOneToken() {
        assertThat(surfaces("لكن... ربما")).containsExactly("لكن", "...", "ربما");
    }

    @Test
    void latinWordsKeepDigitsAndApostrophes() {
        assertThat(surfaces("G20 don't")).containsExactly("G20", "don't");
    }

    @Test
    void newlineIsRecorded() {
        List<Token> tokens = tokenizer.tokenize("عنوان\nنص");
        assertThat(tokens.get(1).newlineBefore()).isTrue();
        assertThat(tokens.get(0).newlineBefore()).isFalse();
    }

    @Test
    void innerSpanDropsCliticLetters() {
        Token t = tokenizer.tokenize("لإيران").get(0);
        Candidate c = t.candidates().stream().filter(x -> x.key().equals("ايران")).findFirst().orElseThrow();
        assertThat(Document.of("لإيران").slice(t.inner(c.prefix(), c.suffix()))).isEqualTo("إيران");
    }
}
