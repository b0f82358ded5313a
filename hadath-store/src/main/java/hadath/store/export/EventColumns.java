package hadath.store.export;

import hadath.store.query.EventActor;
import hadath.store.query.EventRow;
import java.util.List;
import java.util.function.Function;

/**
 * The flat columns of an event for tabular exports (CSV, Parquet): one list, so both files have the same
 * columns in the same order. Values are String, Long, Integer or Double, or null when unknown.
 */
public final class EventColumns {

    /** The kind of a column's values. */
    public enum Kind { TEXT, INT, LONG, DOUBLE }

    /** One column: its name, kind, and how to read it off a row. */
    public record Column(String name, Kind kind, Function<EventRow, Object> value) {
    }

    public static final List<Column> ALL = List.of(
            new Column("id", Kind.LONG, EventRow::id),
            new Column("date", Kind.TEXT, e -> e.date() == null ? null : e.date().toString()),
            new Column("cameo", Kind.TEXT, EventRow::cameo),
            new Column("cameo_name", Kind.TEXT, EventRow::cameoName),
            new Column("cameo_root", Kind.TEXT, EventRow::root),
            new Column("plover", Kind.TEXT, EventRow::plover),
            new Column("plover_mode", Kind.TEXT, EventRow::ploverMode),
            new Column("goldstein", Kind.DOUBLE, EventRow::goldstein),
            new Column("quad_class", Kind.INT, EventRow::quadClass),
            new Column("source_id", Kind.LONG, e -> id(e.source())),
            new Column("source_name", Kind.TEXT, e -> e.source() == null ? null : e.source().name()),
            new Column("source_name_en", Kind.TEXT, e -> e.source() == null ? null : e.source().nameEn()),
            new Column("source_code", Kind.TEXT, e -> e.source() == null ? null : e.source().actorCode()),
            new Column("source_country", Kind.TEXT, e -> e.source() == null ? null : e.source().country()),
            new Column("target_id", Kind.LONG, e -> id(e.target())),
            new Column("target_name", Kind.TEXT, e -> e.target() == null ? null : e.target().name()),
            new Column("target_name_en", Kind.TEXT, e -> e.target() == null ? null : e.target().nameEn()),
            new Column("target_code", Kind.TEXT, e -> e.target() == null ? null : e.target().actorCode()),
            new Column("target_country", Kind.TEXT, e -> e.target() == null ? null : e.target().country()),
            new Column("place_id", Kind.LONG, e -> id(e.place())),
            new Column("place_name", Kind.TEXT, e -> e.place() == null ? null : e.place().name()),
            new Column("lat", Kind.DOUBLE, e -> e.place() == null ? null : e.place().lat()),
            new Column("lon", Kind.DOUBLE, e -> e.place() == null ? null : e.place().lon()),
            new Column("num_mentions", Kind.INT, EventRow::numMentions),
            new Column("num_sources", Kind.INT, EventRow::numSources),
            new Column("num_articles", Kind.INT, EventRow::numArticles),
            new Column("first_document_id", Kind.LONG, EventRow::firstDocumentId),
            new Column("source_url", Kind.TEXT, EventRow::sourceUrl),
            new Column("event_text", Kind.TEXT, EventRow::eventText),
            new Column("date_added", Kind.TEXT, EventRow::dateAdded));

    private EventColumns() {
    }

    private static Long id(EventActor a) {
        return a == null ? null : a.id();
    }
}
