package hadath.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TextFormatsTest {

    @Test
    void ploverHasItsFieldNames() throws Exception {
        JsonNode n = new ObjectMapper().readTree(PloverEvents.line(ExportRows.VISIT));
        assertThat(n.get("id").asText()).isEqualTo("hadath-17");
        assertThat(n.get("date").asText()).isEqualTo("2021-02-07");
        assertThat(n.get("actor").asText()).isEqualTo("محمد باقر قاليباف");
        assertThat(n.get("recipient").asText()).isEqualTo("روسيا");
        assertThat(n.get("event").asText()).isEqualTo("CONSULT");
        assertThat(n.get("mode").asText()).isEqualTo("visit");
        assertThat(n.get("quad_code").asInt()).isEqualTo(1);
        assertThat(n.get("event_text").asText()).isEqualTo("وصل قاليباف\tإلى موسكو");
        JsonNode bare = new ObjectMapper().readTree(PloverEvents.line(ExportRows.BARE));
        assertThat(bare.get("actor").isNull()).isTrue();
        assertThat(bare.get("quad_code").isNull()).isTrue();
        assertThat(PloverEvents.line(ExportRows.VISIT)).doesNotContain("\n");
    }

    @Test
    void csvQuotesWhatNeedsIt() {
        assertThat(CsvEvents.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvEvents.quote("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(CsvEvents.quote("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvEvents.quote("plain")).isEqualTo("plain");
    }

    @Test
    void csvHeaderAndRowHaveTheSameColumns() {
        assertThat(CsvEvents.header().split(",")).hasSize(EventColumns.ALL.size());
        assertThat(CsvEvents.line(ExportRows.BARE).split(",", -1)).hasSize(EventColumns.ALL.size());
        assertThat(CsvEvents.line(ExportRows.VISIT)).startsWith("17,2021-02-07,042,Make a visit,04,");
    }

    @Test
    void unknownFormatNamesTheAllowedOnes() {
        assertThatThrownBy(() -> ExportFormat.parse("gdlet"))
                .hasMessage("unknown format 'gdlet'; expected one of gdelt, plover, csv, jsonl, parquet");
        assertThat(ExportFormat.parse("GDELT")).isEqualTo(ExportFormat.GDELT);
    }

    @Test
    void cameoActorCodesSplitIntoRoles() {
        assertThat(CameoActorCode.types("IRNLEG", "IRN")).containsExactly("LEG");
        assertThat(CameoActorCode.types("USAGOVMIL", "USA")).containsExactly("GOV", "MIL");
        assertThat(CameoActorCode.types("BUS", null)).containsExactly("BUS");
        assertThat(CameoActorCode.types("RUS", "RUS")).isEmpty();
        assertThat(CameoActorCode.types(null, "RUS")).isEmpty();
    }
}
