package hadath.store.jdbc;

import hadath.core.entity.Entity;
import hadath.core.entity.Mention;
import hadath.core.entity.MentionKind;
import hadath.core.normalize.KeyNormalizer;
import hadath.store.text.SearchText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How an article's entity becomes a canonical actor shared by every article. Pure.
 *
 * <p>The key is the Wikidata id when the lexicon gives one (the same person under any spelling), else type +
 * CAMEO actor code + the normalised canonical name, so that two unrelated people of one name and different roles
 * stay apart, while الرئيس الإيراني spelled with or without hamza or diacritics stays one.
 */
public final class ActorKeys {

    private ActorKeys() {
    }

    public static String key(Entity e) {
        if (e.kb() != null && !e.kb().isBlank()) {
            return "kb:" + e.kb().strip();
        }
        String name = e.canonicalAr() != null ? e.canonicalAr() : e.name();
        String normal = KeyNormalizer.key(name == null ? "" : name).strip().replaceAll("\\s+", " ");
        return e.type().name() + "|" + (e.actorCode() == null ? "" : e.actorCode()) + "|" + normal;
    }

    /** The canonical Arabic name an actor row is created with. */
    public static String displayName(Entity e) {
        return e.canonicalAr() != null ? e.canonicalAr() : e.name();
    }

    /**
     * Every spelling of the entity in this article: its name, its canonical names, and the text of each name or
     * alias mention (not titles, descriptions, pronouns or metonyms: those are not the actor's names).
     */
    public static List<String> spellings(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        add(names, e.name());
        add(names, e.canonicalAr());
        add(names, e.canonicalEn());
        for (Mention m : e.mentions()) {
            if (m.kind() == MentionKind.NAME || m.kind() == MentionKind.ALIAS) {
                add(names, m.text());
            }
        }
        return new ArrayList<>(names);
    }

    /** The key a name is searched under ({@link SearchText#nameKey}). */
    public static String nameKey(String name) {
        return SearchText.nameKey(name);
    }

    private static void add(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
        }
    }
}
