package hadath.server.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the article page shows: the highlighted text and the records beside it, read from a
 * {@code hadath.analysis/1} object and the article's text. The same view serves stored articles (their
 * analysis JSON from the store) and pasted ones (freshly written by {@code AnalysisJson}).
 */
public record ArticleView(String id, String title, String published, String source, String url, String html,
                          List<EntityRow> entities, List<QuoteRow> quotes, List<TimeRow> times,
                          List<AmountRow> amounts, List<EventRow> events) {

    public record EntityRow(String id, String kind, String type, String name, String english, String actorCode,
                            String roles, int mentions) {
    }

    public record QuoteRow(String id, String text, String speakerId, String speaker, String cue, boolean direct) {
    }

    public record TimeRow(String id, String text, String value) {
    }

    public record AmountRow(String id, String text, String value, String unit, String about) {
    }

    public record EventRow(String id, String cameo, String name, String source, String target, String date,
                           String trigger, Integer quadClass, Double goldstein) {
    }

    public ArticleView {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        amounts = List.copyOf(amounts);
        events = List.copyOf(events);
    }

    public boolean empty() {
        return entities.isEmpty() && quotes.isEmpty() && times.isEmpty() && amounts.isEmpty() && events.isEmpty();
    }

    public static ArticleView of(String text, JsonNode analysis) {
        JsonNode doc = analysis.path("document");
        List<Highlight> spans = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        List<EntityRow> entities = new ArrayList<>();
        for (JsonNode e : analysis.path("entities")) {
            String id = e.path("id").asText();
            String kind = e.path("type").asText("entity").toLowerCase(Locale.ROOT);
            String name = str(e, "name");
            String english = str(e.path("canonical"), "en");
            names.put(id, name != null ? name : english != null ? english : id);
            List<String> roles = new ArrayList<>();
            e.path("roles").forEach(r -> roles.add(r.asText()));
            String label = kind.toUpperCase(Locale.ROOT) + " " + id + (english == null ? "" : ": " + english);
            for (JsonNode m : e.path("mentions")) {
                spans.add(new Highlight(m.path("start").asInt(), m.path("end").asInt(), kind, id, label));
            }
            entities.add(new EntityRow(id, kind, e.path("type").asText(), names.get(id), english,
                    str(e, "actorCode"), String.join("، ", roles), e.path("mentions").size()));
        }
        List<QuoteRow> quotes = new ArrayList<>();
        for (JsonNode q : analysis.path("quotes")) {
            String id = q.path("id").asText();
            String speaker = str(q, "speaker");
            spans.add(new Highlight(q.path("start").asInt(), q.path("end").asInt(), "quote", id,
                    "quote " + id + (speaker == null ? "" : " by " + names.getOrDefault(speaker, speaker))));
            JsonNode cue = q.path("cue");
            if (cue.isObject()) {
                spans.add(new Highlight(cue.path("start").asInt(), cue.path("end").asInt(), "cue", id, "cue of " + id));
            }
            quotes.add(new QuoteRow(id, q.path("text").asText(), speaker,
                    speaker == null ? null : names.getOrDefault(speaker, speaker), str(cue, "text"),
                    q.path("direct").asBoolean()));
        }
        List<TimeRow> times = new ArrayList<>();
        for (JsonNode t : analysis.path("times")) {
            String id = t.path("id").asText();
            String value = str(t, "value") != null ? str(t, "value") : str(t, "relative");
            spans.add(new Highlight(t.path("start").asInt(), t.path("end").asInt(), "time", id,
                    "time " + id + (value == null ? "" : ": " + value)));
            times.add(new TimeRow(id, t.path("text").asText(), value));
        }
        List<AmountRow> amounts = new ArrayList<>();
        for (JsonNode a : analysis.path("amounts")) {
            String id = a.path("id").asText();
            String value = a.path("value").isNumber() ? number(a.path("value").asDouble()) : null;
            spans.add(new Highlight(a.path("start").asInt(), a.path("end").asInt(), "amount", id,
                    "amount " + id + (value == null ? "" : ": " + value + " " + a.path("unit").asText(""))));
            amounts.add(new AmountRow(id, a.path("text").asText(), value, str(a, "unit"), str(a, "about")));
        }
        List<EventRow> events = new ArrayList<>();
        for (JsonNode v : analysis.path("events")) {
            String id = v.path("id").asText();
            JsonNode trigger = v.path("trigger");
            spans.add(new Highlight(trigger.path("start").asInt(), trigger.path("end").asInt(), "event", id,
                    "event " + id + ": " + v.path("cameo").asText("") + " " + v.path("cameoName").asText("")));
            String source = str(v, "source");
            String target = str(v, "target");
            events.add(new EventRow(id, str(v, "cameo"), str(v, "cameoName"),
                    source == null ? null : names.getOrDefault(source, source),
                    target == null ? null : names.getOrDefault(target, target), str(v, "date"),
                    str(trigger, "text"), v.path("quadClass").isNumber() ? v.path("quadClass").asInt() : null,
                    v.path("goldstein").isNumber() ? v.path("goldstein").asDouble() : null));
        }
        return new ArticleView(str(doc, "id"), str(doc, "title"), str(doc, "published"), str(doc, "source"),
                str(doc, "url"), ArticleHtml.render(text, spans), entities, quotes, times, amounts, events);
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    /** 2.0E9 as 2,000,000,000 and 4.5 as 4.5: analysts read amounts, not floating point. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
