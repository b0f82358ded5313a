package hadath.server.web;

import hadath.core.event.CameoCode;
import hadath.core.event.CameoCodes;
import hadath.core.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;

/** The 20 CAMEO roots with their names, from the lexicon's cameo.tsv, for the events filter. */
public final class CameoRoots {

    private CameoRoots() {
    }

    public static List<CameoCode> of(Lexicon lexicon) {
        CameoCodes codes = new CameoCodes(lexicon);
        List<CameoCode> roots = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            codes.get(String.format("%02d", i)).ifPresent(roots::add);
        }
        return List.copyOf(roots);
    }
}
