package hadath.core.lexicon;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A check of one field's values; {@link #problem} returns null when the value is fine, or what is
 * wrong and what is allowed.
 */
@FunctionalInterface
public interface ColumnCheck {

    String problem(String value);

    ColumnCheck ANY = v -> null;

    /** Text with at least one Arabic letter (each '|'-separated value). */
    ColumnCheck ARABIC = v -> hasArabicLetter(v) ? null : "'" + v + "' has no Arabic letter";

    ColumnCheck ISO3 = pattern("[A-Z]{3}", "an ISO 3166-1 alpha-3 code such as IRN");
    ColumnCheck ISO4217 = pattern("[A-Z]{3}", "an ISO 4217 code such as USD");
    /** CAMEO: three-letter blocks, e.g. RUS, RUSLEG, IGOUNO, EUR (the EU, as GDELT spells it). */
    ColumnCheck ACTOR_CODE = pattern("(?:[A-Z]{3}){1,4}", "a CAMEO actor code of 3-letter blocks such as RUSLEG");
    ColumnCheck SECTOR = pattern("[A-Z]{3}", "a CAMEO role code such as GOV, LEG, MIL");
    ColumnCheck SLUG = pattern("[a-z0-9]+(?:-[a-z0-9]+)*", "an ASCII slug such as egy-alexandria");
    ColumnCheck QID = pattern("Q[1-9][0-9]*", "a Wikidata id such as Q7747");
    ColumnCheck YEAR_ROLE = new ColumnCheck() {
        private final Pattern years = Pattern.compile("(?:1[89]|20)[0-9]{2}(?:-(?:(?:1[89]|20)[0-9]{2})?)?");

        @Override
        public String problem(String v) {
            int colon = v.indexOf(':');
            boolean ok = (colon < 0 || years.matcher(v.substring(0, colon)).matches()) && hasArabicLetter(v);
            return ok ? null : "'" + v + "' is not YEARS:Arabic role, YEARS as 2000-2008 or 2012-";
        }
    };
    ColumnCheck LATITUDE = range(-90, 90);
    ColumnCheck LONGITUDE = range(-180, 180);
    ColumnCheck NUMBER = v -> {
        try {
            new BigDecimal(v);
            return null;
        } catch (NumberFormatException e) {
            return "'" + v + "' is not a decimal number";
        }
    };

    /** Arabic letters of the Arabic, Arabic Supplement and presentation-form blocks. */
    static boolean hasArabicLetter(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (((c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x0750 && c <= 0x077F)
                    || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC)) && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    static ColumnCheck pattern(String regex, String allowed) {
        Pattern p = Pattern.compile(regex);
        return v -> p.matcher(v).matches() ? null : "'" + v + "' is not " + allowed;
    }

    static ColumnCheck oneOf(String... allowed) {
        Set<String> set = Set.of(allowed);
        List<String> sorted = List.of(allowed);
        return v -> set.contains(v) ? null : "'" + v + "' is not one of " + String.join(", ", sorted);
    }

    static ColumnCheck intRange(int min, int max) {
        return v -> {
            try {
                int i = Integer.parseInt(v);
                return i >= min && i <= max ? null : "'" + v + "' is outside " + min + ".." + max;
            } catch (NumberFormatException e) {
                return "'" + v + "' is not a whole number in " + min + ".." + max;
            }
        };
    }

    private static ColumnCheck range(double min, double max) {
        return v -> {
            try {
                double d = Double.parseDouble(v);
                return d >= min && d <= max ? null : "'" + v + "' is outside [" + min + ", " + max + "]";
            } catch (NumberFormatException e) {
                return "'" + v + "' is not a decimal number in [" + min + ", " + max + "]";
            }
        };
    }
}
