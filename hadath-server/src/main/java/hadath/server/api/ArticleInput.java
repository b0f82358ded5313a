package hadath.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hadath.core.text.Document;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * A posted article: {@code {"text", "published", "title", "source", "url", "id"}}, checked the way the CLI
 * checks files (not empty, not binary, within the size limit) so the server never analyses junk.
 */
public record ArticleInput(String text, LocalDate published, String title, String source, String url, String id) {

    public static final List<String> KEYS = List.of("text", "published", "title", "source", "url", "id");
    /** Longest article accepted, in characters; the request body limit sits just above it. */
    public static final int MAX_CHARS = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    public ArticleInput {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("text is empty; post the article's plain text in \"text\"");
        }
        if (text.length() > MAX_CHARS) {
            throw new ApiException(413, "text is " + text.length() + " characters; at most " + MAX_CHARS + " allowed");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw ApiException.badRequest("text is binary data, not text (NUL at character " + nul + ")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
    }

    /** Reads the JSON body, refusing unknown keys and values that are not strings. */
    public static ArticleInput fromJson(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "); expected an object with keys " + KEYS);
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("body must be one JSON object with keys " + KEYS);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw ApiException.badRequest("unknown key '" + key + "'; expected any of " + KEYS);
            }
            if (!root.get(key).isTextual() && !root.get(key).isNull()) {
                throw ApiException.badRequest("'" + key + "' must be a string");
            }
        }
        String published = text(root, "published");
        return new ArticleInput(text(root, "text"), published == null ? null : Params.date(published, "published"),
                text(root, "title"), text(root, "source"), text(root, "url"), text(root, "id"));
    }

    public Document document() {
        return Document.builder(text).id(id).published(published).title(title).source(source).url(url).build();
    }

    private static String text(JsonNode root, String key) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
