package hadath.core.entity;

import java.util.Set;

/**
 * The CAMEO sectors of no state: international bodies (IGO), non-governmental and aid groups (NGO), rights groups
 * and activists (HRI). The event conventions code rights groups NGO and the UN IGOUNO whatever country they act
 * in, so a role of these sectors takes no state from where its clause is set (المراقبون الدوليون، منظمات حقوق
 * الإنسان، الناشط الحقوقي); only its own nisba or organisation gives it one (منظمات حقوقية تونسية). The one place
 * the passes that give the setting's state to a role ({@link LoneTitles}, {@link StatesOfTitled}) and the role
 * phrases ({@link TitlePhraseFinder}) ask.
 */
final class Sectors {

    private static final Set<String> OF_NO_STATE = Set.of("IGO", "NGO", "HRI");
    /** Aid and rights groups: NGO by the conventions, of whatever country. */
    private static final Set<String> NON_GOVERNMENTAL = Set.of("NGO", "HRI");

    private Sectors() {
    }

    /** Whether a role of this sector, with no nisba of its own, is of no state. */
    static boolean ofNoState(String sector) {
        return OF_NO_STATE.contains(sector);
    }

    /**
     * The code of a group of this sector that no nisba or organisation places (منظمات حقوقية دولية، منظمات
     * الإغاثة): NGO for an aid or rights group; null for an international one, whose body only its name says.
     */
    static String codeWithoutState(String sector) {
        return NON_GOVERNMENTAL.contains(sector) ? "NGO" : null;
    }
}
