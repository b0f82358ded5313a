package hadath.store;

import static hadath.store.Articles.GHALIBAF;
import static hadath.store.Articles.IRAN;
import static hadath.store.Articles.MOSCOW;
import static hadath.store.Articles.PUTIN;
import static hadath.store.Articles.PUTIN_SPELLED;
import static hadath.store.Articles.RUSSIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hadath.core.json.AnalysisJson;
import hadath.core.pipeline.Analysis;
import hadath.store.Articles.Ev;
import hadath.store.Articles.Qt;
import hadath.store.query.ActorPage;
import hadath.store.query.ActorSummary;
import hadath.store.query.DocumentQuery;
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
import hadath.store.query.StoredDocument;
import hadath.store.query.TimelinePoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's behaviour, run against each real database by a subclass ({@link SqliteStoreIT},
 * {@link PostgresStoreIT}): one suite keeps the two schemas in step.
 */
abstract class StoreContract {

    static final LocalDate FEB7 = LocalDate.of(2021, 2, 7);
    static final LocalDate FEB9 = LocalDate.of(2021, 2, 9);
    static final PageRequest PAGE = PageRequest.first(100);

    Store store;

    /** A fresh, empty store. */
    abstract Store newStore();

    @BeforeEach
    void open() {
        store = newStore();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    static Ev visit(Articles.Actor source, Articles.Actor target, LocalDate date) {
        return new Ev(source, "زار", target, null, "042", 1.9, 1, date);
    }

    static Ev threaten(Articles.Actor source, Articles.Actor target, LocalDate date) {
        return new Ev(source, "هدد", target, null, "138", -7.0, 3, date);
    }

    @Test
    void aRealArticleIsStoredWholeWithItsAnalysisJson() {
        String text = "وصل رئيس مجلس الشورى الإيراني محمد باقر قاليباف إلى موسكو مساء أول من أمس في زيارة رسمية. "
                + "والتقى قاليباف الرئيس الروسي فلاديمير بوتين، وقال قاليباف: «إن العلاقات بين إيران وروسيا استراتيجية». "
                + "وبلغ حجم التبادل التجاري نحو ملياري دولار.";
        Analysis a = Articles.analyze(text, "seed", FEB9, "وكالة");
        SaveResult saved = store.save(a);
        assertThat(saved.duplicate()).isFalse();

        StoredDocument doc = store.document(saved.documentId()).orElseThrow();
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.analysisJson()).isEqualTo(AnalysisJson.toJson(a, false));
        assertThat(doc.summary().published()).isEqualTo(FEB9);
        assertThat(doc.summary().externalId()).isEqualTo("seed");
        assertThat(doc.contentHash()).isEqualTo(ContentHash.of(text));
        var counts = store.counts();
        assertThat(counts.mentions()).isEqualTo(a.entities().stream().mapToLong(e -> e.mentions().size()).sum());
        assertThat(counts.quotes()).isEqualTo(a.quotes().size());
        assertThat(counts.times()).isEqualTo(a.times().size());
        assertThat(counts.amounts()).isEqualTo(a.amounts().size());
        assertThat(counts.eventMentions()).isEqualTo(a.events().size());
        assertThat(store.consistencyProblems()).isEmpty();
    }

    @Test
    void theSameTextTwiceIsStoredOnce() {
        Analysis a = Articles.synthetic("a1", FEB9, "src1", List.of(visit(PUTIN, IRAN, FEB7)), List.of());
        SaveResult first = store.save(a);
        var before = store.counts();
        SaveResult second = store.save(a);
        assertThat(second.duplicate()).isTrue();
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.containsText(a.document().text())).isTrue();
        assertThat(store.containsText(a.document().text() + " ")).isFalse();
    }

    @Test
    void oneEventReportedByThreeArticlesIsOneEventWithThreeMentions() {
        store.save(Articles.synthetic("a1", FEB9, "src1", List.of(visit(PUTIN, IRAN, FEB7)), List.of(), "أ"));
        store.save(Articles.synthetic("a2", FEB9, "src2", List.of(visit(PUTIN, IRAN, FEB7)), List.of(), "ب"));
        store.save(Articles.synthetic("a3", FEB9, "src1", List.of(visit(PUTIN, IRAN, FEB7),
                visit(PUTIN, IRAN, FEB9)), List.of(), "ت"));

        List<EventRow> events = store.events(EventQuery.ALL, PAGE).items();
        assertThat(events).hasSize(2);
        EventRow merged = events.get(0);
        assertThat(merged.date()).isEqualTo(FEB7);
        assertThat(merged.numMentions()).isEqualTo(3);
        assertThat(merged.numArticles()).isEqualTo(3);
        assertThat(merged.numSources()).isEqualTo(2);
        assertThat(merged.cameo()).isEqualTo("042");
        assertThat(merged.root()).isEqualTo("04");
        assertThat(merged.source().name()).isEqualTo(PUTIN.name());
        assertThat(merged.target().name()).isEqualTo(IRAN.name());
        assertThat(events.get(1).numMentions()).isEqualTo(1);

        List<EventMentionRow> mentions = store.eventMentions(merged.id());
        assertThat(mentions).hasSize(3);
        for (EventMentionRow m : mentions) {
            String text = store.document(m.documentId()).orElseThrow().text();
            assertThat(text.substring(m.triggerStart(), m.triggerEnd())).isEqualTo("زار");
            assertThat(text.substring(m.sourceOffset())).startsWith(PUTIN.name());
            assertThat(text.substring(m.targetOffset())).startsWith(IRAN.name());
        }
        assertThat(store.consistencyProblems()).isEmpty();
    }

    @Test
    void anActorIsOneAcrossArticlesAndKeepsEverySpelling() {
        store.save(Articles.synthetic("a1", FEB9, "src1", List.of(visit(PUTIN, IRAN, FEB7)), List.of()));
        store.save(Articles.synthetic("a2", FEB9, "src2", List.of(visit(PUTIN_SPELLED, IRAN, FEB7)), List.of()));
        store.save(Articles.synthetic("a3", FEB9, "src2", List.of(visit(GHALIBAF, RUSSIA, FEB7)), List.of()));
        store.save(Articles.synthetic("a4", FEB9, "src3", List.of(visit(GHALIBAF, MOSCOW, FEB7)), List.of()));

        Page<ActorSummary> byOld = store.actorsByName("بوتين", PAGE);
        Page<ActorSummary> byNew = store.actorsByName("پوتين", PAGE);
        assertThat(byOld.items()).hasSize(1);
        assertThat(byNew.items()).extracting(ActorSummary::id).containsExactly(byOld.items().get(0).id());
        assertThat(byOld.items().get(0).documents()).isEqualTo(2);
        assertThat(store.actorsByName("قاليباف", PAGE).items()).singleElement()
                .satisfies(a -> assertThat(a.documents()).isEqualTo(2));
        assertThat(store.actorsByName("الإيرانية", PAGE).items()).isEmpty();
        assertThat(store.actorsByName("ايران", PAGE).items()).extracting(ActorSummary::kb).containsExactly("Q794");

        ActorPage page = store.actor(byOld.items().get(0).id(), PAGE).orElseThrow();
        assertThat(page.names()).contains(PUTIN.name(), PUTIN_SPELLED.name());
        assertThat(page.roles()).containsExactly("رئيس");
        assertThat(page.asSource().total()).isEqualTo(1);
        assertThat(page.asTarget().total()).isZero();
        assertThat(page.partners()).singleElement().satisfies(e -> assertThat(e.targetName()).isEqualTo(IRAN.name()));
        assertThat(store.actor(-5, PAGE)).isEmpty();
    }

    @Test
    void textSearchIgnoresTheArticleProcliticsAndDiacritics() {
        SaveResult gov = store.save(Articles.synthetic("a1", FEB7, "src1", List.of(), List.of(),
                "وأعلنت الحكومة اللبنانية خطتها."));
        store.save(Articles.synthetic("a2", FEB9, "src2", List.of(), List.of(), "وصل الوفد إلى بيروت."));

        for (String query : List.of("حكومة", "الحكومة", "للحكومة", "الحُكومَة", "حكومه", "لبنانية حكومة")) {
            assertThat(store.documents(DocumentQuery.text(query), PAGE).items())
                    .as(query).extracting(d -> d.id()).containsExactly(gov.documentId());
        }
        assertThat(store.documents(DocumentQuery.text("حكومة بيروت"), PAGE).items()).isEmpty();
        assertThat(store.documents(DocumentQuery.text("\"OR*"), PAGE).items()).isEmpty();
        assertThat(store.documents(DocumentQuery.text("الوفد"), PAGE).items()).hasSize(1);
    }

    @Test
    void documentsFilterByDateAndSourceAndPage() {
        for (int i = 0; i < 7; i++) {
            store.save(Articles.synthetic("d" + i, FEB7.plusDays(i), i % 2 == 0 ? "even" : "odd", List.of(), List.of(),
                    "نص رقم " + i));
        }
        Page<hadath.store.query.DocumentSummary> all = store.documents(DocumentQuery.ALL, new PageRequest(3, 0));
        assertThat(all.total()).isEqualTo(7);
        assertThat(all.items()).extracting(d -> d.externalId()).containsExactly("d6", "d5", "d4");
        assertThat(all.hasMore()).isTrue();
        assertThat(store.documents(DocumentQuery.ALL, new PageRequest(3, 6)).items()).extracting(d -> d.externalId())
                .containsExactly("d0");
        assertThat(store.documents(new DocumentQuery(null, FEB7.plusDays(1), FEB7.plusDays(3), null), PAGE).total())
                .isEqualTo(3);
        assertThat(store.documents(new DocumentQuery(null, null, null, "even"), PAGE).total()).isEqualTo(4);
        assertThat(store.documents(new DocumentQuery("نص", null, FEB7.plusDays(2), "odd"), PAGE).items())
                .extracting(d -> d.externalId()).containsExactly("d1");
    }

    private void threeArticlesOfEvents() {
        store.save(Articles.synthetic("a1", FEB9, "src1", List.of(visit(PUTIN, IRAN, FEB7),
                threaten(IRAN, RUSSIA, FEB7.plusDays(1)),
                new Ev(GHALIBAF, "وصل", RUSSIA, MOSCOW, "042", 1.9, 1, FEB7)), List.of()));
        store.save(Articles.synthetic("a2", FEB9.plusDays(30), "src2", List.of(threaten(IRAN, RUSSIA, FEB9.plusDays(30)),
                visit(RUSSIA, IRAN, FEB9.plusDays(31))), List.of()));
        store.save(Articles.synthetic("a3", null, "src2", List.of(new Ev(PUTIN, "انتقد", GHALIBAF, null, "111", -2.0, 3,
                null)), List.of()));
    }

    private long actorId(Articles.Actor a) {
        return store.actorsByName(a.name(), PAGE).items().get(0).id();
    }

    @Test
    void eventsFilterByActorPairCodeRootQuadDateAndPlace() {
        threeArticlesOfEvents();
        long putin = actorId(PUTIN);
        long iran = actorId(IRAN);
        long russia = actorId(RUSSIA);
        long moscow = actorId(MOSCOW);

        assertThat(store.events(EventQuery.ALL, PAGE).total()).isEqualTo(6);
        assertThat(store.events(EventQuery.actor(iran), PAGE).total()).isEqualTo(4);
        assertThat(store.events(EventQuery.pair(russia, iran), PAGE).total()).isEqualTo(3);
        assertThat(store.events(EventQuery.pair(putin, iran), PAGE).total()).isEqualTo(1);
        assertThat(store.events(new EventQuery(null, null, "042", null, null, null, null, null), PAGE).total()).isEqualTo(3);
        assertThat(store.events(new EventQuery(null, null, null, "13", null, null, null, null), PAGE).total()).isEqualTo(2);
        assertThat(store.events(new EventQuery(null, null, null, null, 3, null, null, null), PAGE).total()).isEqualTo(3);
        assertThat(store.events(EventQuery.ALL.between(FEB7, FEB7.plusDays(1)), PAGE).total()).isEqualTo(3);
        assertThat(store.events(new EventQuery(null, null, null, null, null, null, null, moscow), PAGE).items())
                .singleElement().satisfies(e -> assertThat(e.place().lat()).isEqualTo(55.75));
        Page<EventRow> paged = store.events(EventQuery.ALL, new PageRequest(2, 4));
        assertThat(paged.items()).hasSize(2);
        assertThat(paged.items().get(1).date()).isNull(); // undated events come last
        assertThatThrownBy(() -> new EventQuery(null, null, "4x", null, null, null, null, null))
                .hasMessageContaining("2 to 4 digits");
    }

    @Test
    void quotesBySpeakerAndText() {
        store.save(Articles.synthetic("a1", FEB7, "src1", List.of(), List.of(
                new Qt(GHALIBAF, "إن العلاقات مع الحكومة الروسية استراتيجية"), new Qt(PUTIN, "نرحب بالضيوف"))));
        store.save(Articles.synthetic("a2", FEB9, "src1", List.of(), List.of(new Qt(GHALIBAF, "لا تراجع"))));
        long ghalibaf = actorId(GHALIBAF);
        Page<QuoteRow> his = store.quotes(new QuoteQuery(ghalibaf, null), PAGE);
        assertThat(his.items()).extracting(QuoteRow::text).containsExactly("لا تراجع",
                "إن العلاقات مع الحكومة الروسية استراتيجية");
        assertThat(store.quotes(new QuoteQuery(null, "حكومة"), PAGE).items()).singleElement()
                .satisfies(q -> assertThat(q.speakerName()).isEqualTo(GHALIBAF.name()));
        assertThat(store.quotes(new QuoteQuery(actorId(PUTIN), "حكومة"), PAGE).items()).isEmpty();
        QuoteRow q = his.items().get(1);
        assertThat(store.document(q.documentId()).orElseThrow().text().substring(q.start(), q.end())).isEqualTo(q.text());
    }

    @Test
    void timelineCountsByPeriodAndQuadClass() {
        threeArticlesOfEvents();
        List<TimelinePoint> days = store.timeline(EventQuery.ALL, Granularity.DAY);
        assertThat(days).containsExactly(new TimelinePoint(FEB7, 1, 2), new TimelinePoint(FEB7.plusDays(1), 3, 1),
                new TimelinePoint(LocalDate.of(2021, 3, 11), 3, 1), new TimelinePoint(LocalDate.of(2021, 3, 12), 1, 1));
        List<TimelinePoint> months = store.timeline(EventQuery.ALL, Granularity.MONTH);
        assertThat(months).containsExactly(new TimelinePoint(LocalDate.of(2021, 2, 1), 1, 2),
                new TimelinePoint(LocalDate.of(2021, 2, 1), 3, 1), new TimelinePoint(LocalDate.of(2021, 3, 1), 1, 1),
                new TimelinePoint(LocalDate.of(2021, 3, 1), 3, 1));
        List<TimelinePoint> weeks = store.timeline(EventQuery.ALL, Granularity.WEEK);
        // 7 Feb 2021 is a Sunday: its week starts on Monday 1 Feb; the 8th starts the next
        assertThat(weeks.get(0)).isEqualTo(new TimelinePoint(LocalDate.of(2021, 2, 1), 1, 2));
        assertThat(weeks.get(1)).isEqualTo(new TimelinePoint(LocalDate.of(2021, 2, 8), 3, 1));
        assertThat(store.timeline(EventQuery.actor(actorId(PUTIN)), Granularity.DAY))
                .containsExactly(new TimelinePoint(FEB7, 1, 1));
    }

    @Test
    void networkCountsPairsWithMeanGoldstein() {
        threeArticlesOfEvents();
        List<NetworkEdge> edges = store.network(EventQuery.ALL, 10);
        assertThat(edges).hasSize(5);
        NetworkEdge top = edges.get(0);
        assertThat(top.sourceName()).isEqualTo(IRAN.name());
        assertThat(top.targetName()).isEqualTo(RUSSIA.name());
        assertThat(top.events()).isEqualTo(2);
        assertThat(top.meanGoldstein()).isEqualTo(-7.0);
        assertThat(store.network(EventQuery.ALL, 1)).hasSize(1);
        assertThatThrownBy(() -> store.network(EventQuery.ALL, 0)).hasMessageContaining("outside");
    }

    @Test
    void pagesAreBounded() {
        assertThatThrownBy(() -> new PageRequest(PageRequest.MAX_LIMIT + 1, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new PageRequest(10, -1)).hasMessageContaining("offset");
    }

    @Test
    void concurrentWritersMergeSharedActorsAndEvents() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SaveResult>> saves = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                saves.add(pool.submit(() -> store.save(Articles.synthetic("c" + n, FEB9, "src" + (n % 5),
                        List.of(visit(PUTIN, IRAN, FEB7), threaten(IRAN, RUSSIA, FEB7)),
                        List.of(new Qt(GHALIBAF, "نص")), "رقم " + n))));
            }
            // the same texts again, racing: each must land once
            for (int i = 0; i < 40; i++) {
                int n = i;
                saves.add(pool.submit(() -> store.save(Articles.synthetic("c" + n, FEB9, "src" + (n % 5),
                        List.of(visit(PUTIN, IRAN, FEB7), threaten(IRAN, RUSSIA, FEB7)),
                        List.of(new Qt(GHALIBAF, "نص")), "رقم " + n))));
            }
            long duplicates = 0;
            for (Future<SaveResult> f : saves) {
                duplicates += f.get().duplicate() ? 1 : 0;
            }
            assertThat(duplicates).isEqualTo(40);
        } finally {
            pool.shutdown();
        }
        assertThat(store.counts().documents()).isEqualTo(40);
        assertThat(store.counts().actors()).isEqualTo(4);
        List<EventRow> events = store.events(EventQuery.ALL, PAGE).items();
        assertThat(events).hasSize(2).allSatisfy(e -> {
            assertThat(e.numMentions()).isEqualTo(40);
            assertThat(e.numSources()).isEqualTo(5);
        });
        assertThat(store.consistencyProblems()).isEmpty();
    }
}
