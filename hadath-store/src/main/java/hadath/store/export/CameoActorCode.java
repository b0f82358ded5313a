package hadath.store.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a CAMEO actor code into its country and its role (type) codes, as GDELT's ActorNCountryCode and
 * ActorNType1..3Code columns need: IRNLEG → IRN + [LEG], RUSGOV → RUS + [GOV], BUS → [BUS]. Pure.
 */
public final class CameoActorCode {

    /** CAMEO's role codes (CAMEO manual, actor codebook: domestic and international roles). */
    static final Set<String> ROLES = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "NGO",
            "MED", "EDU", "BUS", "CRM", "CVL", "LEG", "ELI", "HLH", "REF", "MOD", "RAD", "AGR", "LAB", "UAF", "IMG",
            "SEP", "INS", "ENV", "DEV", "HRI", "INT", "MNC", "NGM", "UIS", "SET", "REL", "CHR", "MOS", "JEW", "BUD",
            "HIN", "SHI", "SUN");

    private CameoActorCode() {
    }

    /** The role codes of {@code code} after its country prefix, in order; at most three. */
    public static List<String> types(String code, String country) {
        List<String> types = new ArrayList<>(3);
        if (code == null) {
            return types;
        }
        String rest = country != null && code.startsWith(country) ? code.substring(country.length()) : code;
        for (int i = 0; i + 3 <= rest.length() && types.size() < 3; i += 3) {
            String part = rest.substring(i, i + 3);
            if (ROLES.contains(part)) {
                types.add(part);
            }
        }
        return types;
    }
}
