package hadath.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The person forms an event row gains at load. */
class EntryReaderTest {

    @Test
    void aVerbGainsTheFirstPersonPluralAndTheDuals() {
        assertThat(EntryReader.withPersonForms(List.of("طالب", "طالبت", "يطالب"), "verb"))
                .containsExactly("طالب", "طالبت", "يطالب", "طالبتا", "نطالب", "يطالبان");
    }

    @Test
    void aPhraseKeepsItsObjectAfterTheNewForm() {
        assertThat(EntryReader.withPersonForms(List.of("يفرض عقوبات"), "phrase"))
                .containsExactly("يفرض عقوبات", "نفرض عقوبات", "يفرضان عقوبات");
    }

    @Test
    void shortPresentsAndMasdarsGainNothingAmbiguous() {
        // ن + يصر would be نصر, victory; a masdar has no persons
        assertThat(EntryReader.withPersonForms(List.of("يصر"), "verb")).containsExactly("يصر", "يصران");
        assertThat(EntryReader.withPersonForms(List.of("تحقيقات"), "masdar")).containsExactly("تحقيقات");
    }
}
