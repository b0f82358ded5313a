package hadath.spark;

import hadath.core.text.Document;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One input article as a {@link Document}, built the way {@code hadath analyze} builds it, so that Spark and
 * the CLI analyse the same thing: a leading byte-order mark is dropped, the id of a text file is its name
 * without directory and extension, and {@code --published} stands in for a missing date. An article that
 * cannot be analysed (no text, a bad date) is an error naming the problem, not an exception that fails the job.
 */
record ArticleDocument(String id, Document document, String error) {

    static ArticleDocument of(String id, String text, String published, String url, String title, String source,
                              LocalDate fallbackDate) {
        if (text == null || text.isBlank()) {
            return failed(id, "no text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LocalDate date = fallbackDate;
        if (published != null && !published.isBlank()) {
            try {
                date = LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published);
            } catch (DateTimeParseException e) {
                return failed(id, "published '" + published + "' is not a date; expected YYYY-MM-DD");
            }
        }
        Document doc = Document.builder(text).id(id).title(title).source(source).url(url).published(date).build();
        return new ArticleDocument(id, doc, null);
    }

    private static ArticleDocument failed(String id, String error) {
        return new ArticleDocument(id, null, error);
    }

    /** A text file's article id: its name without directory and extension, as {@code hadath analyze} gives it. */
    static String idOfPath(String path) {
        String name = path;
        try {
            // Spark gives file URIs (file:/a/b%20c.txt); the CLI sees the decoded path
            String decoded = new java.net.URI(path).getPath();
            if (decoded != null) {
                name = decoded;
            }
        } catch (java.net.URISyntaxException e) {
            // a plain path already
        }
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
