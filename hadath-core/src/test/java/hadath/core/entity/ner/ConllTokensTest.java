package hadath.core.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hadath.core.lexicon.Lexicon;
import hadath.core.text.Document;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import hadath.core.tokenize.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTokensTest {

    private static final List<String> WORDS = List.of("وصل", "بوتين", "إلى", "طهران", "في", "2020", "،", "«لقاء»");

    @Test
    void oneTokenPerWordWithSpansOverTheWordsJoinedBySpaces() {
        List<Token> tokens = ConllTokens.of(WORDS);
        Document doc = Document.of(String.join(" ", WORDS));
        assertThat(tokens).hasSameSizeAs(WORDS);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.get(i).index()).isEqualTo(i);
            assertThat(doc.slice(tokens.get(i).span())).isEqualTo(WORDS.get(i));
        }
    }

    @Test
    void kindIsWordNumberOrPunctuation() {
        assertThat(ConllTokens.of(WORDS)).extracting(Token::kind).containsExactly(TokenKind.WORD, TokenKind.WORD,
                TokenKind.WORD, TokenKind.WORD, TokenKind.WORD, TokenKind.NUMBER, TokenKind.PUNCTUATION, TokenKind.WORD);
        assertThat(ConllTokens.kind("(")).isEqualTo(TokenKind.PUNCTUATION);
        assertThat(ConllTokens.kind("١٩٤٨")).isEqualTo(TokenKind.NUMBER);
    }

    @Test
    void keysAndCandidatesAreTheTokenizers() {
        Token conll = ConllTokens.of(List.of("وبموسكو")).get(0);
        Token tokenized = new Tokenizer().tokenize("وبموسكو").get(0);
        assertThat(conll.key()).isEqualTo(tokenized.key());
        assertThat(conll.candidates()).isEqualTo(tokenized.candidates());
        assertThat(conll.candidates()).extracting(Candidate::key).contains("موسكو");
    }

    @Test
    void theLexiconMatchesCorpusWordsAsItMatchesText() {
        Lexicon lexicon = Lexicon.fromClasspath("/hadath/lexicon-test/");
        List<String> words = List.of("التقى", "فلاديمير", "بوتين", "في", "موسكو");
        assertThat(lexicon.matcher().match(ConllTokens.of(words)))
                .isEqualTo(lexicon.matcher().match(new Tokenizer().tokenize(String.join(" ", words))));
    }

    @Test
    void anEmptyWordIsRefused() {
        assertThatThrownBy(() -> ConllTokens.of(List.of("في", ""))).hasMessageContaining("word 1 is empty");
    }
}
