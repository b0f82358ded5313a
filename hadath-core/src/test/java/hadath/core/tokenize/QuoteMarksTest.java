package hadath.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static int[] pair(String text) {
        return QuoteMarks.pair(new Tokenizer().tokenize(text));
    }

    @Test
    void guillemetsPair() {
        int[] p = pair("قال «نعم» ثم");
        assertThat(p[1]).isEqualTo(3);
        assertThat(p[3]).isEqualTo(1);
    }

    @Test
    void closingMarkWithoutOpeningStaysUnpaired() {
        int[] p = pair("بين البلدين». وشدد");
        assertThat(p[2]).isEqualTo(-1);
    }

    @Test
    void nestedQuotesPairInside() {
        List<Token> tokens = new Tokenizer().tokenize("«قال “لا” أبداً»");
        int[] p = QuoteMarks.pair(tokens);
        assertThat(p[0]).isEqualTo(tokens.size() - 1);
        assertThat(p[2]).isEqualTo(4);
    }

    @Test
    void unclosedOpeningMarkDoesNotSwallowALaterPair() {
        int[] p = pair("« أول ثم «ثان» بعد");
        assertThat(p[0]).isEqualTo(-1);
        assertThat(p[3]).isEqualTo(5);
    }

    @Test
    void straightQuotesToggle() {
        int[] p = pair("\"أ\" و\"ب\"");
        assertThat(p[0]).isEqualTo(2);
        assertThat(p[4]).isEqualTo(6);
    }

    @Test
    void lowHighQuotesPair() {
        int[] p = pair("„كلا“");
        assertThat(p[0]).isEqualTo(2);
    }

    @Test
    void apostrophesDoNotPairAcrossLines() {
        int[] p = pair("'أ\nب'");
        assertThat(p[0]).isEqualTo(-1);
    }
}
