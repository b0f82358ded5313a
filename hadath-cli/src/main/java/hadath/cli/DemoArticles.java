package hadath.cli;

import hadath.core.text.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example articles bundled in the jar under {@code hadath/demo/}: {@code NN-slug.txt} with its metadata in
 * {@code NN-slug.meta.json}. Read with the checks {@code hadath analyze} applies, so a broken bundled file is
 * reported like any other.
 */
final class DemoArticles {

    static final String DIR = "/hadath/demo";

    private DemoArticles() {
    }

    /** The bundled articles, by file name; empty when the jar has none. */
    static List<Document> load() throws BadInputException {
        URL url = DemoArticles.class.getResource(DIR);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.getPath(DIR));
                } catch (FileSystemAlreadyExistsException e) {
                    return read(FileSystems.getFileSystem(uri).getPath(DIR));
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot list the bundled demo articles: " + e.getMessage(), e));
        }
    }

    private static List<Document> read(Path dir) throws IOException, BadInputException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        ArticleReader reader = new ArticleReader(new InputLimits(InputLimits.DEFAULT_MAX_BYTES), ArticleReader.HtmlPolicy.REFUSE);
        List<Document> docs = new ArrayList<>();
        for (Path text : texts) {
            String file = text.getFileName().toString();
            String id = file.substring(0, file.length() - ".txt".length());
            Path metaFile = text.resolveSibling(id + ".meta.json");
            ArticleMeta meta = Files.exists(metaFile) ? ArticleMeta.read(metaFile) : ArticleMeta.NONE;
            String body = reader.decode("demo/" + file, Files.readAllBytes(text)).text();
            docs.add(Document.builder(body).id(meta.id() != null ? meta.id() : id).title(meta.title())
                    .source(meta.source()).url(meta.url()).published(meta.published()).build());
        }
        return docs;
    }
}
