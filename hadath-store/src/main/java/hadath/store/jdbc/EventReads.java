package hadath.store.jdbc;

import hadath.store.query.EventMentionRow;
import hadath.store.query.EventQuery;
import hadath.store.query.EventRow;
import hadath.store.query.Granularity;
import hadath.store.query.NetworkEdge;
import hadath.store.query.Page;
import hadath.store.query.PageRequest;
import hadath.store.query.TimelinePoint;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The event queries of {@link JdbcStore}: filtered pages, mentions, timeline, network, exports. */
final class EventReads {

    private final Db db;

    EventReads(Db db) {
        this.db = db;
    }

    Page<EventRow> events(EventQuery q, PageRequest page) {
        Sql.Where w = Reads.where(q);
        return db.read(c -> new Page<>(Sql.list(c, "SELECT " + Reads.EVENT_COLUMNS + Reads.EVENT_FROM + w.sql()
                        + " ORDER BY e.day IS NULL, e.day, e.id LIMIT ? OFFSET ?", w.paramsThen(page.limit(), page.offset()),
                Reads::event), Sql.count(c, "SELECT count(*) FROM events e" + w.sql(), w.params), page.limit(),
                page.offset()));
    }

    /** Events where one actor column is {@code id}. */
    Page<EventRow> eventsWhere(String clause, long id, PageRequest page) {
        return db.read(c -> new Page<>(Sql.list(c, "SELECT " + Reads.EVENT_COLUMNS + Reads.EVENT_FROM + " WHERE " + clause
                        + " ORDER BY e.day IS NULL, e.day, e.id LIMIT ? OFFSET ?", List.of(id, page.limit(), page.offset()),
                Reads::event), Sql.count(c, "SELECT count(*) FROM events e WHERE " + clause, List.of(id)),
                page.limit(), page.offset()));
    }

    List<EventMentionRow> eventMentions(long eventId) {
        return db.read(c -> Sql.list(c, Reads.MENTION_SQL + " WHERE m.event_id = ? ORDER BY m.document_id, m.local_id",
                List.of(eventId), Reads::mention));
    }

    List<TimelinePoint> timeline(EventQuery filter, Granularity granularity) {
        String col = "e." + granularity.name().toLowerCase(Locale.ROOT);
        Sql.Where w = Reads.where(filter).and(col + " IS NOT NULL");
        return db.read(c -> Sql.list(c, "SELECT " + col + " AS period, COALESCE(e.quad_class, 0) AS qc, count(*) AS n "
                        + "FROM events e" + w.sql() + " GROUP BY " + col + ", COALESCE(e.quad_class, 0) ORDER BY 1, 2",
                w.params, rs -> new TimelinePoint(Sql.date(rs, "period"), rs.getInt("qc"), rs.getLong("n"))));
    }

    List<NetworkEdge> network(EventQuery filter, int limit) {
        if (limit < 1 || limit > JdbcStore.MAX_NETWORK_EDGES) {
            throw new IllegalArgumentException("network limit " + limit + " outside 1.." + JdbcStore.MAX_NETWORK_EDGES);
        }
        Sql.Where w = Reads.where(filter).and("e.source_actor_id IS NOT NULL").and("e.target_actor_id IS NOT NULL");
        return db.read(c -> Sql.list(c, "SELECT x.s, sa.name AS s_name, sa.type AS s_type, x.t, ta.name AS t_name, "
                        + "ta.type AS t_type, x.n, x.g FROM (SELECT e.source_actor_id AS s, e.target_actor_id AS t, "
                        + "count(*) AS n, avg(e.goldstein) AS g FROM events e" + w.sql()
                        + " GROUP BY e.source_actor_id, e.target_actor_id ORDER BY count(*) DESC, e.source_actor_id, "
                        + "e.target_actor_id LIMIT ?) x JOIN actors sa ON sa.id = x.s JOIN actors ta ON ta.id = x.t "
                        + "ORDER BY x.n DESC, x.s, x.t", w.paramsThen(limit),
                rs -> new NetworkEdge(rs.getLong("s"), rs.getString("s_name"), rs.getString("s_type"), rs.getLong("t"),
                        rs.getString("t_name"), rs.getString("t_type"), rs.getLong("n"), Sql.doubleOrNull(rs, "g"))));
    }

    void forEachEvent(Consumer<EventRow> sink) {
        db.stream("SELECT " + Reads.EVENT_COLUMNS + Reads.EVENT_FROM + " ORDER BY e.id", rs -> sink.accept(Reads.event(rs)));
    }

    void forEachEventMention(Consumer<EventMentionRow> sink) {
        db.stream(Reads.MENTION_SQL + " ORDER BY m.event_id, m.document_id, m.local_id",
                rs -> sink.accept(Reads.mention(rs)));
    }
}
