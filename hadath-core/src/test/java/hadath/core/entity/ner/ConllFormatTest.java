package hadath.core.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConllFormatTest {

    private static ConllFormat detect(String text) {
        return ConllFormat.detect(text.lines()::iterator);
    }

    @Test
    void aNestedLineMakesAFileWojood() {
        assertThat(detect("رئيس B-OCC\nبلدية I-OCC B-ORG\nصيدا I-OCC I-ORG B-GPE\n")).isEqualTo(ConllFormat.WOJOOD);
    }

    @Test
    void aTypeOnlyWojoodHasMakesAFileWojood() {
        assertThat(detect("وصل O\nإلى O\nطولكرم B-GPE\n")).isEqualTo(ConllFormat.WOJOOD);
        assertThat(detect("يوم B-DATE\nالأحد I-DATE\n")).isEqualTo(ConllFormat.WOJOOD);
    }

    @Test
    void twoColumnsWithAnercorpTypesAreAnercorp() {
        assertThat(detect("فرانكفورت B-LOC\n(د O\n\nأعلن O\nميركل B-PERS\nكأس B-MISC\n")).isEqualTo(ConllFormat.ANERCORP);
        // what hadath ner writes
        assertThat(detect("وصل\tO\nبوتين\tB-PER\n")).isEqualTo(ConllFormat.ANERCORP);
    }

    @Test
    void columnsBeforeTheTagThatAreNotTagsAreAnercorp() {
        assertThat(detect("أعلن VBD O\nاتحاد NN B-ORG\n")).isEqualTo(ConllFormat.ANERCORP);
        // ANERcorp's one line with a lost line break
        assertThat(detect(". Oالإصابة O\n")).isEqualTo(ConllFormat.ANERCORP);
    }

    @Test
    void formatsAreNamedInAnyCaseAndAWrongNameSaysWhatIsAllowed() {
        assertThat(ConllFormat.named("wojood")).isEqualTo(ConllFormat.WOJOOD);
        assertThat(ConllFormat.named("ANERcorp")).isEqualTo(ConllFormat.ANERCORP);
        assertThatThrownBy(() -> ConllFormat.named("conll2003"))
                .hasMessage("unknown format 'conll2003'; expected one of anercorp, wojood");
    }

    @Test
    void wojoodHasItsTwentyOneTypes() {
        assertThat(ConllFormat.WOJOOD.types()).hasSize(21).doesNotHaveDuplicates();
    }
}
