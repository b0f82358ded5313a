package hadath.store.export;

import hadath.store.query.EventActor;
import hadath.store.query.EventMentionRow;
import hadath.store.query.EventRow;
import java.time.LocalDate;

/** Stored rows as the formatters get them. */
final class ExportRows {

    static final EventActor GHALIBAF = new EventActor(3, "PERSON", "محمد باقر قاليباف", "Mohammad Bagher Ghalibaf",
            "IRN", "IRNLEG", null, null);
    static final EventActor RUSSIA = new EventActor(4, "COUNTRY", "روسيا", "Russia", "RUS", "RUS", 60.0, 90.0);
    static final EventActor MOSCOW = new EventActor(5, "PLACE", "موسكو", "Moscow", "RUS", null, 55.75, 37.62);

    static final EventRow VISIT = new EventRow(17, LocalDate.of(2021, 2, 7), "042", "Make a visit", "CONSULT", "visit",
            1.9, 1, GHALIBAF, RUSSIA, MOSCOW, 3, 2, 3, 1, "https://example.org/a1", "وصل قاليباف\tإلى موسكو",
            "2021-02-09T10:11:12Z");

    static final EventRow BARE = new EventRow(18, null, "0211", null, null, null, null, null, null, null, null, 1, 1,
            1, 2, null, null, "2021-02-09T10:11:12Z");

    static final EventMentionRow MENTION = new EventMentionRow(17, 1, "V1", LocalDate.of(2021, 2, 7),
            LocalDate.of(2021, 2, 9), "2021-02-09T10:11:12Z", "وكالة", "https://example.org/a1", 0, 4, 7, "وصل", 0, 40,
            30, -1, 0.8, 2312);

    private ExportRows() {
    }
}
