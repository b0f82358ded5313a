package hadath.core.entity.ner;

import java.util.List;

/**
 * One sentence of a CoNLL file: its words and one tag per word, already mapped to {@link NerLabel} tags
 * (which may still break the IOB rule where the file does; {@link NerSpan#repaired} fixes that).
 *
 * @param file  the file's name, for messages
 * @param line  the line of the first word, counted from 1
 */
public record ConllSentence(String file, int line, List<String> words, List<String> tags) {

    public ConllSentence {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        if (words.isEmpty() || words.size() != tags.size()) {
            throw new IllegalArgumentException(file + ":" + line + ": a sentence needs one tag per word, and a word; got "
                    + words.size() + " words and " + tags.size() + " tags");
        }
    }

    public int size() {
        return words.size();
    }
}
