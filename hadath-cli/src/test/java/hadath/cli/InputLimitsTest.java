package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputLimitsTest {

    @Test
    void sizesWithUnits() {
        assertThat(InputLimits.parseSize("5MB")).isEqualTo(5L * 1024 * 1024);
        assertThat(InputLimits.parseSize("500kb")).isEqualTo(500L * 1024);
        assertThat(InputLimits.parseSize("1.5M")).isEqualTo((long) (1.5 * 1024 * 1024));
        assertThat(InputLimits.parseSize("2000")).isEqualTo(2000);
    }

    @Test
    void aNonSizeSaysWhatIsExpected() {
        assertThatThrownBy(() -> InputLimits.parseSize("big")).hasMessageContaining("'big' is not a size");
    }
}
