package hadath.core.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void meanSampleDeviationAndRange() {
        Spread s = Spread.of(0.72, 0.74, 0.76);
        assertThat(s.n()).isEqualTo(3);
        assertThat(s.mean()).isCloseTo(0.74, within(1e-12));
        assertThat(s.sd()).isCloseTo(0.02, within(1e-12)); // sample deviation: divides by n - 1
        assertThat(s.standardError()).isCloseTo(0.02 / Math.sqrt(3), within(1e-12));
        assertThat(s.min()).isEqualTo(0.72);
        assertThat(s.max()).isEqualTo(0.76);
        assertThat(s).hasToString("mean 0.7400, sd 0.0200 (standard error 0.0115), min 0.7200, max 0.7600");
    }

    @Test
    void oneValueHasNoSpread() {
        assertThat(Spread.of(0.7).sd()).isZero();
    }

    @Test
    void noValuesAreRefused() {
        assertThatThrownBy(Spread::of).hasMessage("a spread needs at least one value");
    }
}
