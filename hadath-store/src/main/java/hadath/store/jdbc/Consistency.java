package hadath.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the store holds only whole articles: every row hangs off a stored document, every document has all
 * the rows its analysis counts, event counters match their mentions, and the full-text index matches the
 * documents. What a crash mid-ingest must never break.
 */
final class Consistency {

    private record Check(String problem, String sql) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("entities without their document",
                    "SELECT count(*) FROM entities x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id)"),
            new Check("entities without an actor",
                    "SELECT count(*) FROM entities x WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = x.actor_id)"),
            new Check("mentions without their entity",
                    "SELECT count(*) FROM mentions x WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = x.entity_id)"),
            new Check("entities without a mention",
                    "SELECT count(*) FROM entities x WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = x.id)"),
            new Check("times without their document",
                    "SELECT count(*) FROM times x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id)"),
            new Check("amounts without their document",
                    "SELECT count(*) FROM amounts x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id)"),
            new Check("quotes without their document",
                    "SELECT count(*) FROM quotes x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id)"),
            new Check("documents whose quote rows differ from their analysis",
                    "SELECT count(*) FROM documents d WHERE d.quote_count <> (SELECT count(*) FROM quotes q WHERE q.document_id = d.id)"),
            new Check("documents whose event mention rows differ from their analysis",
                    "SELECT count(*) FROM documents d WHERE d.event_count <> (SELECT count(*) FROM event_mentions m WHERE m.document_id = d.id)"),
            new Check("event mentions without their document",
                    "SELECT count(*) FROM event_mentions x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id)"),
            new Check("event mentions without their event",
                    "SELECT count(*) FROM event_mentions x WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = x.event_id)"),
            new Check("events without a mention",
                    "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)"),
            new Check("events whose counters differ from their mentions",
                    "SELECT count(*) FROM events e WHERE e.num_mentions <> (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id) "
                            + "OR e.num_articles <> (SELECT count(DISTINCT m.document_id) FROM event_mentions m WHERE m.event_id = e.id)"),
            new Check("actors never mentioned",
                    "SELECT count(*) FROM actors a WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.actor_id = a.id)"),
            new Check("actor names without their actor",
                    "SELECT count(*) FROM actor_names n WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = n.actor_id)"));

    private static final List<Check> SQLITE_CHECKS = List.of(
            new Check("documents missing from the full-text index",
                    "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents_fts f WHERE f.rowid = d.id)"),
            new Check("full-text rows without their document",
                    "SELECT count(*) FROM documents_fts f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = f.rowid)"),
            new Check("quotes missing from the full-text index",
                    "SELECT count(*) FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM quotes_fts f WHERE f.rowid = q.id)"),
            new Check("quote full-text rows without their quote",
                    "SELECT count(*) FROM quotes_fts f WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = f.rowid)"));

    private Consistency() {
    }

    static List<String> problems(Connection c, Dialect dialect) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<Check> checks = new ArrayList<>(CHECKS);
        if (dialect == Dialect.SQLITE) {
            checks.addAll(SQLITE_CHECKS);
        }
        for (Check check : checks) {
            long n = Sql.count(c, check.sql(), List.of());
            if (n > 0) {
                problems.add(n + " " + check.problem());
            }
        }
        return problems;
    }
}
