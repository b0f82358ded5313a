package hadath.core.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBitsTest {

    private static List<Integer> codes(TokenBits bits, int token) {
        List<Integer> out = new ArrayList<>();
        bits.forEach(token, out::add);
        return out;
    }

    @Test
    void codesPastSixtyFourAreKeptApart() {
        // 17 entry kinds × 4 codes: more than one long per token
        TokenBits bits = new TokenBits(2, 68);
        bits.set(0, 3);
        bits.set(0, 67);
        bits.set(1, 63);
        assertThat(codes(bits, 0)).containsExactly(3, 67);
        assertThat(codes(bits, 1)).containsExactly(63);
        assertThat(bits.any(0, 64, 68)).isTrue();
        assertThat(bits.any(1, 64, 68)).isFalse();
        assertThat(bits.signature(0)).isNotEqualTo(bits.signature(1));
    }

    @Test
    void aTokenWithoutCodesIsEmpty() {
        TokenBits bits = new TokenBits(2, 10);
        bits.set(1, 9);
        assertThat(bits.isEmpty(0)).isTrue();
        assertThat(bits.isEmpty(1)).isFalse();
        assertThat(codes(bits, 0)).isEmpty();
    }
}
