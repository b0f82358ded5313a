package hadath.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import hadath.core.amount.Amount;
import hadath.core.entity.Entity;
import hadath.core.entity.Mention;
import hadath.core.event.Event;
import hadath.core.pipeline.Analysis;
import hadath.core.quote.Quote;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.time.TimeExpression;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an {@link Analysis} as {@code hadath.analysis/1} (DESIGN.md), field for field in the contract's
 * order. Unknown values are written as null, never left out, so consumers can rely on every key.
 * Thread-safe.
 */
public final class AnalysisJson {

    public static final String SCHEMA = "hadath.analysis/1";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private AnalysisJson() {
    }

    /** One JSON object; on one line unless {@code pretty}. */
    public static String toJson(Analysis analysis, boolean pretty) {
        StringWriter out = new StringWriter();
        write(analysis, out, pretty);
        return out.toString();
    }

    public static void write(Analysis a, Writer out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                .withArrayEmptySeparator(""))
                        .withObjectIndenter(new DefaultIndenter(" ", DefaultIndenter.SYS_LF))
                        .withArrayIndenter(new DefaultIndenter(" ", DefaultIndenter.SYS_LF)));
            }
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            writeDocument(g, a.document(), a.language());
            g.writeArrayFieldStart("entities");
            for (Entity e : a.entities()) {
                writeEntity(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("times");
            for (TimeExpression t : a.times()) {
                writeTime(g, t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("amounts");
            for (Amount m : a.amounts()) {
                writeAmount(g, m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("quotes");
            for (Quote q : a.quotes()) {
                writeQuote(g, q);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event v : a.events()) {
                writeEvent(g, v);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeDocument(JsonGenerator g, Document d, String language) throws IOException {
        g.writeObjectFieldStart("document");
        string(g, "id", d.id());
        string(g, "title", d.title());
        string(g, "source", d.source());
        string(g, "url", d.url());
        string(g, "published", d.published() == null ? null : d.published().toString());
        string(g, "language", language);
        g.writeNumberField("length", d.length());
        g.writeEndObject();
    }

    private static void writeEntity(JsonGenerator g, Entity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        string(g, "name", e.name());
        g.writeObjectFieldStart("canonical");
        string(g, "ar", e.canonicalAr());
        string(g, "en", e.canonicalEn());
        g.writeEndObject();
        string(g, "kb", e.kb());
        string(g, "country", e.country());
        string(g, "actorCode", e.actorCode());
        g.writeArrayFieldStart("roles");
        for (String r : e.roles()) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (Mention m : e.mentions()) {
            g.writeStartObject();
            span(g, m.span());
            g.writeStringField("text", m.text());
            g.writeStringField("kind", m.kind().id());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (e.geo() == null) {
            g.writeNullField("geo");
        } else {
            g.writeObjectFieldStart("geo");
            g.writeNumberField("lat", e.geo().lat());
            g.writeNumberField("lon", e.geo().lon());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeTime(JsonGenerator g, TimeExpression t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        span(g, t.span());
        g.writeStringField("text", t.text());
        string(g, "value", t.value());
        if (t.relative() != null) {
            g.writeStringField("relative", t.relative());
        }
        string(g, "conflict", t.conflict());
        g.writeEndObject();
    }

    private static void writeAmount(JsonGenerator g, Amount m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        span(g, m.span());
        g.writeStringField("text", m.text());
        if (m.value() == null) {
            g.writeNullField("value");
        } else {
            g.writeNumberField("value", m.value());
        }
        string(g, "unit", m.unit());
        g.writeBooleanField("approx", m.approx());
        string(g, "about", m.about());
        if (m.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", m.year());
        }
        string(g, "bound", m.bound());
        g.writeEndObject();
    }

    private static void writeQuote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        span(g, q.span());
        g.writeStringField("text", q.text());
        string(g, "speaker", q.speaker());
        if (q.cueSpan() == null) {
            g.writeNullField("cue");
        } else {
            g.writeObjectFieldStart("cue");
            span(g, q.cueSpan());
            g.writeStringField("text", q.cueText());
            g.writeEndObject();
        }
        g.writeBooleanField("direct", q.direct());
        g.writeEndObject();
    }

    private static void writeEvent(JsonGenerator g, Event v) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.id());
        string(g, "cameo", v.cameo());
        string(g, "cameoName", v.cameoName());
        string(g, "plover", v.plover());
        string(g, "ploverMode", v.ploverMode());
        if (v.goldstein() == null) {
            g.writeNullField("goldstein");
        } else {
            g.writeNumberField("goldstein", v.goldstein());
        }
        if (v.quadClass() == null) {
            g.writeNullField("quadClass");
        } else {
            g.writeNumberField("quadClass", v.quadClass());
        }
        string(g, "source", v.source());
        string(g, "target", v.target());
        string(g, "date", v.date() == null ? null : v.date().toString());
        string(g, "time", v.time());
        string(g, "location", v.location());
        g.writeObjectFieldStart("trigger");
        span(g, v.triggerSpan());
        g.writeStringField("text", v.triggerText());
        g.writeEndObject();
        g.writeObjectFieldStart("sentence");
        span(g, v.sentence());
        g.writeEndObject();
        g.writeNumberField("confidence", v.confidence());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, CharSpan s) throws IOException {
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
