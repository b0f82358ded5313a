package hadath.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatedRoleTest {

    @Test
    void readsASpanAnOpenSpanAYearAndARoleWithoutYears() {
        DatedRole span = DatedRole.parse("2004-2011:وزير الخارجية");
        assertThat(span).isEqualTo(new DatedRole(2004, 2011, "وزير الخارجية"));
        assertThat(span.heldIn(2011)).isTrue();
        assertThat(span.heldIn(2012)).isFalse();
        assertThat(span.stillHeld()).isFalse();

        DatedRole open = DatedRole.parse("2015-:ملك المملكة العربية السعودية");
        assertThat(open.to()).isNull();
        assertThat(open.heldIn(2030)).isTrue();
        assertThat(open.heldIn(2014)).isFalse();
        assertThat(open.stillHeld()).isTrue();

        DatedRole year = DatedRole.parse("2020:رئيس الجمعية العامة");
        assertThat(year.heldIn(2020)).isTrue();
        assertThat(year.heldIn(2021)).isFalse();

        DatedRole bare = DatedRole.parse("داعية إسلامي");
        assertThat(bare.title()).isEqualTo("داعية إسلامي");
        assertThat(bare.heldIn(2020)).isFalse();
        assertThat(bare.stillHeld()).isFalse();
    }
}
