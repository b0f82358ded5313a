package hadath.store;

import hadath.core.entity.Entity;
import hadath.core.entity.EntityType;
import hadath.core.entity.Mention;
import hadath.core.entity.MentionKind;
import hadath.core.event.Event;
import hadath.core.lexicon.Geo;
import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.quote.Quote;
import hadath.core.sentence.SentenceSplitter;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses for store tests: real ones from the pipeline, and synthetic ones whose events, actors and quotes are
 * known exactly (so that merging across articles can be checked), with every span pointing at its text.
 */
final class Articles {

    /** An actor the synthetic articles know. */
    record Actor(String name, EntityType type, String kb, String country, String code, Geo geo) {
    }

    static final Actor PUTIN = new Actor("فلاديمير بوتين", EntityType.PERSON, "Q7747", "RUS", "RUSGOV", null);
    static final Actor PUTIN_SPELLED = new Actor("فلاديمير پوتين", EntityType.PERSON, "Q7747", "RUS", "RUSGOV", null);
    static final Actor GHALIBAF = new Actor("محمد باقر قاليباف", EntityType.PERSON, null, "IRN", "IRNLEG", null);
    static final Actor IRAN = new Actor("إيران", EntityType.COUNTRY, "Q794", "IRN", "IRN", new Geo(32.0, 53.0));
    static final Actor RUSSIA = new Actor("روسيا", EntityType.COUNTRY, "Q159", "RUS", "RUS", new Geo(60.0, 90.0));
    static final Actor MOSCOW = new Actor("موسكو", EntityType.PLACE, "Q649", "RUS", null, new Geo(55.75, 37.62));

    /** An event: source VERB target [في place]. */
    record Ev(Actor source, String verb, Actor target, Actor place, String cameo, double goldstein, int quad,
              LocalDate date) {
    }

    /** A quotation: speaker قال «text». */
    record Qt(Actor speaker, String text) {
    }

    private static Pipeline pipeline;

    private Articles() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(PipelineConfig.defaults().withEvents(true));
        }
        return pipeline;
    }

    static Analysis analyze(String text, String id, LocalDate published, String source) {
        return pipeline().analyze(Document.builder(text).id(id).published(published).source(source)
                .url("https://example.org/" + id).title("عنوان " + id).build());
    }

    static Analysis synthetic(String id, LocalDate published, String source, List<Ev> events, List<Qt> quotes) {
        return synthetic(id, published, source, events, quotes, "");
    }

    static Analysis synthetic(String id, LocalDate published, String source, List<Ev> events, List<Qt> quotes,
                              String tail) {
        StringBuilder text = new StringBuilder();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Object[]> evs = new ArrayList<>();
        for (Ev e : events) {
            int start = text.length();
            CharSpan src = mention(text, e.source(), mentions, actors);
            text.append(' ');
            CharSpan verb = append(text, e.verb());
            text.append(' ');
            mention(text, e.target(), mentions, actors);
            if (e.place() != null) {
                text.append(" في ");
                mention(text, e.place(), mentions, actors);
            }
            text.append(". ");
            evs.add(new Object[] {e, verb, new CharSpan(start, text.length() - 1), src});
        }
        List<Object[]> qts = new ArrayList<>();
        for (Qt q : quotes) {
            mention(text, q.speaker(), mentions, actors);
            text.append(' ');
            CharSpan cue = append(text, "قال");
            text.append(" «");
            CharSpan said = append(text, q.text());
            text.append("». ");
            qts.add(new Object[] {q, cue, said});
        }
        text.append(tail);
        Document doc = Document.builder(text.toString()).id(id).published(published).source(source)
                .url(source == null ? null : "https://" + source + "/" + id).title("عنوان " + id).build();
        List<Entity> entities = new ArrayList<>();
        Map<String, String> entityId = new LinkedHashMap<>();
        for (var m : mentions.entrySet()) {
            Actor a = actors.get(m.getKey());
            String eid = "E" + (entities.size() + 1);
            entityId.put(m.getKey(), eid);
            entities.add(new Entity(eid, a.type(), a.name(), a.name(), null, a.kb(), a.country(), a.code(),
                    a.type() == EntityType.PERSON ? List.of("رئيس") : List.of(), m.getValue(), a.geo()));
        }
        List<Event> coded = new ArrayList<>();
        for (Object[] o : evs) {
            Ev e = (Ev) o[0];
            CharSpan verb = (CharSpan) o[1];
            coded.add(new Event("V" + (coded.size() + 1), e.cameo(), "name " + e.cameo(), "CONSULT", null,
                    e.goldstein(), e.quad(), entityId.get(e.source().name()), entityId.get(e.target().name()), e.date(),
                    null, e.place() == null ? null : entityId.get(e.place().name()), verb, e.verb(), (CharSpan) o[2], 0.8));
        }
        List<Quote> said = new ArrayList<>();
        for (Object[] o : qts) {
            Qt q = (Qt) o[0];
            CharSpan span = (CharSpan) o[2];
            said.add(new Quote("Q" + (said.size() + 1), span, q.text(), entityId.get(q.speaker().name()),
                    (CharSpan) o[1], "قال", true));
        }
        List<Token> tokens = new Tokenizer().tokenize(doc.text());
        return new Analysis(doc, "ar", tokens, new SentenceSplitter().split(tokens), List.of(), entities, List.of(),
                List.of(), said, coded);
    }

    private static CharSpan mention(StringBuilder text, Actor a, Map<String, List<Mention>> mentions,
                                    Map<String, Actor> actors) {
        CharSpan span = append(text, a.name());
        actors.putIfAbsent(a.name(), a);
        mentions.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(new Mention(span, a.name(), MentionKind.NAME));
        return span;
    }

    /** Appends BMP-only text: chars are code points here. */
    private static CharSpan append(StringBuilder text, String s) {
        int start = text.length();
        text.append(s);
        return new CharSpan(start, text.length());
    }
}
