package hadath.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;

/** Article metadata from a {@code --meta} JSON file: {@code id, title, source, url, published, language}. */
public record ArticleMeta(String id, String title, String source, String url, LocalDate published) {

    public static final List<String> KEYS = List.of("id", "title", "source", "url", "published", "language");
    public static final ArticleMeta NONE = new ArticleMeta(null, null, null, null, null);

    public static ArticleMeta read(Path file) throws BadInputException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name, Files.isDirectory(file) ? "is a directory, not a metadata file"
                    : "no such file");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new BadInputException(name, "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read as UTF-8 text: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(name, "must hold one JSON object with keys " + KEYS);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new BadInputException(name, "unknown key '" + key + "'; expected any of " + KEYS);
            }
            if (!root.get(key).isTextual() && !root.get(key).isNull()) {
                throw new BadInputException(name, "'" + key + "' must be a string");
            }
        }
        String published = text(root, "published");
        return new ArticleMeta(text(root, "id"), text(root, "title"), text(root, "source"), text(root, "url"),
                published == null ? null : date(published, name + ": 'published'"));
    }

    /** Parses YYYY-MM-DD, failing with a message that names where the date came from. */
    public static LocalDate date(String value, String where) throws BadInputException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(where, "'" + value + "' is not a date; expected YYYY-MM-DD");
        }
    }

    private static String text(JsonNode root, String key) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
