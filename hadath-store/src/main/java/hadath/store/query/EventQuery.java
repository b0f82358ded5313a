package hadath.store.query;

import java.time.LocalDate;

/**
 * Which events: every non-null filter must hold.
 *
 * @param actorId   the actor takes part, as source or target (with {@code otherActorId}: the pair, either way round)
 * @param otherActorId the other actor of a pair, or null
 * @param cameo     exact CAMEO code ("042"), or null
 * @param root      two-digit CAMEO root ("04"), or null
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, or null
 * @param from      first day, inclusive, or null
 * @param to        last day, inclusive, or null
 * @param placeId   the actor id of the event's location (a place or a country), or null
 */
public record EventQuery(Long actorId, Long otherActorId, String cameo, String root, Integer quadClass,
                         LocalDate from, LocalDate to, Long placeId) {

    public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, null);

    public EventQuery {
        if (otherActorId != null && actorId == null) {
            throw new IllegalArgumentException("otherActorId needs actorId: a pair has two actors");
        }
        if (cameo != null && !cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code '" + cameo + "' is not 2 to 4 digits (e.g. 042)");
        }
        if (root != null && !root.matches("\\d{2}")) {
            throw new IllegalArgumentException("CAMEO root '" + root + "' is not 2 digits (e.g. 04)");
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("quad class " + quadClass + " outside 1..4");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range " + from + ".." + to + " ends before it starts");
        }
    }

    public static EventQuery actor(long id) {
        return new EventQuery(id, null, null, null, null, null, null, null);
    }

    public static EventQuery pair(long a, long b) {
        return new EventQuery(a, b, null, null, null, null, null, null);
    }

    public EventQuery between(LocalDate first, LocalDate last) {
        return new EventQuery(actorId, otherActorId, cameo, root, quadClass, first, last, placeId);
    }
}
