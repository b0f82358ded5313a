package hadath.server.web;

import hadath.store.query.Page;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every page handler needs: the templates, and links to the next and previous page of a list. */
final class Pages {

    private Pages() {
    }

    /** Template parameters in pairs: name, value, name, value... (values may be null). */
    static Map<String, Object> params(Object... pairs) {
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    /** Links to the pages before and after {@code page}, keeping the request's other parameters. */
    static Pager pager(Context ctx, Page<?> page, String offsetParam) {
        String prev = page.offset() == 0 ? null : link(ctx, offsetParam, Math.max(0, page.offset() - page.limit()));
        String next = page.hasMore() ? link(ctx, offsetParam, page.offset() + page.limit()) : null;
        long first = page.items().isEmpty() ? 0 : page.offset() + 1;
        return new Pager(first, page.offset() + page.items().size(), page.total(), prev, next);
    }

    private static String link(Context ctx, String offsetParam, int offset) {
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().equals(offsetParam)) {
                continue;
            }
            for (String v : e.getValue()) {
                q.append(q.isEmpty() ? "?" : "&").append(enc(e.getKey())).append('=').append(enc(v));
            }
        }
        q.append(q.isEmpty() ? "?" : "&").append(offsetParam).append('=').append(offset);
        return ctx.path() + q;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
