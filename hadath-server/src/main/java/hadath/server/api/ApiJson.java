package hadath.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import hadath.store.query.Page;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the API writes JSON: the store's records as they are, dates as YYYY-MM-DD, pages with their totals. */
public final class ApiJson {

    /** Thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("dates").addSerializer(LocalDate.class, ToStringSerializer.instance));

    private ApiJson() {
    }

    /** {@code {"items": [...], "total", "limit", "offset", "hasMore"}}. */
    public static Map<String, Object> page(Page<?> page) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", page.items());
        out.put("total", page.total());
        out.put("limit", page.limit());
        out.put("offset", page.offset());
        out.put("hasMore", page.hasMore());
        return out;
    }
}
