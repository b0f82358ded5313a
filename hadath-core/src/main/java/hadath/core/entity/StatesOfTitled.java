package hadath.core.entity;

import hadath.core.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pass of {@link EntityRecognizer} after lone titles: a person the lexicon does not know, named after a title
 * or description that names no state (وزير الإعلام معمر الإرياني، الأسير عمر الشلبي), is of the state where the
 * clause is set, as a group with no nisba is; an international role (المبعوث، a rights activist) takes none.
 * Thread-safe.
 */
final class StatesOfTitled {

    private final Lexicon lexicon;

    StatesOfTitled(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(RecognitionRun run) {
        List<Integer> starts = new ArrayList<>(run.nameAt.keySet());
        Collections.sort(starts);
        for (int start : starts) {
            EntityDraft d = run.nameAt.get(start);
            String sector = d.type != EntityType.PERSON || d.entry != null || d.actorCode != null || d.country != null
                    ? null : stateSector(d);
            if (sector == null) {
                continue;
            }
            String country = run.setting().at(start);
            if (country != null) {
                d.country = country;
                d.actorCode = lexicon.country(country).map(c -> c.actorCode() + sector).orElse(null);
            }
        }
    }

    /** The sector of the first of a person's titles that is of a state ({@link Sectors}), else null. */
    private String stateSector(EntityDraft d) {
        for (String key : d.titleKeys) {
            String sector = lexicon.entry(TitlePhraseFinder.roleOf(key)).map(e -> e.attribute("sector")).orElse(null);
            if (sector != null && !Sectors.ofNoState(sector)) {
                return sector;
            }
        }
        return null;
    }
}
