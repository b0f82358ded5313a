package hadath.core.entity.ner;

import hadath.core.text.CharSpan;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Clitics;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Token}s for words that are already split (a CoNLL sentence), so that the tagger sees the same
 * keys and clitic candidates whether its words came from a corpus or from the {@link hadath.core.tokenize.Tokenizer}.
 * Pure.
 *
 * <p>One token per word; the spans are those of the words joined by single spaces. The kind is WORD when
 * the word has a letter, NUMBER when it starts with a digit, PUNCTUATION otherwise (a corpus does not say
 * which marks are quotes, and the tagger does not ask).
 */
public final class ConllTokens {

    private ConllTokens() {
    }

    public static List<Token> of(List<String> words) {
        List<Token> tokens = new ArrayList<>(words.size());
        int offset = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("word " + tokens.size() + " is empty; every word needs a character");
            }
            int length = word.codePointCount(0, word.length());
            List<Candidate> candidates = Clitics.candidates(word);
            tokens.add(new Token(tokens.size(), new CharSpan(offset, offset + length), word, candidates.get(0).key(),
                    kind(word), candidates, true, false));
            offset += length + 1;
        }
        return tokens;
    }

    static TokenKind kind(String word) {
        if (word.codePoints().anyMatch(Character::isLetter)) {
            return TokenKind.WORD;
        }
        return Character.isDigit(word.codePointAt(0)) ? TokenKind.NUMBER : TokenKind.PUNCTUATION;
    }
}
