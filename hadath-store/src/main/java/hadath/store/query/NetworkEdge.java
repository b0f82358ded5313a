package hadath.store.query;

/** Events from one actor to another, with the mean Goldstein score of those that have one (or null). */
public record NetworkEdge(long sourceId, String sourceName, String sourceType, long targetId, String targetName,
                          String targetType, long events, Double meanGoldstein) {
}
