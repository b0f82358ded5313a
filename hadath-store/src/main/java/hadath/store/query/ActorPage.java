package hadath.store.query;

import java.util.List;

/**
 * Everything the actor page shows. The lists of events and quotes are the page asked for; the totals count
 * all of them.
 *
 * @param names    every spelling seen, most frequent first
 * @param roles    every role phrase seen (رئيس مجلس الشورى), alphabetically
 * @param partners the actors it has events with, busiest first (as source or target)
 */
public record ActorPage(ActorSummary actor, List<String> names, List<String> roles, Page<EventRow> asSource,
                        Page<EventRow> asTarget, Page<QuoteRow> quotes, List<NetworkEdge> partners) {

    public ActorPage {
        names = List.copyOf(names);
        roles = List.copyOf(roles);
        partners = List.copyOf(partners);
    }
}
