package hadath.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VerbDualsTest {

    private static final Set<String> PAST = Set.of("طالب", "بحث", "أدان", "التقى", "دعا", "لاحق");

    @Test
    void aPastTakesTaAndADerivedPastAlsoA() {
        assertThat(VerbDuals.of("أدان", PAST)).containsExactly("أدانتا", "أدانا");
        assertThat(VerbDuals.of("طالب بالإفراج", PAST)).containsExactly("طالبتا بالإفراج");
    }

    @Test
    void theMasculineDualOfAThreeLetterOrFaaalVerbIsLeftOutItIsAlsoAnAccusative() {
        assertThat(VerbDuals.of("بحث", PAST)).containsExactly("بحثتا"); // بحثا: research
        assertThat(VerbDuals.of("لاحق", PAST)).containsExactly("لاحقتا"); // لاحقا: later
    }

    @Test
    void aFinalAlefMaqsuraTurnsIntoYaAndAFinalAlefHasNoDualOfItsOwn() {
        assertThat(VerbDuals.of("التقى", PAST)).containsExactly("التقيا", "التقتا");
        assertThat(VerbDuals.of("دعا", PAST)).isEmpty(); // دعوا is also the plural
    }

    @Test
    void aPresentInYaTakesAanInBothGenders() {
        assertThat(VerbDuals.of("يطالب بالإفراج", PAST)).containsExactly("يطالبان بالإفراج", "تطالبان بالإفراج");
        assertThat(VerbDuals.of("يطالبون", PAST)).isEmpty();
        assertThat(VerbDuals.of("زيارة", PAST)).isEmpty();
    }
}
