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

    public static final List<Column> ALL = java.util.stream.Stream.of(List.of(
                    new Column("id", Kind.LONG, EventRow::id),
                    new Column("date", Kind.TEXT, e -> e.date() == null ? null : e.date().toString()),
                    new Column("cameo", Kind.TEXT, EventRow::cameo),
                    new Column("cameo_name", Kind.TEXT, EventRow::cameoName),
                    new Column("cameo_root", Kind.TEXT, EventRow::root),
                    new Column("plover", Kind.TEXT, EventRow::plover),
                    new Column("plover_mode", Kind.TEXT, EventRow::ploverMode),
                    new Column("goldstein", Kind.DOUBLE, EventRow::goldstein),
                    new Column("quad_class", Kind.INT, EventRow::quadClass)),
            actor("source", EventRow::source),
            actor("target", EventRow::target),
            List.of(
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
                    new Column("date_added", Kind.TEXT, EventRow::dateAdded)))
            .flatMap(List::stream).toList();

    private EventColumns() {
    }

    /** The five columns of one side of the event (source_id, source_name, ... source_country). */
    private static List<Column> actor(String side, Function<EventRow, EventActor> of) {
        return List.of(
                new Column(side + "_id", Kind.LONG, e -> id(of.apply(e))),
                new Column(side + "_name", Kind.TEXT, e -> of.apply(e) == null ? null : of.apply(e).name()),
                new Column(side + "_name_en", Kind.TEXT, e -> of.apply(e) == null ? null : of.apply(e).nameEn()),
                new Column(side + "_code", Kind.TEXT, e -> of.apply(e) == null ? null : of.apply(e).actorCode()),
                new Column(side + "_country", Kind.TEXT, e -> of.apply(e) == null ? null : of.apply(e).country()));
    }

    private static Long id(EventActor a) {
        return a == null ? null : a.id();
    }
}
