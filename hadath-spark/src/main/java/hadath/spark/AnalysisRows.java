package hadath.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import hadath.core.entity.Entity;
import hadath.core.entity.Mention;
import hadath.core.event.Event;
import hadath.core.json.AnalysisJson;
import hadath.core.pipeline.Analysis;
import hadath.core.quote.Quote;
import hadath.core.text.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One analysed article as one Spark row: the document's fields, its contract JSON (exactly what
 * {@code hadath analyze} prints), and its entities, quotes and events as arrays of structs that the job
 * explodes into tables. Events carry their actors' names and codes, so the events table reads without a join.
 * Pure: no Spark session is needed to build a row.
 */
final class AnalysisRows {

    static final StructType MENTION = struct(
            field("start", IntegerType), field("end", IntegerType), field("text", StringType), field("kind", StringType));

    static final StructType ENTITY = struct(
            field("entity_id", StringType), field("type", StringType), field("name", StringType),
            field("canonical_ar", StringType), field("canonical_en", StringType), field("kb", StringType),
            field("country", StringType), field("actor_code", StringType),
            field("roles", DataTypes.createArrayType(StringType)), field("mentions", DataTypes.createArrayType(MENTION)),
            field("lat", DoubleType), field("lon", DoubleType));

    static final StructType QUOTE = struct(
            field("quote_id", StringType), field("start", IntegerType), field("end", IntegerType),
            field("text", StringType), field("speaker", StringType), field("speaker_name", StringType),
            field("cue_start", IntegerType), field("cue_end", IntegerType), field("cue_text", StringType),
            field("direct", BooleanType));

    static final StructType EVENT = struct(
            field("event_id", StringType), field("cameo", StringType), field("cameo_name", StringType),
            field("plover", StringType), field("plover_mode", StringType), field("goldstein", DoubleType),
            field("quad_class", IntegerType), field("source", StringType), field("source_name", StringType),
            field("source_actor", StringType), field("target", StringType), field("target_name", StringType),
            field("target_actor", StringType), field("date", StringType), field("time", StringType),
            field("location", StringType), field("location_name", StringType),
            field("trigger_start", IntegerType), field("trigger_end", IntegerType), field("trigger_text", StringType),
            field("sentence_start", IntegerType), field("sentence_end", IntegerType), field("confidence", DoubleType));

    /** The row of one article; {@code error} is set (and the rest null) when it could not be analysed. */
    static final StructType ARTICLE = struct(
            field("id", StringType), field("error", StringType), field("title", StringType),
            field("source", StringType), field("url", StringType), field("published", StringType),
            field("language", StringType), field("length", IntegerType), field("json", StringType),
            field("entities", DataTypes.createArrayType(ENTITY)), field("quotes", DataTypes.createArrayType(QUOTE)),
            field("events", DataTypes.createArrayType(EVENT)),
            field("gdelt", DataTypes.createArrayType(StringType)));

    private AnalysisRows() {
    }

    static Row failed(String id, String error) {
        return RowFactory.create(id, error, null, null, null, null, null, null, null, seq(List.of()), seq(List.of()),
                seq(List.of()), seq(List.of()));
    }

    static Row of(Analysis a) {
        Document d = a.document();
        Map<String, Entity> byId = new HashMap<>();
        List<Row> entities = new ArrayList<>(a.entities().size());
        for (Entity e : a.entities()) {
            byId.put(e.id(), e);
            entities.add(entity(e));
        }
        List<Row> quotes = new ArrayList<>(a.quotes().size());
        for (Quote q : a.quotes()) {
            quotes.add(RowFactory.create(q.id(), q.span().start(), q.span().end(), q.text(), q.speaker(),
                    name(byId, q.speaker()), q.cueSpan() == null ? null : q.cueSpan().start(),
                    q.cueSpan() == null ? null : q.cueSpan().end(), q.cueText(), q.direct()));
        }
        List<Row> events = new ArrayList<>(a.events().size());
        for (Event v : a.events()) {
            events.add(RowFactory.create(v.id(), v.cameo(), v.cameoName(), v.plover(), v.ploverMode(), v.goldstein(),
                    v.quadClass(), v.source(), name(byId, v.source()), actor(byId, v.source()), v.target(),
                    name(byId, v.target()), actor(byId, v.target()), v.date() == null ? null : v.date().toString(),
                    v.time(), v.location(), name(byId, v.location()), v.triggerSpan().start(), v.triggerSpan().end(),
                    v.triggerText(), v.sentence().start(), v.sentence().end(), v.confidence()));
        }
        return RowFactory.create(d.id(), null, d.title(), d.source(), d.url(),
                d.published() == null ? null : d.published().toString(), a.language(), d.length(),
                AnalysisJson.toJson(a, false), seq(entities), seq(quotes), seq(events), seq(GdeltLines.of(a)));
    }

    private static Row entity(Entity e) {
        List<Row> mentions = new ArrayList<>(e.mentions().size());
        for (Mention m : e.mentions()) {
            mentions.add(RowFactory.create(m.span().start(), m.span().end(), m.text(), m.kind().id()));
        }
        return RowFactory.create(e.id(), e.type().name(), e.name(), e.canonicalAr(), e.canonicalEn(), e.kb(),
                e.country(), e.actorCode(), seq(e.roles()), seq(mentions), e.geo() == null ? null : e.geo().lat(),
                e.geo() == null ? null : e.geo().lon());
    }

    private static String name(Map<String, Entity> byId, String id) {
        Entity e = id == null ? null : byId.get(id);
        return e == null ? null : e.name();
    }

    private static String actor(Map<String, Entity> byId, String id) {
        Entity e = id == null ? null : byId.get(id);
        return e == null ? null : e.actorCode();
    }

    /** Spark's rows hold arrays as Scala sequences. */
    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
