package hadath.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL file as sentences of lines: a token in the first column (columns separated by spaces or tabs),
 * a blank line between sentences. Lines are kept whole, so commands can echo them or read more columns.
 */
record ConllInput(String name, List<List<String[]>> sentences, List<int[]> layout) {

    /** The layout entry of a blank line; any other entry is {sentence, token}. */
    static final int[] BLANK = {-1, -1};

    static ConllInput read(Path file) throws BadInputException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new BadInputException(name, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(name, "is a directory; give a CoNLL file");
        }
        List<String> lines;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            lines = decoder.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString().lines().toList();
        } catch (CharacterCodingException e) {
            throw new BadInputException(name, "not valid UTF-8");
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read: " + e.getMessage());
        }
        List<List<String[]>> sentences = new ArrayList<>();
        List<int[]> layout = new ArrayList<>(lines.size());
        List<String[]> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                layout.add(BLANK);
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            if (line.indexOf('\0') >= 0) {
                throw new BadInputException(name, "binary data at line " + (i + 1) + ", not CoNLL text");
            }
            layout.add(new int[] {sentences.size(), current.size()});
            current.add(line.split("[ \\t]+"));
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        if (sentences.isEmpty()) {
            throw new BadInputException(name, "no tokens (expected a token per line, blank lines between sentences)");
        }
        return new ConllInput(name, sentences, layout);
    }

    static List<String> words(List<String[]> sentence) {
        return sentence.stream().map(f -> f[0]).toList();
    }
}
