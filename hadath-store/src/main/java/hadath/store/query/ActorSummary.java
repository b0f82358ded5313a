package hadath.store.query;

/**
 * A canonical actor: the same person, organisation or country across documents. Actors are keyed by Wikidata
 * id when known, else by type + actor code + normalised canonical name.
 *
 * @param name      canonical Arabic name (the first seen when the lexicon gives none)
 * @param nameEn    canonical English name, or null
 * @param kb        Wikidata QID, or null
 * @param country   ISO 3166-1 alpha-3, or null
 * @param actorCode CAMEO actor code, or null
 * @param lat       latitude for places, or null
 * @param lon       longitude for places, or null
 * @param documents how many documents mention it
 */
public record ActorSummary(long id, String type, String name, String nameEn, String kb, String country,
                           String actorCode, Double lat, Double lon, long documents) {
}
