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

/**
 * Reads CoNLL named-entity files, one {@code TOKEN TAG ...} line per word and a blank line between
 * sentences, in one of the {@link ConllFormat}s: the one reader of gold CoNLL for the trainer and for
 * {@code hadath eval}. Pure apart from {@link #read(Path, ConllFormat)} and {@link #detect(Path)}.
 *
 * <p>Tags are IOB2 ({@code O}, {@code B-TYPE}, {@code I-TYPE}) and are mapped to the tagger's types:
 * PERS (and PER) → PER; LOC and GPE → LOC; ORG → ORG; every other type (MISC, DATE, NORP, OCC ...) → O.
 * Fields are separated by spaces or tabs; a run of them counts as one, because ANERcorp has a few lines with
 * two. A line with no tag, an empty token, a tag that is not IOB2 or a type its format does not have is an
 * error naming the file and line.
 *
 * <p>An {@code I-X} that does not follow {@code B-X} or {@code I-X} is read, not refused: scoring takes it as
 * the start of an entity, as conlleval does ({@link NerSpan#fromTags}). ANERcorp has 39 such tags (the
 * first at line 2779); refusing them would make the reference corpus unreadable, and repairing them
 * differently from conlleval would make its scores incomparable with the published ones.
 */
public final class ConllCorpus {

    private ConllCorpus() {
    }

    public static List<ConllSentence> read(Path file, ConllFormat format) {
        return read(file, format, ConllCorpus::mapTag);
    }

    /** The format of a file, by {@link ConllFormat#detect}. */
    public static ConllFormat detect(Path file) {
        return ConllFormat.detect(text(file).lines()::iterator);
    }

    /**
     * Reads with another mapping of the corpus tags, e.g. {@link UnaryOperator#identity()} to keep Wojood's
     * DATE, MONEY and CARDINAL for scoring times and amounts.
     */
    public static List<ConllSentence> read(Path file, ConllFormat format, UnaryOperator<String> tagMap) {
        String text = text(file);
        try {
            return parse(file.getFileName().toString(), new BufferedReader(new StringReader(text)), format, tagMap);
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFileName() + ": cannot be read: " + e.getMessage(), e); // not from a StringReader
        }
    }

    private static String text(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            // REPORT, not REPLACE: a mis-encoded file must fail loudly, not train on U+FFFD
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
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
    }

    /** Parses CoNLL text; {@code name} is used in messages. */
    public static List<ConllSentence> parse(String name, BufferedReader in, ConllFormat format) throws IOException {
        return parse(name, in, format, ConllCorpus::mapTag);
    }

    /** Parses CoNLL text, mapping each tag with {@code tagMap}. */
    public static List<ConllSentence> parse(String name, BufferedReader in, ConllFormat format, UnaryOperator<String> tagMap)
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
            String[] fields = ConllFormat.FIELDS.split(line, -1);
            if (fields[0].isEmpty()) {
                throw ConllException.at(name, lineNo, "starts with a space; expected " + format.lineShape());
            }
            int last = fields.length - 1;
            if (fields[last].isEmpty()) {
                last--; // trailing spaces
            }
            if (last < 1) {
                throw ConllException.at(name, lineNo, "'" + line + "' has no tag; expected " + format.lineShape()
                        + " separated by spaces");
            }
            List<String> tagFields = format.tagFields(fields, last);
            for (String tag : tagFields) {
                String problem = format.problem(tag);
                if (problem != null) {
                    throw ConllException.at(name, lineNo, problem);
                }
            }
            String raw = tagFields.get(0);
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
