package hadath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads an article file and refuses what is not an article, naming the problem: a missing file, a
 * directory, an empty file, a file over the size limit, binary data (the offset of the first NUL), text
 * that is not UTF-8 (the byte offset of the first bad sequence), and HTML (unless asked to strip it).
 * A leading byte-order mark is dropped: it is encoding, not text.
 */
public final class ArticleReader {

    public static final String STDIN = "-";

    /** How to treat an HTML file. */
    public enum HtmlPolicy { REFUSE, STRIP }

    /** A readable article: its display name, text, and a warning to print, or null. */
    public record Article(String name, String text, String warning) {
    }

    private static final Pattern HTML = Pattern.compile(
            "<\\s*(?:!doctype\\s+html|html|head|body|p|div|span|br|a\\s+href|script|style|article|section|h[1-6]|table|meta)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private final InputLimits limits;
    private final HtmlPolicy html;

    public ArticleReader(InputLimits limits, HtmlPolicy html) {
        this.limits = limits;
        this.html = html;
    }

    public Article read(String arg, InputStream stdin) throws BadInputException {
        if (STDIN.equals(arg)) {
            return decode("<stdin>", readLimited("<stdin>", stdin));
        }
        Path path = Path.of(arg);
        if (!Files.exists(path)) {
            throw new BadInputException(arg, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new BadInputException(arg, "is a directory; give article files (hadath ingest takes directories)");
        }
        if (!Files.isReadable(path)) {
            throw new BadInputException(arg, "cannot be read (permission denied)");
        }
        try {
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw tooBig(arg, size);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return decode(arg, readLimited(arg, in));
            }
        } catch (IOException e) {
            throw new BadInputException(arg, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Checks an article that arrived inside another file (a JSON Lines record) as if it were a file of its own:
     * the same size limit and the same refusals, with the same reasons.
     */
    public Article fromText(String name, String text) throws BadInputException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > limits.maxBytes()) {
            throw tooBig(name, bytes.length);
        }
        return decode(name, bytes);
    }

    private byte[] readLimited(String name, InputStream in) throws BadInputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw tooBig(name, bytes.length);
            }
            return bytes;
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read: " + e.getMessage());
        }
    }

    private BadInputException tooBig(String name, long size) {
        return new BadInputException(name, (size > limits.maxBytes() ? "is " + InputLimits.describe(size) + ", over"
                : "is over") + " the " + InputLimits.describe(limits.maxBytes()) + " limit (raise it with --max-size)");
    }

    Article decode(String name, byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(name, "empty file");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(name, "binary data, not text (NUL byte at offset " + i + ")");
            }
        }
        String text = utf8(name, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BadInputException(name, "empty file (only whitespace)");
        }
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (controls > 0 && controls * 20 > text.length()) {
            throw new BadInputException(name, "binary data, not text (" + controls + " control characters)");
        }
        String warning = null;
        var tag = HTML.matcher(text.length() > 65536 ? text.substring(0, 65536) : text);
        if (tag.find()) {
            if (html == HtmlPolicy.REFUSE) {
                throw new BadInputException(name, "looks like HTML (" + tag.group() + " at character " + tag.start()
                        + "); give the article's plain text, or pass --html strip to extract it");
            }
            text = HtmlText.extract(text);
            warning = "HTML tags removed; offsets refer to the extracted text";
            if (text.isBlank()) {
                throw new BadInputException(name, "HTML with no text in it");
            }
        }
        if (text.codePoints().noneMatch(hadath.core.text.Scripts::isArabicLetter)) {
            warning = (warning == null ? "" : warning + "; ") + "no Arabic letters found, analysing anyway";
        }
        return new Article(name, text, warning);
    }

    private static String utf8(String name, byte[] bytes) throws BadInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInputException(name, "not valid UTF-8 (bad byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " at byte offset " + in.position()
                    + "); convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
