package hadath.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltEventsTest {

    private static String field(List<String> fields, String column) {
        return fields.get(GdeltEvents.HEADER.indexOf(column));
    }

    @Test
    void sixtyOneColumnsInGdeltOrder() {
        assertThat(GdeltEvents.HEADER).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE").endsWith("DATEADDED", "SOURCEURL");
        assertThat(GdeltEvents.fields(ExportRows.VISIT)).hasSize(61);
        assertThat(GdeltEvents.fields(ExportRows.BARE)).hasSize(61);
        assertThat(GdeltEvents.line(ExportRows.VISIT).split("\t", -1)).hasSize(61);
    }

    @Test
    void eventCodeKeepsItsLeadingZero() {
        List<String> f = GdeltEvents.fields(ExportRows.VISIT);
        assertThat(field(f, "EventCode")).isEqualTo("042");
        assertThat(field(f, "EventBaseCode")).isEqualTo("042");
        assertThat(field(f, "EventRootCode")).isEqualTo("04");
        List<String> bare = GdeltEvents.fields(ExportRows.BARE);
        assertThat(field(bare, "EventCode")).isEqualTo("0211");
        assertThat(field(bare, "EventBaseCode")).isEqualTo("021");
    }

    @Test
    void datesInGdeltShapes() {
        List<String> f = GdeltEvents.fields(ExportRows.VISIT);
        assertThat(field(f, "SQLDATE")).isEqualTo("20210207");
        assertThat(field(f, "MonthYear")).isEqualTo("202102");
        assertThat(field(f, "Year")).isEqualTo("2021");
        assertThat(field(f, "FractionDate")).isEqualTo("2021.1014");
        assertThat(field(f, "DATEADDED")).isEqualTo("20210209101112");
    }

    @Test
    void actorsSplitIntoCountryAndType() {
        List<String> f = GdeltEvents.fields(ExportRows.VISIT);
        assertThat(field(f, "Actor1Code")).isEqualTo("IRNLEG");
        assertThat(field(f, "Actor1Name")).isEqualTo("MOHAMMAD BAGHER GHALIBAF");
        assertThat(field(f, "Actor1CountryCode")).isEqualTo("IRN");
        assertThat(field(f, "Actor1Type1Code")).isEqualTo("LEG");
        assertThat(field(f, "Actor2Code")).isEqualTo("RUS");
        assertThat(field(f, "Actor2Type1Code")).isEmpty();
    }

    @Test
    void placesFillTheGeoColumnsAndPeopleDoNot() {
        List<String> f = GdeltEvents.fields(ExportRows.VISIT);
        assertThat(field(f, "Actor1Geo_Type")).isEmpty();
        assertThat(field(f, "Actor2Geo_Type")).isEqualTo("1");
        assertThat(field(f, "ActionGeo_Type")).isEqualTo("4");
        assertThat(field(f, "ActionGeo_FullName")).isEqualTo("Moscow");
        assertThat(field(f, "ActionGeo_Lat")).isEqualTo("55.75");
        assertThat(field(f, "ActionGeo_Long")).isEqualTo("37.62");
    }

    @Test
    void countsGoldsteinAndUrl() {
        List<String> f = GdeltEvents.fields(ExportRows.VISIT);
        assertThat(field(f, "QuadClass")).isEqualTo("1");
        assertThat(field(f, "GoldsteinScale")).isEqualTo("1.9");
        assertThat(field(f, "NumMentions")).isEqualTo("3");
        assertThat(field(f, "NumSources")).isEqualTo("2");
        assertThat(field(f, "NumArticles")).isEqualTo("3");
        assertThat(field(f, "SOURCEURL")).isEqualTo("https://example.org/a1");
    }

    @Test
    void unknownFieldsAreEmpty() {
        List<String> f = GdeltEvents.fields(ExportRows.BARE);
        assertThat(field(f, "SQLDATE")).isEmpty();
        assertThat(field(f, "Actor1Code")).isEmpty();
        assertThat(field(f, "GoldsteinScale")).isEmpty();
        assertThat(field(f, "AvgTone")).isEmpty();
        assertThat(field(f, "SOURCEURL")).isEmpty();
    }

    @Test
    void mentionsHaveSixteenColumnsWithOffsets() {
        List<String> m = GdeltMentions.fields(ExportRows.MENTION);
        assertThat(GdeltMentions.HEADER).hasSize(16);
        assertThat(m).hasSize(16);
        assertThat(m.get(0)).isEqualTo("17");
        assertThat(m.get(1)).isEqualTo("20210207000000");
        assertThat(m.get(2)).isEqualTo("20210209101112");
        assertThat(m.get(6)).isEqualTo("1");
        assertThat(m.subList(7, 10)).containsExactly("30", "-1", "4");
        assertThat(m.get(11)).isEqualTo("80");
        assertThat(m.get(12)).isEqualTo("2312");
    }
}
