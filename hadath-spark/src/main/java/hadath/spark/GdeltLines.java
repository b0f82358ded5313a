package hadath.spark;

import hadath.core.entity.Entity;
import hadath.core.event.Event;
import hadath.core.pipeline.Analysis;
import hadath.core.text.Document;
import hadath.store.export.GdeltEvents;
import hadath.store.query.EventActor;
import hadath.store.query.EventRow;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events of one analysis as GDELT 2.0 Event records, formatted by the store's exporter
 * ({@link GdeltEvents}) so that Spark and {@code hadath export --format gdelt} write the same columns. Pure.
 *
 * <p>Unlike the store, a Spark job does not merge an event reported by several articles: each record is one
 * article's event (NumMentions = NumSources = NumArticles = 1). Its GLOBALEVENTID is a stable 63-bit hash of
 * the article id and the event id, so re-running the job gives the same ids; DATEADDED is the publication day.
 */
final class GdeltLines {

    private GdeltLines() {
    }

    static List<String> of(Analysis a) {
        Document d = a.document();
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : a.entities()) {
            byId.put(e.id(), e);
        }
        List<String> lines = new ArrayList<>(a.events().size());
        for (Event v : a.events()) {
            LocalDate date = v.date() != null ? v.date() : d.published();
            String sentence = d.slice(v.sentence());
            EventRow row = new EventRow(id(d.id() + "/" + v.id()), date, v.cameo(), v.cameoName(), v.plover(),
                    v.ploverMode(), v.goldstein(), v.quadClass(), actor(byId, v.source()), actor(byId, v.target()),
                    actor(byId, v.location()), 1, 1, 1, id(String.valueOf(d.id())), d.url(), sentence,
                    d.published() == null ? null : d.published().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                            .toString());
            lines.add(GdeltEvents.line(row));
        }
        return lines;
    }

    private static EventActor actor(Map<String, Entity> byId, String entityId) {
        Entity e = entityId == null ? null : byId.get(entityId);
        if (e == null) {
            return null;
        }
        return new EventActor(id(e.type() + "/" + e.name()), e.type().name(), e.name(), e.canonicalEn(), e.country(),
                e.actorCode(), e.geo() == null ? null : e.geo().lat(), e.geo() == null ? null : e.geo().lon());
    }

    /** A positive long that depends only on {@code key}. */
    static long id(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits() & Long.MAX_VALUE;
    }
}
