package hadath.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortedTest {

    private static final int[] KEYS = {2, 4, 4, 9};

    @Test
    void firstAtLeastIsTheLowerBound() {
        assertThat(Sorted.firstAtLeast(KEYS.length, i -> KEYS[i], 1)).isEqualTo(0);
        assertThat(Sorted.firstAtLeast(KEYS.length, i -> KEYS[i], 4)).isEqualTo(1); // the first of equal keys
        assertThat(Sorted.firstAtLeast(KEYS.length, i -> KEYS[i], 5)).isEqualTo(3);
        assertThat(Sorted.firstAtLeast(KEYS.length, i -> KEYS[i], 10)).isEqualTo(4); // none: n
        assertThat(Sorted.firstAtLeast(0, i -> KEYS[i], 3)).isEqualTo(0);
    }
}
