package hadath.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.entity.Entity;
import hadath.core.entity.EntityType;
import hadath.core.entity.Mention;
import hadath.core.entity.MentionKind;
import hadath.core.text.CharSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysTest {

    private static Entity person(String name, String kb, String code, Mention... mentions) {
        return new Entity("E1", EntityType.PERSON, name, name, null, kb, "IRN", code, List.of(), List.of(mentions), null);
    }

    private static Mention m(String text, MentionKind kind) {
        return new Mention(new CharSpan(0, text.length()), text, kind);
    }

    @Test
    void wikidataIdWinsOverSpelling() {
        assertThat(ActorKeys.key(person("فلاديمير بوتين", "Q7747", "RUSGOV", m("بوتين", MentionKind.NAME))))
                .isEqualTo(ActorKeys.key(person("فلاديمير پوتين", "Q7747", null, m("پوتين", MentionKind.NAME))))
                .isEqualTo("kb:Q7747");
    }

    @Test
    void withoutWikidataTypeCodeAndNormalisedNameDecide() {
        Entity plain = person("أحمد علي", null, "IRNGOV", m("أحمد علي", MentionKind.NAME));
        Entity marked = person("أَحْمد  علي", null, "IRNGOV", m("أَحْمد  علي", MentionKind.NAME));
        Entity other = person("أحمد علي", null, "IRNLEG", m("أحمد علي", MentionKind.NAME));
        assertThat(ActorKeys.key(plain)).isEqualTo(ActorKeys.key(marked)).isEqualTo("PERSON|IRNGOV|احمد علي");
        assertThat(ActorKeys.key(other)).isNotEqualTo(ActorKeys.key(plain));
    }

    @Test
    void spellingsAreNamesAndAliasesNotPronounsOrTitles() {
        Entity e = person("محمد باقر قاليباف", null, "IRNLEG", m("قاليباف", MentionKind.ALIAS),
                m("رئيس المجلس", MentionKind.TITLE), m("ه", MentionKind.PRONOUN), m("قاليباف", MentionKind.NAME));
        assertThat(ActorKeys.spellings(e)).containsExactly("محمد باقر قاليباف", "قاليباف");
    }

    @Test
    void eventsMergeOnActorsCodeAndDate() {
        LocalDate d = LocalDate.of(2021, 2, 7);
        assertThat(EventKeys.key(1L, 2L, "042", d)).isEqualTo("1|2|042|2021-02-07");
        assertThat(EventKeys.key(1L, null, "042", null)).isEqualTo("1||042|");
        assertThat(EventKeys.key(2L, 1L, "042", d)).isNotEqualTo(EventKeys.key(1L, 2L, "042", d));
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        assertThat(EventKeys.week(LocalDate.of(2021, 2, 7))).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(EventKeys.week(LocalDate.of(2021, 2, 8))).isEqualTo(LocalDate.of(2021, 2, 8));
        assertThat(EventKeys.month(LocalDate.of(2021, 2, 28))).isEqualTo(LocalDate.of(2021, 2, 1));
    }
}
