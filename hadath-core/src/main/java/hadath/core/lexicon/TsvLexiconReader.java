package hadath.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tab-separated lexicon format (docs/lexicons.md): {@code #} header lines with
 * {@code key: value} fields, a column row, then data rows with exactly as many fields. Pure apart from
 * reading the stream it is given.
 */
public final class TsvLexiconReader {

    /** Header fields every lexicon file must declare. */
    public static final List<String> REQUIRED_HEADER = List.of("name", "covers", "source", "licence");

    private TsvLexiconReader() {
    }

    public static LexiconTable read(String file, InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            return parse(file, reader);
        } catch (CharacterCodingException e) {
            throw new LexiconException(file + ": not valid UTF-8");
        } catch (IOException e) {
            throw new LexiconException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static LexiconTable parse(String file, BufferedReader reader) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        LexiconTable.Columns columns = null;
        List<LexiconTable.Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                throw LexiconException.at(file, number, "starts with a byte-order mark; save as UTF-8 without BOM");
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (columns == null && colon > 1) {
                    String key = line.substring(1, colon).strip().toLowerCase();
                    if (!key.isEmpty() && key.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
                        header.merge(key, line.substring(colon + 1).strip(), (a, b) -> a + " " + b);
                    }
                }
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (columns == null) {
                for (String required : REQUIRED_HEADER) {
                    if (!header.containsKey(required) || header.get(required).isEmpty()) {
                        throw LexiconException.at(file, number, "header lacks '# " + required
                                + ": ...' before the column row; required: " + REQUIRED_HEADER);
                    }
                }
                columns = new LexiconTable.Columns(file, Arrays.stream(fields).map(String::strip).toList());
                continue;
            }
            if (fields.length != columns.names().size()) {
                throw LexiconException.at(file, number, "has " + fields.length + " fields, the column row has "
                        + columns.names().size() + " " + columns.names());
            }
            rows.add(new LexiconTable.Row(columns, number, Arrays.stream(fields).map(String::strip).toList()));
        }
        if (columns == null) {
            throw new LexiconException(file + ": no column row (the first line not starting with '#')");
        }
        return new LexiconTable(file, header, columns.names(), rows);
    }
}
