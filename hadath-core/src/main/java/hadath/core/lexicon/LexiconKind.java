package hadath.core.lexicon;

import static hadath.core.lexicon.ColumnCheck.ACTOR_CODE;
import static hadath.core.lexicon.ColumnCheck.ANY;
import static hadath.core.lexicon.ColumnCheck.ARABIC;
import static hadath.core.lexicon.ColumnCheck.ISO3;
import static hadath.core.lexicon.ColumnCheck.ISO4217;
import static hadath.core.lexicon.ColumnCheck.LATITUDE;
import static hadath.core.lexicon.ColumnCheck.LONGITUDE;
import static hadath.core.lexicon.ColumnCheck.NUMBER;
import static hadath.core.lexicon.ColumnCheck.QID;
import static hadath.core.lexicon.ColumnCheck.SECTOR;
import static hadath.core.lexicon.ColumnCheck.SLUG;
import static hadath.core.lexicon.ColumnCheck.YEAR_ROLE;
import static hadath.core.lexicon.ColumnCheck.intRange;
import static hadath.core.lexicon.ColumnCheck.oneOf;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of lexicon file and their columns (docs/lexicons.md). A column is required or optional and
 * has a check applied to each of its '|'-separated values.
 */
public enum LexiconKind {

    COUNTRIES(req("iso3", ISO3), req("cameo", ACTOR_CODE), req("en", ANY), req("ar", ARABIC), opt("variants", ARABIC),
            opt("nisba", ARABIC), req("capital", ARABIC), opt("flags", Flags.CHECK),
            opt("kind", oneOf("kingdom", "sultanate", "emirate", "principality", "grand-duchy", "republic"))),
    METONYMS(req("ar", ARABIC), opt("variants", ARABIC), req("country", ISO3), req("actorCode", ACTOR_CODE),
            req("kind", oneOf("seat", "institution")), req("en", ANY), opt("flags", Flags.CHECK)),
    PLACES(req("id", SLUG), req("en", ANY), req("ar", ARABIC), opt("variants", ARABIC), req("country", ISO3),
            req("kind", oneOf("city", "town", "village", "region", "province", "district", "neighbourhood", "camp",
                    "island", "sea", "river", "lake", "mountain", "desert", "crossing", "port", "airport", "site")),
            req("lat", LATITUDE), req("lon", LONGITUDE), opt("flags", Flags.CHECK)),
    ORGANIZATIONS(req("id", SLUG), req("en", ANY), req("ar", ARABIC), opt("variants", ARABIC), opt("abbr", ANY),
            opt("country", ISO3), req("actorCode", ACTOR_CODE),
            req("kind", oneOf("igo", "legislature", "government", "ministry", "military", "security", "police",
                    "intelligence", "court", "party", "movement", "armed-group", "media", "company", "bank", "ngo",
                    "religious", "university", "agency", "union", "sport", "region")),
            opt("flags", Flags.CHECK)),
    PEOPLE(req("id", SLUG), req("en", ANY), req("ar", ARABIC), opt("variants", ARABIC), req("country", ISO3),
            req("actorCode", ACTOR_CODE), opt("roles", YEAR_ROLE), opt("qid", QID), opt("flags", Flags.CHECK)),
    ROLES(req("ar", ARABIC), opt("variants", ARABIC), req("en", ANY), req("sector", SECTOR),
            req("kind", oneOf("title", "description", "group")), opt("flags", Flags.CHECK),
            opt("actorCode", ACTOR_CODE)),
    GIVEN_NAMES(req("ar", ARABIC), opt("variants", ARABIC), req("en", ANY), req("gender", oneOf("m", "f", "u")),
            req("origin", oneOf("arabic", "persian", "turkish", "kurdish", "hebrew", "foreign"))),
    NAME_PARTICLES(req("ar", ARABIC), opt("variants", ARABIC), req("en", ANY), req("kind", ANY)),
    MONTHS(req("ar", ARABIC), opt("variants", ARABIC),
            req("system", oneOf("levantine", "egyptian", "maghrebi", "hijri", "persian")), req("month", intRange(1, 12)),
            opt("flags", Flags.CHECK)),
    WEEKDAYS(req("ar", ARABIC), opt("variants", ARABIC), req("en", ANY), req("iso", intRange(1, 7))),
    NUMBER_WORDS(req("ar", ARABIC), opt("variants", ARABIC), req("value", NUMBER),
            req("kind", oneOf("cardinal", "dual", "plural", "ordinal", "fraction", "multiplier")),
            opt("flags", Flags.CHECK)),
    CURRENCIES(req("ar", ARABIC), opt("variants", ARABIC), req("iso4217", ISO4217), req("en", ANY),
            opt("country", ISO3), opt("flags", Flags.CHECK)),
    CAMEO_CODES(req("code", ColumnCheck.pattern("[0-2][0-9]{1,3}", "a CAMEO event code such as 042 or 1821")),
            req("name", ANY), req("plover", ColumnCheck.pattern("[A-Z_]+", "a PLOVER event type such as CONSULT")),
            opt("ploverMode", ANY), req("goldstein", ColumnCheck.pattern("-?(10|[0-9])(\\.[0-9])?", "a Goldstein score in [-10, 10]")),
            req("quadClass", intRange(1, 4))),
    EVENT_PATTERNS(req("ar", ARABIC), opt("variants", ARABIC), req("cameo",
            ColumnCheck.pattern("[0-2][0-9]{1,3}", "a CAMEO event code such as 042")), opt("target", ANY),
            req("form", oneOf("verb", "masdar", "participle", "phrase")), opt("flags", Flags.CHECK)),
    SPEECH_CUES(req("ar", ARABIC), opt("variants", ARABIC), req("en", ANY),
            req("form", oneOf("past", "present", "participle", "masdar", "attribution")), opt("flags", Flags.CHECK)),
    FUNCTION_WORDS(req("ar", ARABIC), opt("variants", ARABIC), req("en", ANY),
            req("kind", oneOf("preposition", "conjunction", "particle", "pronoun", "demonstrative", "relative",
                    "auxiliary", "adverb", "formula"))),
    UNITS(req("ar", ARABIC), opt("variants", ARABIC), req("unit", ANY),
            req("kind", oneOf("quantity", "casualty", "percent", "people")), opt("flags", Flags.CHECK));

    /** One column: its name, whether it must be filled, and the check of each value. */
    public record Column(String name, boolean required, ColumnCheck check) {
    }

    private final Map<String, Column> columns = new LinkedHashMap<>();

    LexiconKind(Column... columns) {
        for (Column c : columns) {
            this.columns.put(c.name(), c);
        }
    }

    private static Column req(String name, ColumnCheck check) {
        return new Column(name, true, check);
    }

    private static Column opt(String name, ColumnCheck check) {
        return new Column(name, false, check);
    }

    /** The name used in index.tsv: countries, given-names, number-words ... */
    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public static LexiconKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown lexicon kind '" + id + "'; expected one of "
                        + Arrays.stream(values()).map(LexiconKind::id).toList()));
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    /** Checks a table against this kind: the columns it must have, the required fields, every value. */
    public void validate(LexiconTable table) {
        for (Column c : columns.values()) {
            if (c.required() && !table.columns().contains(c.name())) {
                throw new LexiconException(table.file() + ": lacks the required column '" + c.name()
                        + "'; a " + id() + " file has " + columns.keySet());
            }
        }
        for (String name : table.columns()) {
            if (!columns.containsKey(name)) {
                throw new LexiconException(table.file() + ": unknown column '" + name + "'; a " + id()
                        + " file has " + columns.keySet());
            }
        }
        for (LexiconTable.Row row : table.rows()) {
            for (String name : table.columns()) {
                Column c = columns.get(name);
                List<String> values = row.values(name);
                if (values.isEmpty() && c.required()) {
                    throw LexiconException.at(table.file(), row.line(), "column '" + name + "' is required");
                }
                for (String v : values) {
                    String problem = c.check().problem(v);
                    if (problem != null) {
                        throw LexiconException.at(table.file(), row.line(), "column '" + name + "': " + problem);
                    }
                }
            }
        }
    }
}
