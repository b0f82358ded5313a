package hadath.core.entity;

import hadath.core.lexicon.Geo;
import hadath.core.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.List;

/** An entity while the recogniser collects its mentions; becomes an immutable {@link Entity}. Not shared. */
final class EntityDraft {

    final String key;
    final EntityType type;
    final LexiconEntry entry;
    String name;
    String country;
    String actorCode;
    Geo geo;
    final List<String> roles = new ArrayList<>();
    final List<String> titleKeys = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    /** keys of the last word of its name, for surname coreference. */
    final List<String> surnames = new ArrayList<>();

    EntityDraft(String key, EntityType type, LexiconEntry entry) {
        this.key = key;
        this.type = type;
        this.entry = entry;
        if (entry != null) {
            this.country = entry.country();
            this.actorCode = entry.actorCode();
            this.geo = entry.geo();
        }
    }

    boolean add(Mention m) {
        for (Mention existing : mentions) {
            if (existing.span().equals(m.span())) {
                return false;
            }
        }
        mentions.add(m);
        if (name == null && m.kind() == MentionKind.NAME) {
            name = m.text();
        }
        return true;
    }

    void addRole(TitlePhrase title) {
        if (!roles.contains(title.text())) {
            roles.add(title.text());
        }
        if (!titleKeys.contains(title.key())) {
            titleKeys.add(title.key());
        }
        if (actorCode == null) {
            actorCode = title.actorCode();
        }
        if (country == null) {
            country = title.country();
        }
    }

    int firstMention() {
        return mentions.stream().mapToInt(m -> m.span().start()).min().orElse(Integer.MAX_VALUE);
    }

    Entity build(String id) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> a.span().compareTo(b.span()));
        String displayName = name != null ? name : entry != null ? entry.ar() : sorted.get(0).text();
        return new Entity(id, type, displayName, entry != null ? entry.ar() : displayName, entry != null ? entry.en() : null,
                entry != null ? entry.qid() : null, country, actorCode, roles, sorted, geo);
    }
}
