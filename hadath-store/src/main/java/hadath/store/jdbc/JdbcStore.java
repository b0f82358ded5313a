package hadath.store.jdbc;

import hadath.core.pipeline.Analysis;
import hadath.store.ContentHash;
import hadath.store.DbUrl;
import hadath.store.Store;
import hadath.store.StoreException;
import hadath.store.query.ActorPage;
import hadath.store.query.ActorSummary;
import hadath.store.query.DocumentQuery;
import hadath.store.query.DocumentSummary;
import hadath.store.query.EventMentionRow;
import hadath.store.query.EventQuery;
import hadath.store.query.EventRow;
import hadath.store.query.Granularity;
import hadath.store.query.NetworkEdge;
import hadath.store.query.Page;
import hadath.store.query.PageRequest;
import hadath.store.query.QuoteQuery;
import hadath.store.query.QuoteRow;
import hadath.store.query.SaveResult;
import hadath.store.query.StoreCounts;
import hadath.store.query.StoredDocument;
import hadath.store.query.TimelinePoint;
import hadath.store.text.SearchText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * The JDBC implementation of {@link Store} for SQLite and PostgreSQL: migrates on open, keeps a small
 * connection pool, and runs each save in one transaction (retried on PostgreSQL deadlocks). SQLite takes one
 * writer at a time, so saves queue on a lock there while analysis runs in parallel outside.
 */
public final class JdbcStore implements Store {

    /** Edges the network query returns at most. */
    public static final int MAX_NETWORK_EDGES = 5000;
    private static final int SAVE_ATTEMPTS = 5;

    private final DbUrl url;
    private final Dialect dialect;
    private final ConnectionPool pool;
    private final Db db;
    private final EventReads events;
    private final AnalysisWriter writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private JdbcStore(DbUrl url) {
        this.url = url;
        this.dialect = Dialect.of(url);
        this.pool = new ConnectionPool(url.jdbcUrl(), dialect, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        this.db = new Db(pool);
        this.events = new EventReads(db);
        this.writer = new AnalysisWriter(dialect);
    }

    public static Store open(DbUrl url) {
        if (url.kind() == DbUrl.Kind.SQLITE) {
            Path parent = url.sqliteFile().toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("cannot create the store " + url.sqliteFile() + ": directory " + parent
                        + " does not exist");
            }
        }
        JdbcStore store = new JdbcStore(url);
        try {
            store.migrate();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private void migrate() {
        try {
            Flyway.configure(JdbcStore.class.getClassLoader())
                    .dataSource(url.jdbcUrl(), null, null)
                    .locations(dialect.flywayLocation())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + url.display() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private <T> T read(Db.Work<T> work) {
        return db.read(work);
    }

    @Override
    public SaveResult save(Analysis analysis) {
        AnalysisWriter.Prepared prepared = AnalysisWriter.prepare(analysis);
        for (int attempt = 1; ; attempt++) {
            boolean serial = dialect.serialWrites();
            if (serial) {
                writeLock.lock();
            }
            Connection c = null;
            try {
                c = pool.acquire();
                c.setAutoCommit(false);
                long id = writer.write(c, prepared);
                if (id < 0) {
                    c.rollback();
                    return new SaveResult(AnalysisWriter.idOf(c, "SELECT id FROM documents WHERE content_hash = ?",
                            prepared.hash()), true);
                }
                c.commit();
                return new SaveResult(id, false);
            } catch (SQLException e) {
                rollbackQuietly(c);
                if (attempt < SAVE_ATTEMPTS && dialect.isRetryable(e)) {
                    continue;
                }
                throw new StoreException("cannot store document " + analysis.document().id() + ": " + e.getMessage(), e);
            } finally {
                if (c != null) {
                    pool.release(c);
                }
                if (serial) {
                    writeLock.unlock();
                }
            }
        }
    }

    private static void rollbackQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool drops it on release
        }
    }

    @Override
    public boolean containsText(String text) {
        return read(c -> Sql.count(c, "SELECT count(*) FROM documents WHERE content_hash = ?",
                List.of(ContentHash.of(text))) > 0);
    }

    @Override
    public Page<DocumentSummary> documents(DocumentQuery q, PageRequest page) {
        Sql.Where w = new Sql.Where();
        List<String> terms = SearchText.terms(q.text());
        if (!terms.isEmpty()) {
            w.and(dialect.textMatch("documents", "d"), dialect.textQuery(terms));
        }
        if (q.from() != null) {
            w.and("d.published >= ?", q.from().toString());
        }
        if (q.to() != null) {
            w.and("d.published <= ?", q.to().toString());
        }
        if (q.source() != null) {
            w.and("d.source = ?", q.source());
        }
        return read(c -> new Page<>(Sql.list(c, "SELECT " + Reads.DOCUMENT_COLUMNS + " FROM documents d" + w.sql()
                        + " ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT ? OFFSET ?",
                        w.paramsThen(page.limit(), page.offset()), Reads::document),
                Sql.count(c, "SELECT count(*) FROM documents d" + w.sql(), w.params), page.limit(), page.offset()));
    }

    @Override
    public Optional<StoredDocument> document(long id) {
        return read(c -> Sql.list(c, "SELECT " + Reads.DOCUMENT_COLUMNS + ", d.text, d.analysis_json, d.content_hash "
                        + "FROM documents d WHERE d.id = ?", List.of(id),
                rs -> new StoredDocument(Reads.document(rs), rs.getString("text"), rs.getString("analysis_json"),
                        rs.getString("content_hash"))).stream().findFirst());
    }

    @Override
    public Page<ActorSummary> actorsByName(String name, PageRequest page) {
        String key = ActorKeys.nameKey(name == null ? "" : name);
        if (key.isEmpty()) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String where = " WHERE a.id IN (SELECT n.actor_id FROM actor_names n WHERE n.name_key = ? "
                + "OR n.name_key LIKE ? ESCAPE '\\' OR n.name_key LIKE ? ESCAPE '\\')";
        List<Object> params = List.of(key, like + "%", "% " + like + "%");
        return read(c -> {
            List<Object> paged = new java.util.ArrayList<>(params);
            paged.add(page.limit());
            paged.add(page.offset());
            return new Page<>(Sql.list(c, "SELECT " + Reads.ACTOR_COLUMNS + " FROM actors a" + where
                    + " ORDER BY documents DESC, a.id LIMIT ? OFFSET ?", paged, Reads::actor),
                    Sql.count(c, "SELECT count(*) FROM actors a" + where, params), page.limit(), page.offset());
        });
    }

    @Override
    public Optional<ActorPage> actor(long id, PageRequest page) {
        Optional<ActorSummary> actor = read(c -> Sql.list(c, "SELECT " + Reads.ACTOR_COLUMNS + " FROM actors a WHERE a.id = ?",
                List.of(id), Reads::actor).stream().findFirst());
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = read(c -> Sql.list(c, "SELECT n.name, (SELECT count(*) FROM mentions m JOIN entities en "
                + "ON en.id = m.entity_id WHERE en.actor_id = n.actor_id AND m.text = n.name) AS seen "
                + "FROM actor_names n WHERE n.actor_id = ? ORDER BY seen DESC, n.name", List.of(id), rs -> rs.getString(1)));
        List<String> roles = read(c -> Sql.list(c, "SELECT role FROM actor_roles WHERE actor_id = ? ORDER BY role",
                List.of(id), rs -> rs.getString(1)));
        Page<EventRow> asSource = events.eventsWhere("e.source_actor_id = ?", id, page);
        Page<EventRow> asTarget = events.eventsWhere("e.target_actor_id = ?", id, page);
        Page<QuoteRow> quotes = quotes(new QuoteQuery(id, null), page);
        List<NetworkEdge> partners = network(EventQuery.actor(id), 20);
        return Optional.of(new ActorPage(actor.get(), names, roles, asSource, asTarget, quotes, partners));
    }

    @Override
    public Page<EventRow> events(EventQuery query, PageRequest page) {
        return events.events(query, page);
    }

    @Override
    public List<EventMentionRow> eventMentions(long eventId) {
        return events.eventMentions(eventId);
    }

    @Override
    public List<TimelinePoint> timeline(EventQuery filter, Granularity granularity) {
        return events.timeline(filter, granularity);
    }

    @Override
    public List<NetworkEdge> network(EventQuery filter, int limit) {
        return events.network(filter, limit);
    }

    @Override
    public void forEachEvent(Consumer<EventRow> sink) {
        events.forEachEvent(sink);
    }

    @Override
    public void forEachEventMention(Consumer<EventMentionRow> sink) {
        events.forEachEventMention(sink);
    }

    @Override
    public void forEachAnalysisJson(Consumer<String> sink) {
        db.stream("SELECT analysis_json FROM documents ORDER BY id", rs -> sink.accept(rs.getString(1)));
    }

    @Override
    public Page<QuoteRow> quotes(QuoteQuery q, PageRequest page) {
        Sql.Where w = new Sql.Where();
        if (q.speakerId() != null) {
            w.and("q.speaker_actor_id = ?", q.speakerId());
        }
        List<String> terms = SearchText.terms(q.text());
        if (!terms.isEmpty()) {
            w.and(dialect.textMatch("quotes", "q"), dialect.textQuery(terms));
        }
        return read(c -> new Page<>(Sql.list(c, "SELECT " + Reads.QUOTE_COLUMNS + Reads.QUOTE_SQL + w.sql()
                        + " ORDER BY q.published IS NULL, q.published DESC, q.id DESC LIMIT ? OFFSET ?",
                w.paramsThen(page.limit(), page.offset()), Reads::quote),
                Sql.count(c, "SELECT count(*) FROM quotes q" + w.sql(), w.params), page.limit(), page.offset()));
    }

    @Override
    public StoreCounts counts() {
        return read(c -> new StoreCounts(n(c, "documents"), n(c, "actors"), n(c, "mentions"), n(c, "events"),
                n(c, "event_mentions"), n(c, "quotes"), n(c, "times"), n(c, "amounts")));
    }

    private static long n(Connection c, String table) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM " + table, List.of());
    }

    @Override
    public List<String> consistencyProblems() {
        return read(c -> Consistency.problems(c, dialect));
    }

    @Override
    public String kind() {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    /** Runs SQL for tests and consistency checks: the first column of every row, as text. */
    public List<String> column(String sql) {
        return read(c -> Sql.list(c, sql, List.of(), rs -> rs.getString(1)));
    }

    @Override
    public void close() {
        pool.close();
    }
}
