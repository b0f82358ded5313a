package hadath.core.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns validated rows of each lexicon kind into {@link LexiconEntry}s. Pure. */
final class EntryReader {

    private EntryReader() {
    }

    static List<LexiconEntry> entries(LexiconKind kind, LexiconTable table) {
        List<LexiconEntry> out = new ArrayList<>(table.rows().size());
        for (LexiconTable.Row row : table.rows()) {
            switch (kind) {
                case COUNTRIES -> {
                    String iso3 = row.get("iso3");
                    out.add(entry("country:" + iso3, EntryKind.COUNTRY, row, forms(row), iso3, row.get("cameo"),
                            null, countryAttributes(row)));
                    if (!row.values("nisba").isEmpty()) {
                        out.add(new LexiconEntry("nisba:" + iso3, EntryKind.NISBA, row.values("nisba").get(0),
                                row.get("en"), row.values("nisba"), iso3, row.get("cameo"), null, List.of(), null,
                                Set.of(), row.where(), Map.of()));
                    }
                }
                case METONYMS -> out.add(entry("metonym:" + row.line(), EntryKind.METONYM, row, forms(row),
                        row.get("country"), row.get("actorCode"), null, Map.of("kind", row.get("kind"))));
                case PLACES -> out.add(entry("place:" + row.get("id"), EntryKind.PLACE, row, forms(row),
                        row.get("country"), null,
                        new Geo(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))),
                        Map.of("kind", row.get("kind"))));
                case ORGANIZATIONS -> {
                    List<String> forms = new ArrayList<>(forms(row));
                    forms.addAll(row.values("abbr"));
                    out.add(entry("org:" + row.get("id"), EntryKind.ORGANIZATION, row, forms,
                            blankToNull(row.get("country")), row.get("actorCode"), null, Map.of("kind", row.get("kind"))));
                }
                case PEOPLE -> out.add(entry("person:" + row.get("id"), EntryKind.PERSON, row, forms(row),
                        row.get("country"), row.get("actorCode"), null, Map.of()));
                case ROLES -> out.add(entry("role:" + table.file() + ":" + row.line(), EntryKind.ROLE, row, forms(row),
                        null, row.columns().names().contains("actorCode") ? blankToNull(row.get("actorCode")) : null,
                        null, Map.of("sector", row.get("sector"), "kind", row.get("kind"))));
                case GIVEN_NAMES -> out.add(entry("given:" + table.file() + ":" + row.line(), EntryKind.GIVEN_NAME, row,
                        forms(row), null, null, null, Map.of("gender", row.get("gender"), "origin", row.get("origin"))));
                case NAME_PARTICLES -> out.add(entry("particle:" + row.line(), EntryKind.NAME_PARTICLE, row, forms(row),
                        null, null, null, Map.of("kind", row.get("kind"))));
                case MONTHS -> out.add(entry("month:" + row.line(), EntryKind.MONTH, row, forms(row), null, null, null,
                        Map.of("system", row.get("system"), "month", row.get("month"))));
                case WEEKDAYS -> out.add(entry("weekday:" + row.get("iso"), EntryKind.WEEKDAY, row, forms(row), null,
                        null, null, Map.of("iso", row.get("iso"))));
                case NUMBER_WORDS -> out.add(entry("number:" + row.line(), EntryKind.NUMBER_WORD, row, forms(row), null,
                        null, null, Map.of("value", row.get("value"), "kind", row.get("kind"))));
                case CURRENCIES -> out.add(entry("currency:" + row.line(), EntryKind.CURRENCY, row, forms(row),
                        blankToNull(row.get("country")), null, null, Map.of("iso4217", row.get("iso4217"))));
                case UNITS -> out.add(entry("unit:" + row.line(), EntryKind.UNIT, row, forms(row), null, null, null,
                        Map.of("unit", row.get("unit"), "kind", row.get("kind"))));
                case EVENT_PATTERNS -> out.add(entry("event:" + table.file() + ":" + row.line(), EntryKind.EVENT_PATTERN, row,
                        withPersonForms(forms(row), row.get("form")), null, null, null,
                        Map.of("cameo", row.get("cameo"), "target", row.get("target"), "form", row.get("form"))));
                case CAMEO_CODES -> {
                    // codes are looked up by code, not matched in text: no entry
                }
                case SPEECH_CUES -> out.add(entry("cue:" + row.line(), EntryKind.SPEECH_CUE, row, forms(row), null, null,
                        null, Map.of("form", row.get("form"))));
                case FUNCTION_WORDS -> out.add(entry("function:" + row.line(), EntryKind.FUNCTION_WORD, row, forms(row),
                        null, null, null, Map.of("kind", row.get("kind"))));
                default -> throw new IllegalStateException("no reader for " + kind);
            }
        }
        return out;
    }

    private static LexiconEntry entry(String id, EntryKind kind, LexiconTable.Row row, List<String> forms,
                                      String country, String actorCode, Geo geo, Map<String, String> attributes) {
        Map<String, String> attrs = new LinkedHashMap<>(attributes);
        String en = row.columns().names().contains("en") ? blankToNull(row.get("en")) : null;
        List<String> roles = row.columns().names().contains("roles") ? row.values("roles") : List.of();
        String qid = row.columns().names().contains("qid") ? blankToNull(row.get("qid")) : null;
        Set<Flags> flags = row.columns().names().contains("flags") ? Flags.parse(row.values("flags")) : Set.of();
        return new LexiconEntry(id, kind, row.get("ar"), en, forms, country, actorCode, geo, roles, qid, flags,
                row.where(), attrs);
    }

    /** A country's capital and, where the file says it, its kind of state (kingdom, sultanate, republic ...). */
    private static Map<String, String> countryAttributes(LexiconTable.Row row) {
        String kind = row.columns().names().contains("kind") ? blankToNull(row.get("kind")) : null;
        return kind == null ? Map.of("capital", row.get("capital")) : Map.of("capital", row.get("capital"), "kind", kind);
    }

    private static List<String> forms(LexiconTable.Row row) {
        List<String> forms = new ArrayList<>();
        forms.add(row.get("ar"));
        for (String v : row.values("variants")) {
            if (!forms.contains(v)) {
                forms.add(v);
            }
        }
        return forms;
    }

    /**
     * Person forms the rows leave out, from the ones they list: the first person plural of every present form
     * (يفرض عقوبات → نفرض عقوبات), since quotations speak as "we" (سنرد، لن نسمح), and the duals (طالبت →
     * طالبتا، يطالب → يطالبان), since two states often act together. Only verbs and phrases, whose first word is a
     * verb; present forms of three letters or fewer are left out, where ن + stem is too often another word
     * (يصر → نصر), and so is the masculine past dual, which is an accusative noun as often (طالبا).
     */
    static List<String> withPersonForms(List<String> forms, String form) {
        if (!"verb".equals(form) && !"phrase".equals(form)) {
            return forms;
        }
        List<String> out = new ArrayList<>(forms);
        for (String f : forms) {
            int space = f.indexOf(' ');
            String verb = space < 0 ? f : f.substring(0, space);
            String rest = space < 0 ? "" : f.substring(space);
            boolean present = verb.charAt(0) == 'ي';
            if (present && verb.length() >= 4) {
                addNew(out, 'ن' + verb.substring(1) + rest);
            }
            if (present && !verb.endsWith("ون") && !verb.endsWith("ان")) {
                addNew(out, verb + "ان" + rest);
            }
            if (!present && verb.length() >= 4 && verb.endsWith("ت")) {
                addNew(out, verb + "ا" + rest);
            }
        }
        return out;
    }

    private static void addNew(List<String> forms, String f) {
        if (!forms.contains(f)) {
            forms.add(f);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
