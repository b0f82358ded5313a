package hadath.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hadath.core.text.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The gold files an {@code eval} command is given: files as named, a directory standing for its gold files. */
final class GoldFiles {

    /** One gold file read with the article it annotates and its publication date, null when it gives none. */
    record Gold(String name, JsonNode json, String text, LocalDate published) {

        /** The article as the pipeline reads it: named after the gold file, dated when the gold gives a date. */
        Document document() {
            return Document.builder(text).id(name).published(published).build();
        }
    }

    private GoldFiles() {
    }

    /**
     * Reads a gold file and its article: NAME.gold.json annotates NAME.txt; an expected.json (the contract's form,
     * as in examples/seed) annotates article.txt beside it. An optional {@code "published": "YYYY-MM-DD"} dates
     * the article, as the pipeline resolves relative dates and office-holders against it.
     */
    static Gold read(Path file) throws BadInputException {
        String name = file.getFileName().toString();
        Path text = name.equals("expected.json") ? file.resolveSibling("article.txt")
                : file.resolveSibling((name.endsWith(".gold.json")
                        ? name.substring(0, name.length() - ".gold.json".length()) : name) + ".txt");
        if (!Files.isRegularFile(text)) {
            throw new BadInputException(file.toString(), "its article " + text
                    + " is missing (a gold file NAME.gold.json annotates NAME.txt beside it)");
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new BadInputException(file.toString(), "is not JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new BadInputException(file.toString(), "is not a JSON object");
        }
        LocalDate published = null;
        JsonNode date = json.path("published");
        if (!date.isMissingNode() && !date.isNull()) {
            try {
                published = LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                throw new BadInputException(file.toString(), "published '" + date.asText() + "' is not YYYY-MM-DD");
            }
        }
        try {
            return new Gold(name, json, Files.readString(text), published);
        } catch (IOException e) {
            throw new BadInputException(text.toString(), "cannot be read as UTF-8 text: " + e.getMessage());
        }
    }

    /** @param isGold which file names in a directory are gold files */
    static List<Path> list(List<Path> paths, Predicate<String> isGold) throws BadInputException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> isGold.test(f.getFileName().toString())).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new BadInputException(p.toString(), "cannot be listed: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new BadInputException(p.toString(), "no such file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new BadInputException(String.valueOf(paths), "no gold files found in it");
        }
        return files;
    }
}
