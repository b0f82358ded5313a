package hadath.core.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thing the lexicon knows, with every surface form it is written in.
 *
 * @param id         unique across the lexicon: {@code country:IRN}, {@code place:egy-alexandria},
 *                   {@code person:vladimir-putin}, {@code role:<line>} ...
 * @param kind       what it names
 * @param ar         the canonical Arabic form
 * @param en         the English name, or null
 * @param forms      the Arabic (and Latin, for acronyms) surface forms to match, canonical first
 * @param country    ISO 3166-1 alpha-3, or null
 * @param actorCode  CAMEO actor code, or null
 * @param geo        coordinates, or null
 * @param roles      roles as written in the lexicon ({@code YEARS:Arabic role}), possibly empty
 * @param qid        Wikidata id, or null
 * @param flags      {@link Flags}
 * @param origin     {@code file:line} it came from, for messages
 * @param attributes the kind's other columns (sector, value, unit, month ...), by column name
 */
public record LexiconEntry(String id, EntryKind kind, String ar, String en, List<String> forms, String country,
                           String actorCode, Geo geo, List<String> roles, String qid, Set<Flags> flags, String origin,
                           Map<String, String> attributes) {

    public LexiconEntry {
        forms = List.copyOf(forms);
        roles = List.copyOf(roles);
        flags = Set.copyOf(flags);
        attributes = Map.copyOf(attributes);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException(origin + ": entry " + id + " has no surface form");
        }
    }

    public boolean has(Flags flag) {
        return flags.contains(flag);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
