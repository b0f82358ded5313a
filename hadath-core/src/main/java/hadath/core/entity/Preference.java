package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import java.util.List;

/**
 * Which entry a match stands for when one spelling names several: person, then organisation, country,
 * seat of power, place, role, nisba, given name (تونس is more often the country than the city).
 */
final class Preference {

    static final List<EntryKind> ORDER = List.of(EntryKind.PERSON, EntryKind.ORGANIZATION, EntryKind.COUNTRY,
            EntryKind.METONYM, EntryKind.PLACE, EntryKind.ROLE, EntryKind.NISBA, EntryKind.GIVEN_NAME,
            EntryKind.NAME_PARTICLE);

    private Preference() {
    }

    /** The preferred entry, or null when the match names nothing an entity can be made of. */
    static LexiconEntry preferred(LexiconMatch match) {
        List<LexiconEntry> entries = match.entries();
        for (int k = 0; k < ORDER.size(); k++) {
            EntryKind kind = ORDER.get(k);
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).kind() == kind) {
                    return entries.get(i);
                }
            }
        }
        return null;
    }

    static boolean is(LexiconMatch match, EntryKind kind) {
        LexiconEntry e = preferred(match);
        return e != null && e.kind() == kind;
    }
}
