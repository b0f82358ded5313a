package hadath.core.entity.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads CoNLL named-entity files: one {@code TOKEN TAG [TAG ...]} line per word, a blank line between
 * sentences. Pure apart from {@link #read(Path, Layout)}.
 *
 * <p>Tags are IOB2 ({@code O}, {@code B-TYPE}, {@code I-TYPE}) and are mapped to the tagger's types:
 * PERS (and PER) → PER; LOC and GPE → LOC; ORG → ORG; every other type (MISC, DATE, NORP, OCC ...) → O.
 * Fields are separated by spaces; a run of spaces counts as one, because ANERcorp has a few lines with
 * two. A line with no tag, an empty token, or a tag that is not IOB2 is an error naming the file and line.
 */
public final class ConllCorpus {

    /** Which field holds the tag. */
    public enum Layout {
        /** ANERcorp: {@code TOKEN TAG}, the tag is the last field (fields between are ignored). */
        LAST_FIELD,
        /**
         * Wojood: {@code TOKEN TAG [TAG ...]}, one tag per nesting layer, outermost first; the first tag is
         * used, so a person inside an organisation's name counts as part of the organisation.
         */
        FIRST_TAG
    }

    private static final Pattern FIELDS = Pattern.compile("[ \t]+");
    private static final Pattern IOB2 = Pattern.compile("O|[BI]-[A-Za-z_]+");

    private ConllCorpus() {
    }

    public static List<ConllSentence> read(Path file, Layout layout) {
        return read(file, layout, ConllCorpus::mapTag);
    }

    /**
     * Reads with another mapping of the corpus tags, e.g. {@link UnaryOperator#identity()} to keep Wojood's
     * DATE, MONEY and CARDINAL for scoring times and amounts.
     */
    public static List<ConllSentence> read(Path file, Layout layout, UnaryOperator<String> tagMap) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            // REPORT, not REPLACE: a mis-encoded file must fail loudly, not train on U+FFFD
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position(); // the decoder stops at the bad byte
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw ConllException.at(name, line, String.format(Locale.ROOT, "is not UTF-8 (byte 0x%02X at byte offset %d)",
                    bytes[at] & 0xFF, at));
        }
        try {
            return parse(name, new BufferedReader(new StringReader(text)), layout, tagMap);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e); // not from a StringReader
        }
    }

    /** Parses CoNLL text; {@code name} is used in messages. */
    public static List<ConllSentence> parse(String name, BufferedReader in, Layout layout) throws IOException {
        return parse(name, in, layout, ConllCorpus::mapTag);
    }

    /** Parses CoNLL text, mapping each tag with {@code tagMap}. */
    public static List<ConllSentence> parse(String name, BufferedReader in, Layout layout, UnaryOperator<String> tagMap)
            throws IOException {
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int first = 0;
        int lineNo = 0;
        while (true) {
            String line = in.readLine();
            if (line == null) {
                break;
            }
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    sentences.add(new ConllSentence(name, first, words, tags));
                    words = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] fields = FIELDS.split(line, -1);
            if (fields[0].isEmpty()) {
                throw ConllException.at(name, lineNo, "starts with a space; expected TOKEN TAG [TAG ...]");
            }
            int last = fields.length - 1;
            if (fields[last].isEmpty()) {
                last--; // trailing spaces
            }
            if (last < 1) {
                throw ConllException.at(name, lineNo, "'" + line + "' has no tag; expected TOKEN TAG [TAG ...] "
                        + "separated by spaces");
            }
            String raw = layout == Layout.LAST_FIELD ? fields[last] : fields[1];
            if (!IOB2.matcher(raw).matches()) {
                throw ConllException.at(name, lineNo, "tag '" + raw + "' is not IOB2; expected O, B-TYPE or I-TYPE");
            }
            if (words.isEmpty()) {
                first = lineNo;
            }
            words.add(fields[0]);
            tags.add(tagMap.apply(raw));
        }
        if (!words.isEmpty()) {
            sentences.add(new ConllSentence(name, first, words, tags));
        }
        return sentences;
    }

    /** A corpus tag as a {@link NerLabel} tag: B-PERS → B-PER, I-GPE → I-LOC, B-MISC → O. */
    public static String mapTag(String raw) {
        if (raw.equals("O")) {
            return "O";
        }
        String type = switch (raw.substring(2)) {
            case "PERS", "PER" -> "PER";
            case "LOC", "GPE" -> "LOC";
            case "ORG" -> "ORG";
            default -> null;
        };
        return type == null ? "O" : raw.substring(0, 2) + type;
    }
}
