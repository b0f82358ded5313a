package hadath.store.jdbc;

import hadath.store.query.ActorSummary;
import hadath.store.query.DocumentSummary;
import hadath.store.query.EventActor;
import hadath.store.query.EventMentionRow;
import hadath.store.query.EventQuery;
import hadath.store.query.EventRow;
import hadath.store.query.QuoteRow;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The SELECT lists of the store's rows and their mapping to records; one place, so every query returns the same shape. */
final class Reads {

    private Reads() {
    }

    static final String DOCUMENT_COLUMNS = "d.id, d.external_id, d.title, d.source, d.url, d.published, d.language, "
            + "d.length, d.event_count, d.quote_count";

    static DocumentSummary document(ResultSet rs) throws SQLException {
        return new DocumentSummary(rs.getLong("id"), rs.getString("external_id"), rs.getString("title"),
                rs.getString("source"), rs.getString("url"), Sql.date(rs, "published"), rs.getString("language"),
                rs.getInt("length"), rs.getInt("event_count"), rs.getInt("quote_count"));
    }

    static final String ACTOR_COLUMNS = "a.id, a.type, a.name, a.name_en, a.kb, a.country, a.actor_code, a.lat, a.lon, "
            + "(SELECT count(DISTINCT en.document_id) FROM entities en WHERE en.actor_id = a.id) AS documents";

    static ActorSummary actor(ResultSet rs) throws SQLException {
        return new ActorSummary(rs.getLong("id"), rs.getString("type"), rs.getString("name"), rs.getString("name_en"),
                rs.getString("kb"), rs.getString("country"), rs.getString("actor_code"), Sql.doubleOrNull(rs, "lat"),
                Sql.doubleOrNull(rs, "lon"), rs.getLong("documents"));
    }

    private static String actorColumns(String alias) {
        return alias + ".id AS " + alias + "_id, " + alias + ".type AS " + alias + "_type, " + alias + ".name AS " + alias
                + "_name, " + alias + ".name_en AS " + alias + "_name_en, " + alias + ".country AS " + alias
                + "_country, " + alias + ".actor_code AS " + alias + "_code, " + alias + ".lat AS " + alias + "_lat, "
                + alias + ".lon AS " + alias + "_lon";
    }

    static final String EVENT_FROM = " FROM events e LEFT JOIN actors sa ON sa.id = e.source_actor_id "
            + "LEFT JOIN actors ta ON ta.id = e.target_actor_id LEFT JOIN actors pa ON pa.id = e.place_actor_id "
            + "JOIN documents fd ON fd.id = e.first_document_id";

    static final String EVENT_COLUMNS = "e.id, e.day, e.cameo, e.cameo_name, e.plover, e.plover_mode, e.goldstein, "
            + "e.quad_class, e.num_mentions, e.num_sources, e.num_articles, e.first_document_id, e.event_text, "
            + "e.date_added, fd.url AS first_url, " + actorColumns("sa") + ", " + actorColumns("ta") + ", "
            + actorColumns("pa");

    static EventRow event(ResultSet rs) throws SQLException {
        return new EventRow(rs.getLong("id"), Sql.date(rs, "day"), rs.getString("cameo"), rs.getString("cameo_name"),
                rs.getString("plover"), rs.getString("plover_mode"), Sql.doubleOrNull(rs, "goldstein"),
                Sql.intOrNull(rs, "quad_class"), eventActor(rs, "sa"), eventActor(rs, "ta"), eventActor(rs, "pa"),
                rs.getInt("num_mentions"), rs.getInt("num_sources"), rs.getInt("num_articles"),
                rs.getLong("first_document_id"), rs.getString("first_url"), rs.getString("event_text"),
                rs.getString("date_added"));
    }

    private static EventActor eventActor(ResultSet rs, String alias) throws SQLException {
        Long id = Sql.longOrNull(rs, alias + "_id");
        if (id == null) {
            return null;
        }
        return new EventActor(id, rs.getString(alias + "_type"), rs.getString(alias + "_name"),
                rs.getString(alias + "_name_en"), rs.getString(alias + "_country"), rs.getString(alias + "_code"),
                Sql.doubleOrNull(rs, alias + "_lat"), Sql.doubleOrNull(rs, alias + "_lon"));
    }

    /** Adds the conditions of an event query on alias {@code e}. */
    static Sql.Where where(EventQuery q) {
        Sql.Where w = new Sql.Where();
        if (q.actorId() != null && q.otherActorId() != null) {
            w.and("((e.source_actor_id = ? AND e.target_actor_id = ?) OR (e.source_actor_id = ? AND e.target_actor_id = ?))",
                    q.actorId(), q.otherActorId(), q.otherActorId(), q.actorId());
        } else if (q.actorId() != null) {
            w.and("(e.source_actor_id = ? OR e.target_actor_id = ?)", q.actorId(), q.actorId());
        }
        if (q.cameo() != null) {
            w.and("e.cameo = ?", q.cameo());
        }
        if (q.root() != null) {
            w.and("e.root = ?", q.root());
        }
        if (q.quadClass() != null) {
            w.and("e.quad_class = ?", q.quadClass());
        }
        if (q.from() != null) {
            w.and("e.day >= ?", q.from().toString());
        }
        if (q.to() != null) {
            w.and("e.day <= ?", q.to().toString());
        }
        if (q.placeId() != null) {
            w.and("e.place_actor_id = ?", q.placeId());
        }
        return w;
    }

    static final String MENTION_SQL = "SELECT m.event_id, m.document_id, m.local_id, e.day, d.published, d.ingested_at, "
            + "d.source, d.url, m.sentence_index, m.trigger_start, m.trigger_end, m.trigger_text, m.sentence_start, "
            + "m.sentence_end, m.source_offset, m.target_offset, m.confidence, d.length FROM event_mentions m "
            + "JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = m.document_id";

    static EventMentionRow mention(ResultSet rs) throws SQLException {
        return new EventMentionRow(rs.getLong("event_id"), rs.getLong("document_id"), rs.getString("local_id"),
                Sql.date(rs, "day"), Sql.date(rs, "published"), rs.getString("ingested_at"), rs.getString("source"),
                rs.getString("url"), rs.getInt("sentence_index"), rs.getInt("trigger_start"), rs.getInt("trigger_end"),
                rs.getString("trigger_text"), rs.getInt("sentence_start"), rs.getInt("sentence_end"),
                rs.getInt("source_offset"), rs.getInt("target_offset"), rs.getDouble("confidence"), rs.getInt("length"));
    }

    static final String QUOTE_SQL = " FROM quotes q JOIN documents d ON d.id = q.document_id "
            + "LEFT JOIN actors a ON a.id = q.speaker_actor_id";

    static final String QUOTE_COLUMNS = "q.id, q.document_id, d.title, q.published, q.speaker_actor_id, a.name AS speaker_name, "
            + "q.start_cp, q.end_cp, q.text, q.cue_text, q.direct";

    static QuoteRow quote(ResultSet rs) throws SQLException {
        return new QuoteRow(rs.getLong("id"), rs.getLong("document_id"), rs.getString("title"), Sql.date(rs, "published"),
                Sql.longOrNull(rs, "speaker_actor_id"), rs.getString("speaker_name"), rs.getInt("start_cp"),
                rs.getInt("end_cp"), rs.getString("text"), rs.getString("cue_text"), rs.getBoolean("direct"));
    }
}
