package hadath.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import hadath.store.query.EventActor;
import hadath.store.query.EventRow;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One event as a PLOVER JSON object (one line of JSON Lines), in the field names POLECAT publishes PLOVER data
 * with: {@code id, date, actor, actor_code, actor_country, recipient, recipient_code, recipient_country, event,
 * mode, quad_code, goldstein, cameo, event_text, location, lat, lon, num_mentions, num_sources, num_articles,
 * url}. Unknown values are null. Pure.
 */
public final class PloverEvents {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PloverEvents() {
    }

    public static String line(EventRow e) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", "hadath-" + e.id());
            string(g, "date", e.date() == null ? null : e.date().toString());
            actor(g, "actor", e.source());
            actor(g, "recipient", e.target());
            string(g, "event", e.plover());
            string(g, "mode", e.ploverMode());
            if (e.quadClass() == null) {
                g.writeNullField("quad_code");
            } else {
                g.writeNumberField("quad_code", e.quadClass());
            }
            if (e.goldstein() == null) {
                g.writeNullField("goldstein");
            } else {
                g.writeNumberField("goldstein", e.goldstein());
            }
            string(g, "cameo", e.cameo());
            string(g, "event_text", e.eventText());
            string(g, "location", e.place() == null ? null : e.place().name());
            if (e.place() != null && e.place().lat() != null) {
                g.writeNumberField("lat", e.place().lat());
                g.writeNumberField("lon", e.place().lon());
            } else {
                g.writeNullField("lat");
                g.writeNullField("lon");
            }
            g.writeNumberField("num_mentions", e.numMentions());
            g.writeNumberField("num_sources", e.numSources());
            g.writeNumberField("num_articles", e.numArticles());
            string(g, "url", e.sourceUrl());
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static void actor(JsonGenerator g, String field, EventActor a) throws IOException {
        string(g, field, a == null ? null : a.name());
        string(g, field + "_code", a == null ? null : a.actorCode());
        string(g, field + "_country", a == null ? null : a.country());
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
