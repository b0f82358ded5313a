package hadath.core.event;

/** One CAMEO event code with its PLOVER mapping, Goldstein score and QuadClass (cameo.tsv). */
public record CameoCode(String code, String name, String plover, String ploverMode, double goldstein, int quadClass) {

    /** The two-digit root: 042 → 04. */
    public String root() {
        return code.substring(0, 2);
    }
}
