package hadath.core.entity;

import hadath.core.lexicon.Geo;
import java.util.List;

/**
 * An actor or place the article names, with all its mentions.
 *
 * @param id          E1, E2 ... in order of first mention
 * @param canonicalAr canonical Arabic name, or null
 * @param canonicalEn canonical English name, or null
 * @param kb          Wikidata QID, or null
 * @param country     ISO 3166-1 alpha-3, or null
 * @param actorCode   CAMEO actor code, or null
 * @param geo         coordinates for places, or null
 */
public record Entity(String id, EntityType type, String name, String canonicalAr, String canonicalEn, String kb,
                     String country, String actorCode, List<String> roles, List<Mention> mentions, Geo geo) {

    public Entity {
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mention");
        }
    }
}
