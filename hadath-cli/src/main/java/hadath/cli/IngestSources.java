package hadath.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What {@code hadath ingest} reads: text files, directories (recursively, in name order; hidden files and
 * {@code NAME.meta.json} sidecars skipped), and JSON Lines files ({@code .jsonl}, {@code .ndjson}) of
 * {@code {"text", "published", "url", "title", "source", "id"}} records. A text file {@code NAME.txt} takes its
 * metadata from {@code NAME.meta.json} beside it when there is one.
 */
final class IngestSources {

    /** One article to ingest: read lazily (in a worker thread) into its text and metadata. */
    interface Item {
        String name();

        Loaded load(ArticleReader reader) throws BadInputException;
    }

    /** An article's checked text and metadata. */
    record Loaded(String name, String text, String warning, ArticleMeta meta) {
    }

    static final List<String> JSONL_KEYS = List.of("text", "published", "url", "title", "source", "id", "language");
    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestSources() {
    }

    /** Every item under the paths, in order; a path that does not exist becomes an item that fails to load. */
    static void expand(List<Path> paths, Consumer<Item> sink) throws IOException {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).filter(IngestSources::isArticleFile).sorted().toList();
                }
                for (Path f : files) {
                    file(f, sink);
                }
            } else {
                file(path, sink);
            }
        }
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".meta.json");
    }

    static boolean isJsonLines(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static void file(Path f, Consumer<Item> sink) throws IOException {
        if (isJsonLines(f) && Files.isRegularFile(f)) {
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (!line.isBlank()) {
                        sink.accept(new JsonLine(f + ":" + n, stem(f) + "-" + n, line));
                    }
                }
            } catch (java.nio.charset.MalformedInputException e) {
                sink.accept(new Broken(f.toString(), "not valid UTF-8; convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8"));
            }
        } else {
            sink.accept(new TextFile(f));
        }
    }

    static String stem(Path f) {
        return AnalyzeCommand.idOf(f.toString());
    }

    /** A text file, with its sidecar metadata when present. */
    record TextFile(Path path) implements Item {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public Loaded load(ArticleReader reader) throws BadInputException {
            ArticleReader.Article a = reader.read(path.toString(), null);
            Path sidecar = path.resolveSibling(stem(path) + ".meta.json");
            ArticleMeta meta = Files.isRegularFile(sidecar) ? ArticleMeta.read(sidecar) : ArticleMeta.NONE;
            if (meta.id() == null) {
                meta = new ArticleMeta(stem(path), meta.title(), meta.source(), meta.url(), meta.published());
            }
            return new Loaded(a.name(), a.text(), a.warning(), meta);
        }
    }

    /** One record of a JSON Lines file. */
    record JsonLine(String name, String defaultId, String json) implements Item {
        @Override
        public Loaded load(ArticleReader reader) throws BadInputException {
            JsonNode root;
            try {
                root = JSON.readTree(json);
            } catch (JsonProcessingException e) {
                throw new BadInputException(name, "not valid JSON (column " + e.getLocation().getColumnNr() + ")");
            }
            if (root == null || !root.isObject()) {
                throw new BadInputException(name, "not a JSON object; expected {\"text\": ..., \"published\": ...}");
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!JSONL_KEYS.contains(key)) {
                    throw new BadInputException(name, "unknown key '" + key + "'; expected any of " + JSONL_KEYS);
                }
                if (!root.get(key).isTextual() && !root.get(key).isNull()) {
                    throw new BadInputException(name, "'" + key + "' must be a string");
                }
            }
            String text = text(root, "text");
            if (text == null) {
                throw new BadInputException(name, "no 'text'; every record needs the article's text");
            }
            ArticleReader.Article a = reader.fromText(name, text);
            String published = text(root, "published");
            LocalDate date = published == null ? null : ArticleMeta.date(published, name + ": 'published'");
            String id = text(root, "id");
            return new Loaded(name, a.text(), a.warning(), new ArticleMeta(id == null ? defaultId : id,
                    text(root, "title"), text(root, "source"), text(root, "url"), date));
        }

        private static String text(JsonNode root, String key) {
            JsonNode n = root.get(key);
            return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
        }
    }

    /** A file that cannot be split into articles. */
    record Broken(String name, String problem) implements Item {
        @Override
        public Loaded load(ArticleReader reader) throws BadInputException {
            throw new BadInputException(name, problem);
        }
    }

    /** All items of the paths, in a list (for counting before the progress bar starts). */
    static List<Item> list(List<Path> paths) throws IOException {
        List<Item> items = new ArrayList<>();
        expand(paths, items::add);
        return items;
    }
}
