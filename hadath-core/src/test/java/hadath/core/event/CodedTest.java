package hadath.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class CodedTest {

    /** The word count endsJustBefore reads is what split("\\s+") gave, Unicode spaces that strip() takes included. */
    @Property
    void gapsCountWhatTheRegexSplitCounted(@ForAll @StringLength(max = 12) @Chars({' ', '\t', '\n', '\013', '\f',
            '\r', '\u00A0', '\u2028', '\u3000', '\u001C', 'ا', 'ب'}) @CharRange(from = 'a', to = 'b') String text) {
        String s = text.strip();
        if (!s.isEmpty()) {
            assertThat(Coded.gaps(s)).as("'%s'", s).isEqualTo(s.split("\\s+").length - 1);
        }
    }
}
