package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.text.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities from lexicon matches alone: every match of a known person, organisation, country, place or
 * seat of power becomes a mention of that entry's entity. Pure and thread-safe.
 *
 * <p>This is the first entity stage, enough for the pipeline to run end to end. It does not yet use
 * titles, unknown names or coreference (issue 4). Where one spelling names several entries it prefers
 * person, then organisation, country, seat of power, place (تونس is more often the country than the
 * city). A seat of power (البيت الأبيض) is a {@code metonym} mention of its country. A single-word
 * match of an entry flagged {@code common-word} (فتح، أمل) is skipped: without context it is more often
 * the ordinary word.
 */
public final class LexiconEntityRecognizer {

    private static final List<EntryKind> PREFERENCE = List.of(EntryKind.PERSON, EntryKind.ORGANIZATION,
            EntryKind.COUNTRY, EntryKind.METONYM, EntryKind.PLACE);

    private final Lexicon lexicon;

    public LexiconEntityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Entity> recognize(Document doc, List<LexiconMatch> matches) {
        Map<String, EntityDraft> drafts = new LinkedHashMap<>();
        for (LexiconMatch match : matches) {
            LexiconEntry entry = preferred(match);
            if (entry == null || (entry.has(Flags.COMMON_WORD) && match.tokens().size() == 1)) {
                continue;
            }
            MentionKind kind = MentionKind.NAME;
            if (entry.kind() == EntryKind.METONYM) {
                LexiconEntry country = lexicon.country(entry.country()).orElse(null);
                if (country == null) {
                    continue;
                }
                entry = country;
                kind = MentionKind.METONYM;
            }
            drafts.computeIfAbsent(entry.id(), id -> new EntityDraft())
                    .add(entry, new Mention(match.span(), doc.slice(match.span()), kind));
        }
        List<Entity> entities = new ArrayList<>(drafts.size());
        for (EntityDraft d : drafts.values()) {
            LexiconEntry e = d.entry;
            entities.add(new Entity("E" + (entities.size() + 1), typeOf(e.kind()), e.ar(), e.ar(), e.en(), e.qid(),
                    e.country(), e.actorCode(), roles(e), d.mentions, e.geo()));
        }
        return entities;
    }

    private static List<String> roles(LexiconEntry e) {
        return e.roles().stream().map(r -> r.contains(":") ? r.substring(r.indexOf(':') + 1) : r).toList();
    }

    private static LexiconEntry preferred(LexiconMatch match) {
        for (EntryKind kind : PREFERENCE) {
            for (LexiconEntry e : match.entries()) {
                if (e.kind() == kind) {
                    return e;
                }
            }
        }
        return null;
    }

    private static EntityType typeOf(EntryKind kind) {
        return switch (kind) {
            case PERSON -> EntityType.PERSON;
            case ORGANIZATION -> EntityType.ORGANIZATION;
            case COUNTRY -> EntityType.COUNTRY;
            default -> EntityType.PLACE;
        };
    }

    private static final class EntityDraft {
        private LexiconEntry entry;
        private final List<Mention> mentions = new ArrayList<>();

        void add(LexiconEntry e, Mention m) {
            entry = e;
            mentions.add(m);
        }
    }
}
