package hadath.bench;

import hadath.core.entity.Entity;
import hadath.core.entity.EntityType;
import hadath.core.entity.Mention;
import hadath.core.entity.MentionKind;
import hadath.core.event.Event;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.pipeline.Analysis;
import hadath.core.quote.Quote;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Analyses made without the pipeline, to fill a store to 100,000 articles quickly for query benchmarks: each
 * article has three events between actors of the bundled lexicon (people, countries, organisations), a place,
 * and a quote, on a date within two years; spans point at their text. Deterministic for a seed. The rows are
 * what the pipeline would store, not what it would find: throughput of analysis is measured elsewhere.
 */
final class SyntheticAnalyses {

    private static final String[][] CODES = {
        {"042", "Make a visit", "CONSULT", "1.9", "1"}, {"036", "Express intent to meet", "CONSULT", "4.0", "1"},
        {"057", "Sign formal agreement", "AGREE", "8.0", "1"}, {"070", "Provide aid", "AID", "7.0", "2"},
        {"111", "Criticize or denounce", "DISAPPROVE", "-2.0", "3"}, {"138", "Threaten with military force", "THREATEN",
        "-7.0", "3"}, {"163", "Impose embargo", "REDUCE", "-8.0", "4"}, {"190", "Use conventional military force",
        "ASSAULT", "-10.0", "4"}};
    private static final String[] VERBS = {"زار", "بحث", "وقع", "دعم", "انتقد", "هدد", "فرض", "هاجم"};

    private final List<LexiconEntry> actors;
    private final List<LexiconEntry> places;

    SyntheticAnalyses(Lexicon lexicon) {
        List<LexiconEntry> a = new ArrayList<>();
        a.addAll(lexicon.entriesOf(EntryKind.PERSON));
        a.addAll(lexicon.entriesOf(EntryKind.COUNTRY));
        a.addAll(lexicon.entriesOf(EntryKind.ORGANIZATION));
        this.actors = List.copyOf(a);
        this.places = lexicon.entriesOf(EntryKind.PLACE).stream().filter(p -> p.geo() != null).toList();
    }

    Analysis article(int n, Random random) {
        LocalDate published = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(730));
        StringBuilder text = new StringBuilder("خبر رقم " + n + ". ");
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LexiconEntry s = actors.get(random.nextInt(actors.size()));
            LexiconEntry t = actors.get(random.nextInt(actors.size()));
            LexiconEntry p = places.get(random.nextInt(places.size()));
            int code = random.nextInt(CODES.length);
            int start = text.length();
            mention(text, s, mentions, entries);
            text.append(' ');
            CharSpan verb = append(text, VERBS[code]);
            text.append(' ');
            mention(text, t, mentions, entries);
            text.append(" في ");
            mention(text, p, mentions, entries);
            text.append(". ");
            events.add(new Object[] {s, t, p, CODES[code], verb, new CharSpan(start, text.length() - 1),
                    published.minusDays(random.nextInt(3))});
        }
        LexiconEntry speaker = actors.get(random.nextInt(actors.size()));
        mention(text, speaker, mentions, entries);
        text.append(" قال «");
        CharSpan said = append(text, "إن الحكومة ملتزمة بالاتفاق رقم " + n);
        text.append("».");
        Document doc = Document.builder(text.toString()).id("synthetic-" + n).published(published)
                .source("source-" + random.nextInt(40)).url("https://example.org/" + n).build();
        Map<String, String> ids = new LinkedHashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (var m : mentions.entrySet()) {
            LexiconEntry e = entries.get(m.getKey());
            String id = "E" + (entities.size() + 1);
            ids.put(m.getKey(), id);
            entities.add(new Entity(id, type(e.kind()), e.ar(), e.ar(), e.en(), e.qid(), e.country(), e.actorCode(),
                    List.of(), m.getValue(), e.geo()));
        }
        List<Event> coded = new ArrayList<>();
        for (Object[] o : events) {
            String[] c = (String[]) o[3];
            coded.add(new Event("V" + (coded.size() + 1), c[0], c[1], c[2], null, Double.parseDouble(c[3]),
                    Integer.parseInt(c[4]), ids.get(((LexiconEntry) o[0]).id()), ids.get(((LexiconEntry) o[1]).id()),
                    (LocalDate) o[6], null, ids.get(((LexiconEntry) o[2]).id()), (CharSpan) o[4],
                    VERBS[List.of(CODES).indexOf(c)], (CharSpan) o[5], 0.7));
        }
        List<Quote> quotes = List.of(new Quote("Q1", said, doc.slice(said), ids.get(speaker.id()), null, null, true));
        return new Analysis(doc, "ar", List.of(), List.of(), List.of(), entities, List.of(), List.of(), quotes, coded);
    }

    private static EntityType type(EntryKind kind) {
        return switch (kind) {
            case PERSON -> EntityType.PERSON;
            case COUNTRY -> EntityType.COUNTRY;
            case PLACE -> EntityType.PLACE;
            default -> EntityType.ORGANIZATION;
        };
    }

    private static void mention(StringBuilder text, LexiconEntry e, Map<String, List<Mention>> mentions,
                                Map<String, LexiconEntry> entries) {
        CharSpan span = append(text, e.ar());
        entries.putIfAbsent(e.id(), e);
        mentions.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(new Mention(span, e.ar(), MentionKind.NAME));
    }

    /** Lexicon names are in the BMP: chars are code points. */
    private static CharSpan append(StringBuilder text, String s) {
        int start = text.length();
        text.append(s);
        return new CharSpan(start, text.length());
    }
}
