package hadath.core.lexicon;

/**
 * One role of a person as the lexicons write it, {@code YEARS:Arabic role} or the role alone (the check is
 * {@link ColumnCheck#YEAR_ROLE}): YEARS is a year ({@code 2015}), a span ({@code 2000-2008}) or an open span
 * ({@code 2012-}).
 *
 * @param from  the first year, or null when the role has none
 * @param to    the last year, or null when the span is open or the role has no years
 * @param title the Arabic role
 */
public record DatedRole(Integer from, Integer to, String title) {

    /** Reads one role of the lexicon's {@code roles} column. */
    public static DatedRole parse(String role) {
        int colon = role.indexOf(':');
        if (colon < 0) {
            return new DatedRole(null, null, role.strip());
        }
        String years = role.substring(0, colon).strip();
        String title = role.substring(colon + 1).strip();
        int dash = years.indexOf('-');
        if (dash < 0) {
            int year = Integer.parseInt(years);
            return new DatedRole(year, year, title);
        }
        String end = years.substring(dash + 1);
        return new DatedRole(Integer.parseInt(years.substring(0, dash)), end.isEmpty() ? null : Integer.parseInt(end),
                title);
    }

    /** Whether the role has years and they cover {@code year}. */
    public boolean heldIn(int year) {
        return from != null && from <= year && (to == null || year <= to);
    }

    /** Whether the role has years and is still held (an open span). */
    public boolean stillHeld() {
        return from != null && to == null;
    }
}
