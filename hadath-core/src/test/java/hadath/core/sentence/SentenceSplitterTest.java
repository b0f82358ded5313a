package hadath.core.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.text.Document;
import hadath.core.tokenize.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        Document doc = Document.of(text);
        return new SentenceSplitter().split(new Tokenizer().tokenize(text)).stream()
                .map(s -> doc.slice(s.span())).toList();
    }

    @Test
    void terminalMarksEndSentences() {
        assertThat(split("وصل أمس. وغادر اليوم؟ نعم! ثم؛ انتهى"))
                .containsExactly("وصل أمس.", "وغادر اليوم؟", "نعم!", "ثم؛", "انتهى");
    }

    @Test
    void aHeadlineIsItsOwnSentence() {
        assertThat(split("قاليباف في موسكو\nوصل رئيس المجلس أمس.")).containsExactly("قاليباف في موسكو", "وصل رئيس المجلس أمس.");
    }

    @Test
    void aSentenceInsideQuotesDoesNotEndTheOuterOne() {
        assertThat(split("قال: «لن نتراجع. سنبقى هنا» ثم غادر. وانتهى"))
                .containsExactly("قال: «لن نتراجع. سنبقى هنا» ثم غادر.", "وانتهى");
    }

    @Test
    void anUnpairedClosingMarkDoesNotHideTheEnd() {
        assertThat(split("بين البلدين». وشدد على ذلك.")).containsExactly("بين البلدين».", "وشدد على ذلك.");
    }

    @Test
    void closingMarksAfterTheEndStayWithTheSentence() {
        assertThat(split("هل يعقل ذلك؟!) نعم")).containsExactly("هل يعقل ذلك؟!)", "نعم");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(split("قال د. محمد إن الوضع صعب. وأضاف")).containsExactly("قال د. محمد إن الوضع صعب.", "وأضاف");
        assertThat(split("نقلت أ.ف.ب عن مصدر. ثم")).containsExactly("نقلت أ.ف.ب عن مصدر.", "ثم");
        assertThat(split("زار Mr. Smith و U.S. officials البلد.")).hasSize(1);
    }

    @Test
    void aDotWithoutSpaceIsNoEnd() {
        assertThat(split("الموقع example.com يعمل")).hasSize(1);
    }

    @Test
    void anEllipsisIsNoEnd() {
        assertThat(split("لكن... ربما يعود")).hasSize(1);
    }

    @Test
    void twoDotsAndASpaceJoinTwoHeadlines() {
        assertThat(split("السعودية والأردن تدينان الهجوم.. ومجلس الأمن يطالب الجماعة بوقف هجماتها")).hasSize(2);
        assertThat(split("قال إن النتائج.ستعلن غدا")).hasSize(1); // no space after: not the headline joint
    }

    @Test
    void emptyTextHasNoSentence() {
        assertThat(split("")).isEmpty();
        assertThat(split("   \n ")).isEmpty();
    }
}
