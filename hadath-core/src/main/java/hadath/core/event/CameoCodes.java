package hadath.core.event;

import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconKind;
import hadath.core.lexicon.LexiconTable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The CAMEO codes of the lexicon's cameo.tsv, by code. Immutable. */
public final class CameoCodes {

    private final Map<String, CameoCode> byCode;

    public CameoCodes(Lexicon lexicon) {
        Map<String, CameoCode> codes = new HashMap<>();
        for (LexiconTable table : lexicon.tables(LexiconKind.CAMEO_CODES)) {
            for (LexiconTable.Row row : table.rows()) {
                codes.put(row.get("code"), new CameoCode(row.get("code"), row.get("name"), row.get("plover"),
                        row.get("ploverMode").isEmpty() ? null : row.get("ploverMode"),
                        Double.parseDouble(row.get("goldstein")), Integer.parseInt(row.get("quadClass"))));
            }
        }
        // kept a HashMap, only read: looked up per trigger, and Map.copyOf's probe compares strings where a
        // HashMap compares cached hashes first
        this.byCode = codes;
    }

    public Optional<CameoCode> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }
}
