package hadath.store.jdbc;

import hadath.core.amount.Amount;
import hadath.core.entity.Entity;
import hadath.core.entity.Mention;
import hadath.core.event.Event;
import hadath.core.json.AnalysisJson;
import hadath.core.pipeline.Analysis;
import hadath.core.quote.Quote;
import hadath.core.sentence.Sentence;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.time.TimeExpression;
import hadath.store.ContentHash;
import hadath.store.text.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one analysis inside the caller's transaction. Returns the new document id, or -1 when the text is
 * already stored (then nothing was written). Shared rows (actors, their names and roles, events) are inserted
 * with ON CONFLICT DO NOTHING and looked up, in key order, so that concurrent PostgreSQL writers neither
 * duplicate them nor deadlock on them.
 */
final class AnalysisWriter {

    private static final int MAX_EVENT_TEXT = 1000;

    private final Dialect dialect;

    AnalysisWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * What a save computes from the analysis alone (hash, normalised texts, the contract JSON): done before the
     * transaction, so that SQLite's single writer spends its turn on SQL only.
     */
    record Prepared(Analysis analysis, String hash, String norm, String json, Map<String, String> quoteNorms) {
    }

    static Prepared prepare(Analysis a) {
        Map<String, String> quoteNorms = new HashMap<>();
        for (Quote q : a.quotes()) {
            quoteNorms.put(q.id(), SearchText.normalize(q.text()));
        }
        return new Prepared(a, ContentHash.of(a.document().text()), SearchText.normalize(a.document().text()),
                AnalysisJson.toJson(a, false), quoteNorms);
    }

    long write(Connection c, Prepared prepared) throws SQLException {
        Analysis a = prepared.analysis();
        Document d = a.document();
        String hash = prepared.hash();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String norm = prepared.norm();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO documents (content_hash, external_id, title, source, "
                + "url, published, language, length, text, norm_text, analysis_json, event_count, quote_count, "
                + "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING")) {
            Sql.bind(p, java.util.Arrays.asList(hash, d.id(), d.title(), d.source(), d.url(), d.published(),
                    a.language(), d.length(), d.text(), norm, prepared.json(), a.events().size(),
                    a.quotes().size(), now));
            if (p.executeUpdate() == 0) {
                return -1;
            }
        }
        long docId = idOf(c, "SELECT id FROM documents WHERE content_hash = ?", hash);
        dialect.indexText(c, "documents", docId, norm);

        Map<String, Long> actorOf = writeActors(c, a.entities());
        Map<String, Long> entityRowOf = writeEntities(c, docId, a.entities(), actorOf);
        writeMentions(c, docId, a.entities(), entityRowOf);
        writeTimes(c, docId, a.times());
        writeAmounts(c, docId, a.amounts());
        writeQuotes(c, docId, d.published(), a.quotes(), prepared.quoteNorms(), actorOf);
        writeEvents(c, docId, a, actorOf, now);
        return docId;
    }

    /** Canonical actors of the entities, by entity local id; names and roles recorded. */
    private Map<String, Long> writeActors(Connection c, List<Entity> entities) throws SQLException {
        TreeMap<String, Entity> byKey = new TreeMap<>();
        for (Entity e : entities) {
            byKey.putIfAbsent(ActorKeys.key(e), e);
        }
        // DO NOTHING takes no lock on an existing actor, so popular actors do not serialise PostgreSQL writers
        List<Object[]> rows = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            Entity e = entry.getValue();
            rows.add(new Object[] {entry.getKey(), e.type().name(), ActorKeys.displayName(e), e.canonicalEn(), e.kb(),
                    e.country(), e.actorCode(), e.geo() == null ? null : e.geo().lat(),
                    e.geo() == null ? null : e.geo().lon()});
        }
        batch(c, "INSERT INTO actors (actor_key, type, name, name_en, kb, country, actor_code, lat, lon) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (actor_key) DO NOTHING", rows);
        Map<String, Long> idOfKey = new HashMap<>();
        if (!byKey.isEmpty()) {
            String in = String.join(", ", java.util.Collections.nCopies(byKey.size(), "?"));
            for (Object[] r : Sql.list(c, "SELECT actor_key, id FROM actors WHERE actor_key IN (" + in + ")",
                    new ArrayList<>(byKey.keySet()), rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
                idOfKey.put((String) r[0], (Long) r[1]);
            }
        }
        Map<String, Long> actorOf = new HashMap<>();
        TreeMap<String, Object[]> names = new TreeMap<>();
        TreeMap<String, Object[]> roles = new TreeMap<>();
        for (Entity e : entities) {
            long actor = idOfKey.get(ActorKeys.key(e));
            actorOf.put(e.id(), actor);
            for (String name : ActorKeys.spellings(e)) {
                names.put(actor + "\u0000" + name, new Object[] {actor, name, ActorKeys.nameKey(name)});
            }
            for (String role : e.roles()) {
                roles.put(actor + "\u0000" + role, new Object[] {actor, role});
            }
        }
        batch(c, "INSERT INTO actor_names (actor_id, name, name_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                names.values());
        batch(c, "INSERT INTO actor_roles (actor_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING", roles.values());
        return actorOf;
    }

    private Map<String, Long> writeEntities(Connection c, long docId, List<Entity> entities, Map<String, Long> actorOf)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Entity e : entities) {
            rows.add(new Object[] {docId, e.id(), actorOf.get(e.id()), e.type().name(), e.name() == null ? "" : e.name()});
        }
        batch(c, "INSERT INTO entities (document_id, local_id, actor_id, type, name) VALUES (?, ?, ?, ?, ?)", rows);
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT local_id, id FROM entities WHERE document_id = ?")) {
            p.setLong(1, docId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private void writeMentions(Connection c, long docId, List<Entity> entities, Map<String, Long> entityRowOf)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                rows.add(new Object[] {docId, entityRowOf.get(e.id()), m.span().start(), m.span().end(), m.text(),
                        m.kind().id()});
            }
        }
        batch(c, "INSERT INTO mentions (document_id, entity_id, start_cp, end_cp, text, kind) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
    }

    private void writeTimes(Connection c, long docId, List<TimeExpression> times) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (TimeExpression t : times) {
            rows.add(new Object[] {docId, t.id(), t.span().start(), t.span().end(), t.text(), t.value(), t.relative()});
        }
        batch(c, "INSERT INTO times (document_id, local_id, start_cp, end_cp, text, value, relative) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void writeAmounts(Connection c, long docId, List<Amount> amounts) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Amount m : amounts) {
            Double value = m.value() == null || m.value().isNaN() || m.value().isInfinite() ? null : m.value();
            rows.add(new Object[] {docId, m.id(), m.span().start(), m.span().end(), m.text(), value, m.unit(),
                    m.approx(), m.about(), m.year(), m.bound()});
        }
        batch(c, "INSERT INTO amounts (document_id, local_id, start_cp, end_cp, text, value, unit, approx, about, year, "
                + "bound) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void writeQuotes(Connection c, long docId, LocalDate published, List<Quote> quotes,
                             Map<String, String> norms, Map<String, Long> actorOf) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO quotes (document_id, local_id, speaker_actor_id, "
                + "start_cp, end_cp, text, norm_text, cue_text, direct, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Quote q : quotes) {
                String norm = norms.get(q.id());
                Sql.bind(p, java.util.Arrays.asList(docId, q.id(), q.speaker() == null ? null : actorOf.get(q.speaker()),
                        q.span().start(), q.span().end(), q.text(), norm, q.cueText(), q.direct(), published));
                p.executeUpdate();
                if (dialect != Dialect.POSTGRESQL) {
                    long id = idOf(c, "SELECT id FROM quotes WHERE document_id = ? AND local_id = ?", docId, q.id());
                    dialect.indexText(c, "quotes", id, norm);
                }
            }
        }
    }

    private void writeEvents(Connection c, long docId, Analysis a, Map<String, Long> actorOf, String now)
            throws SQLException {
        Document d = a.document();
        // key order, so that concurrent writers lock shared event rows in one order
        TreeMap<String, List<Event>> byKey = new TreeMap<>();
        for (Event v : a.events()) {
            LocalDate date = v.date() != null ? v.date() : d.published();
            String key = EventKeys.key(actor(actorOf, v.source()), actor(actorOf, v.target()), v.cameo(), date);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        Map<String, Entity> entity = new HashMap<>();
        for (Entity e : a.entities()) {
            entity.put(e.id(), e);
        }
        List<Long> eventIds = new ArrayList<>(byKey.size());
        List<Object[]> mentionRows = new ArrayList<>();
        // DO UPDATE (a no-op) so that RETURNING gives the id of an event another article stored first; it locks the
        // row, which the counter update below does anyway; keys are taken in order, so writers cannot deadlock
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO events (event_key, day, week, month, cameo, "
                + "cameo_name, root, plover, plover_mode, goldstein, quad_class, source_actor_id, target_actor_id, "
                + "place_actor_id, num_mentions, num_sources, num_articles, first_document_id, event_text, date_added) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?) "
                + "ON CONFLICT (event_key) DO UPDATE SET event_key = excluded.event_key RETURNING id")) {
            for (var entry : byKey.entrySet()) {
                Event first = entry.getValue().get(0);
                LocalDate date = first.date() != null ? first.date() : d.published();
                CharSpan textSpan = first.sentence() != null ? first.sentence() : first.triggerSpan();
                String text = d.slice(textSpan);
                if (text.length() > MAX_EVENT_TEXT) {
                    text = text.substring(0, MAX_EVENT_TEXT);
                }
                Sql.bind(ins, java.util.Arrays.asList(entry.getKey(), date,
                        date == null ? null : EventKeys.week(date), date == null ? null : EventKeys.month(date),
                        first.cameo(), first.cameoName(),
                        first.cameo() == null || first.cameo().length() < 2 ? null : first.cameo().substring(0, 2),
                        first.plover(), first.ploverMode(), first.goldstein(), first.quadClass(),
                        actor(actorOf, first.source()), actor(actorOf, first.target()), actor(actorOf, first.location()),
                        docId, text, now));
                long eventId;
                try (ResultSet rs = ins.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("no id returned for event " + entry.getKey());
                    }
                    eventId = rs.getLong(1);
                }
                eventIds.add(eventId);
                for (Event v : entry.getValue()) {
                    Sentence s = sentenceOf(a.sentences(), v.triggerSpan());
                    CharSpan sspan = v.sentence() != null ? v.sentence() : s != null ? s.span() : v.triggerSpan();
                    mentionRows.add(new Object[] {eventId, docId, v.id(), s == null ? 0 : s.index(),
                            v.triggerSpan().start(), v.triggerSpan().end(), v.triggerText(), sspan.start(), sspan.end(),
                            nearest(entity.get(v.source()), v.triggerSpan()), nearest(entity.get(v.target()), v.triggerSpan()),
                            v.confidence()});
                }
            }
        }
        batch(c, "INSERT INTO event_mentions (event_id, document_id, local_id, sentence_index, trigger_start, "
                + "trigger_end, trigger_text, sentence_start, sentence_end, source_offset, target_offset, confidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", mentionRows);
        if (!eventIds.isEmpty()) {
            try (PreparedStatement counts = Sql.prepare(c, "UPDATE events SET "
                    + "num_mentions = (SELECT count(*) FROM event_mentions m WHERE m.event_id = events.id), "
                    + "num_articles = (SELECT count(DISTINCT m.document_id) FROM event_mentions m WHERE m.event_id = events.id), "
                    + "num_sources = (SELECT count(DISTINCT COALESCE(x.source, 'document ' || x.id)) FROM event_mentions m "
                    + "JOIN documents x ON x.id = m.document_id WHERE m.event_id = events.id) WHERE id IN ("
                    + String.join(", ", java.util.Collections.nCopies(eventIds.size(), "?")) + ")", eventIds)) {
                counts.executeUpdate();
            }
        }
    }

    private static Long actor(Map<String, Long> actorOf, String entityId) {
        return entityId == null ? null : actorOf.get(entityId);
    }

    private static Sentence sentenceOf(List<Sentence> sentences, CharSpan span) {
        for (Sentence s : sentences) {
            if (s.span().start() <= span.start() && span.start() < Math.max(s.span().end(), s.span().start() + 1)) {
                return s;
            }
        }
        return null;
    }

    /** Start of the entity's mention nearest the trigger (GDELT's ActorNCharOffset), or -1. */
    private static int nearest(Entity e, CharSpan trigger) {
        if (e == null) {
            return -1;
        }
        return e.mentions().stream().map(Mention::span)
                .min(Comparator.comparingInt(s -> Math.abs(s.start() - trigger.start())))
                .map(CharSpan::start).orElse(-1);
    }

    private static void batch(Connection c, String sql, Iterable<Object[]> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                Sql.bind(p, java.util.Arrays.asList(row));
                p.addBatch();
                n++;
            }
            if (n > 0) {
                p.executeBatch();
            }
        }
    }

    static long idOf(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = Sql.prepare(c, sql, java.util.Arrays.asList(params)); ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no row for " + sql + " " + java.util.Arrays.toString(params));
            }
            return rs.getLong(1);
        }
    }
}
