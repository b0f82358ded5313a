package hadath.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessTokenTest {

    @Test
    void generatedTokensAreLongAndDifferent() {
        String a = AccessToken.generate();
        assertThat(a).hasSize(32).matches("[0-9a-f]+");
        assertThat(AccessToken.generate()).isNotEqualTo(a);
        assertThat(AccessToken.check(a)).isEqualTo(a);
    }

    @Test
    void onlyTheBearerHeaderWithTheExactTokenMatches() {
        String token = "s3cret-token-0123456789";
        assertThat(AccessToken.matches(token, "Bearer " + token)).isTrue();
        assertThat(AccessToken.matches(token, "bearer " + token)).isTrue();
        assertThat(AccessToken.matches(token, "Bearer " + token + "x")).isFalse();
        assertThat(AccessToken.matches(token, token)).isFalse();
        assertThat(AccessToken.matches(token, "Basic " + token)).isFalse();
        assertThat(AccessToken.matches(token, null)).isFalse();
        assertThat(AccessToken.matches(token, "Bearer ")).isFalse();
    }

    @Test
    void shortOrUnprintableTokensAreRefused() {
        assertThatThrownBy(() -> AccessToken.check("short")).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> AccessToken.check("a token with spaces in it")).hasMessageContaining("printable ASCII");
    }

    @Test
    void theServerBindsLoopbackUnlessToldOtherwise() {
        assertThat(ServerOptions.local(8080, AccessToken.generate()).host()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> new ServerOptions("127.0.0.1", 70000, AccessToken.generate(), 4096))
                .hasMessageContaining("port must be between 0 and 65535");
    }
}
