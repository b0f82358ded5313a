package hadath.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    private final List<Token> tokens = new Tokenizer().tokenize("وصل بوتين إلى طهران.");

    @Test
    void findsTheTokensOverlappingASpan() {
        assertThat(Tokens.overlapping(tokens, new CharSpan(4, 9))).isEqualTo(new TokenRange(1, 2));
        assertThat(Tokens.overlapping(tokens, new CharSpan(5, 16))).isEqualTo(new TokenRange(1, 4));
    }

    @Test
    void aSpanBetweenTokensOverlapsNone() {
        assertThat(Tokens.overlapping(tokens, new CharSpan(3, 4)).size()).isZero();
        assertThat(Tokens.overlapping(tokens, new CharSpan(30, 30)).size()).isZero();
    }
}
