package hadath.server.api;

import hadath.store.Store;
import hadath.store.export.CsvEvents;
import hadath.store.export.GdeltEvents;
import hadath.store.export.PloverEvents;
import hadath.store.query.EventQuery;
import hadath.store.query.EventRow;
import hadath.store.query.Page;
import hadath.store.query.PageRequest;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * {@code GET /api/events/export?format=csv|gdelt|plover}: the filtered events as a download, formatted by the
 * store's own exporters (the same rows {@code hadath export} writes), streamed page by page.
 */
public final class ExportApi {

    /** A download is not a database dump: past this, use {@code hadath export}. */
    public static final int MAX_ROWS = 100_000;
    private static final int BATCH = 500;

    private final Store store;

    public ExportApi(Store store) {
        this.store = store;
    }

    private record Format(String contentType, String file, String header, Function<EventRow, String> line) {
    }

    public void export(Context ctx) throws IOException {
        String name = Params.choice(ctx, "format", List.of("csv", "gdelt", "plover"));
        if (name == null) {
            throw ApiException.badRequest("format is required; expected one of csv, gdelt, plover");
        }
        Format format = switch (name) {
            case "csv" -> new Format("text/csv; charset=utf-8", "hadath-events.csv", CsvEvents.header(), CsvEvents::line);
            case "gdelt" -> new Format("text/tab-separated-values; charset=utf-8", "hadath-events.gdelt.tsv", null,
                    GdeltEvents::line);
            default -> new Format("application/x-ndjson; charset=utf-8", "hadath-events.plover.jsonl", null,
                    PloverEvents::line);
        };
        EventQuery query = Filters.events(ctx);
        // the first page is read before any byte is sent, so a failing query is still a clean error
        Page<EventRow> page = store.events(query, new PageRequest(BATCH, 0));
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + format.file() + "\"");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            if (format.header() != null) {
                out.write(format.header());
                out.write('\n');
            }
            int written = 0;
            while (true) {
                for (EventRow e : page.items()) {
                    if (written++ >= MAX_ROWS) {
                        return;
                    }
                    out.write(format.line().apply(e));
                    out.write('\n');
                }
                if (!page.hasMore() || written >= MAX_ROWS) {
                    return;
                }
                page = store.events(query, new PageRequest(BATCH, page.offset() + page.items().size()));
            }
        }
    }
}
