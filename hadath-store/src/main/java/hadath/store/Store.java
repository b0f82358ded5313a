package hadath.store;

import hadath.core.pipeline.Analysis;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Analysed articles, stored and queried. One implementation serves SQLite and PostgreSQL; open it with
 * {@link #open(String)}. Thread-safe: the cli writes from several threads, the server reads from many.
 *
 * <p>Writes: {@link #save(Analysis)} stores one article in one transaction (document, entities and their
 * canonical actors, mentions, times, amounts, quotes, events and their mentions, the normalised search text
 * and the contract JSON), or nothing. An article whose text is already stored is skipped: the key is the
 * SHA-256 of the text ({@link ContentHash}). Events are merged across articles on (source actor, target
 * actor, CAMEO code, date): one event row, one mention row per article that reports it.
 *
 * <p>Reads are paged ({@link PageRequest}, at most {@link PageRequest#MAX_LIMIT} rows a page). Ids are the
 * store's own numbers: document ids, actor ids and event ids stay the same for the life of the store.
 */
public interface Store extends AutoCloseable {

    /**
     * Opens (creating and migrating when needed) the store at {@code url}: a plain path or
     * {@code jdbc:sqlite:PATH} for SQLite, {@code jdbc:postgresql://HOST[:PORT]/DB[?user=..&password=..]} for
     * PostgreSQL. Throws {@link StoreException} naming what is allowed when the URL is neither.
     */
    static Store open(String url) {
        return hadath.store.jdbc.JdbcStore.open(DbUrl.parse(url));
    }

    /** Stores one analysed article, whole or not at all; a text already stored is left alone. */
    SaveResult save(Analysis analysis);

    /** Whether an article with this text is stored: lets ingestion skip analysing a duplicate. */
    boolean containsText(String text);

    /** Documents whose text contains every word of {@code query.text()} (normalised), newest first. */
    Page<DocumentSummary> documents(DocumentQuery query, PageRequest page);

    /** One document with its text and its stored {@code hadath.analysis/1} JSON. */
    Optional<StoredDocument> document(long id);

    /** Actors one of whose spellings matches {@code name} (normalised; whole name or prefix), most mentioned first. */
    Page<ActorSummary> actorsByName(String name, PageRequest page);

    /** What the actor page shows: spellings, roles, events as source and as target, quotes (each list paged). */
    Optional<ActorPage> actor(long id, PageRequest page);

    /** Events matching every filter set in {@code query}, by date then id. */
    Page<EventRow> events(EventQuery query, PageRequest page);

    /** The mentions (one per article that reports it) of one event. */
    List<EventMentionRow> eventMentions(long eventId);

    /** Quotes by speaker and/or words of the quote (normalised), newest first. */
    Page<QuoteRow> quotes(QuoteQuery query, PageRequest page);

    /** Events per period and quad class, for timelines; events without a date are left out. */
    List<TimelinePoint> timeline(EventQuery filter, Granularity granularity);

    /** Actor pairs (source → target) with their event count and mean Goldstein score, busiest first. */
    List<NetworkEdge> network(EventQuery filter, int limit);

    /** Every event, by id; for exports. */
    void forEachEvent(Consumer<EventRow> sink);

    /** Every event mention, by event id; for exports. */
    void forEachEventMention(Consumer<EventMentionRow> sink);

    /** Every stored analysis as its contract JSON, by document id; for exports. */
    void forEachAnalysisJson(Consumer<String> sink);

    /**
     * What is wrong with the stored rows, one line per problem (orphan rows, an article stored in part, event
     * counters or the full-text index out of step); empty when the store is consistent. Scans every table.
     */
    List<String> consistencyProblems();

    /** How many rows each table holds. */
    StoreCounts counts();

    /** Which database this is: "sqlite" or "postgresql". */
    String kind();

    @Override
    void close();
}
