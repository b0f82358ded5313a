package hadath.core.amount;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.MatchIndex;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule per test: the number at the start of a phrase, its value and its text. */
class NumberParserTest {

    private static final NumberParser PARSER = new NumberParser();

    private static NumberParser.Parsed parse(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        return PARSER.parse(tokens, 0, MatchIndex.of(Lexicon.bundled().matcher().matchAll(tokens)));
    }

    private static void check(String text, double value, String numberText) {
        NumberParser.Parsed n = parse(text);
        assertThat(n).as(text).isNotNull();
        assertThat(n.ordinal()).isFalse();
        assertThat(n.value()).as(text).isEqualTo(value);
        assertThat(text.substring(n.span().start(), n.span().end())).isEqualTo(numberText);
    }

    @Test
    void digitsOfEveryScriptAndTheirSeparators() {
        assertThat(NumberParser.digits("1.3")).isEqualTo(1.3);
        assertThat(NumberParser.digits("2,000")).isEqualTo(2000.0);
        assertThat(NumberParser.digits("١٫٣")).isEqualTo(1.3);
        assertThat(NumberParser.digits("٢٬٠٠٠")).isEqualTo(2000.0);
        assertThat(NumberParser.digits("۱۲۵")).isEqualTo(125.0);
        assertThat(NumberParser.digits("1,250,000")).isEqualTo(1250000.0);
        assertThat(NumberParser.digits("1.250.000")).isEqualTo(1250000.0);
        assertThat(NumberParser.digits("2,5")).isEqualTo(2.5);
        assertThat(NumberParser.digits("1,234.5")).isEqualTo(1234.5);
    }

    @Test
    void digitsTimesAMultiplier() {
        check("1.3 مليار دولار", 1.3e9, "1.3 مليار");
        check("٣ ملايين لاجئ", 3e6, "٣ ملايين");
        check("5 آلاف جندي", 5000, "5 آلاف");
    }

    @Test
    void unitsAndTensJoinedByWaw() {
        check("خمسة وعشرون قتيلاً", 25, "خمسة وعشرون");
        check("مئة وخمسون جريحاً", 150, "مئة وخمسون");
    }

    @Test
    void wordsTimesAMultiplier() {
        check("ثلاثة آلاف جندي", 3000, "ثلاثة آلاف");
        check("ثلاثمئة ألف لاجئ", 300000, "ثلاثمئة ألف");
        check("عشرون ألفاً من الجنود", 20000, "عشرون ألفاً");
        check("ثلاثة ملايين وخمسمئة ألف نسمة", 3.5e6, "ثلاثة ملايين وخمسمئة ألف");
    }

    @Test
    void hundredIsSpelledBothWays() {
        check("مئة شخص", 100, "مئة");
        check("مائة شخص", 100, "مائة");
    }

    @Test
    void aDualIsTwiceItsUnit() {
        check("ملياري دولار", 2e9, "ملياري");
        check("مليارا دولار", 2e9, "مليارا");
        check("مليارين من الدولارات", 2e9, "مليارين");
        check("مليونان", 2e6, "مليونان");
    }

    @Test
    void fractionsOfMultipliers() {
        check("نصف مليون لاجئ", 5e5, "نصف مليون");
        check("ربع مليار دولار", 2.5e8, "ربع مليار");
        check("مليون ونصف لاجئ", 1.5e6, "مليون ونصف");
        check("مليون ونصف مليون لاجئ", 1.5e6, "مليون ونصف مليون");
    }

    @Test
    void ordinalsAreKeptApart() {
        assertThat(parse("الخامس من الشهر").ordinal()).isTrue();
        assertThat(parse("ثالث أكبر مدينة").ordinal()).isTrue();
    }

    @Test
    void aPluralMultiplierAloneIsNoNumber() {
        assertThat(parse("آلاف المتظاهرين")).isNull();
        assertThat(parse("ملايين الدولارات")).isNull();
    }

    @Test
    void aProcliticStaysOutOfTheSpan() {
        check("وثلاثة جرحى", 3, "ثلاثة");
    }
}
