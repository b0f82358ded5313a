package hadath.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.entity.Entity;
import hadath.core.entity.Mention;
import hadath.core.json.AnalysisJson;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.sentence.Sentence;
import hadath.core.text.Document;
import hadath.core.tokenize.Token;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, nothing throws and every span's text is exactly the source substring. */
class RandomInputTest {

    private static final Pipeline PIPELINE = new Pipeline(PipelineConfig.defaults());
    private static final Pipeline EVENTS = new Pipeline(PipelineConfig.defaults().withEvents(true));

    /** Pieces of real news text and the characters that trip tokenisers, mixed at random. */
    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> pieces = Arbitraries.of("وصل", "بوتين", "وبوتين", "لإيران", "الولايات", "المتحدة", "موسكو",
                "لـ", "«", "»", "“", "”", "\"", "'", "„", "‹", "›", ".", "،", "؟", "!", "؛", ":", "...", "…", "1.3",
                "٢٬٠٠٠", "١٫٣", "2,000", "\n", " ", " ", " ", "\u00A0", "\u200F", "\u200E", "\u200C", "\uFEFF", "ـ",
                "ّ", "ً", "ٰ", "😀", "G20", "د.", "أ.ف.ب", "قال", "وأضاف", "مؤكداً", "بالقول", "إن", "أن", "مصدر", "الرئيس", "الروسي", "رجال الأعمال", "(", ")", "-", "%", "٪", "\t", "\r\n", "قاليباف", "الإيراني",
                "مساء", "أول من أمس", "أمس", "اليوم", "غداً", "بعد غد", "الاثنين", "الأحد الماضي", "7", "31", "2020",
                "1442", "هـ", "آب", "شباط", "رمضان", "كانون الثاني", "عام", "العام الماضي", "قبل", "منذ", "أيام",
                "أسبوعين", "بين", "و", "نحو", "أكثر من", "ما لا يقل عن", "ملياري", "مليار", "ملايين", "آلاف", "ونصف",
                "خمسة", "وعشرون", "دولار", "ريال سعودي", "بالمئة", "في المئة", "قتيلاً", "برميل", "حصة", "بلغ", "بقيمة");
        Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u0600', '\u06FF')
                .withChars(" .،«»\"\n\u200F😀".toCharArray()).ofMaxLength(12);
        return Arbitraries.oneOf(pieces, pieces, pieces, noise).list().ofMaxSize(60)
                .map(list -> String.join("", list));
    }

    /**
     * Clauses the event coder reads backwards and forwards from: subjects joined at the very start of a text,
     * duals, titles and names, negations and the relative ما, prepositions, pronouns for the other side.
     */
    @Provide
    Arbitrary<String> eventLikeText() {
        Arbitrary<String> actors = Arbitraries.of("السعودية والأردن", "وزيرا خارجية السعودية وإيران", "الجيش الإسرائيلي",
                "محمد عبد السلام", "عبد السلام", "دولة الإمارات العربية المتحدة", "رئيس وزراء العراق محمد شياع السوداني",
                "سلطان عمان هيثم بن طارق", "الجانبان", "البلدان", "الطرفين", "إياها", "مسلحون", "27 متظاهرا",
                "صندوق النقد", "جمهورية تشاد", "الحكومة اليمنية", "طهران", "واشنطن");
        Arbitrary<String> acts = Arbitraries.of("تدينان", "أدانت", "ورحب", "رحب بالقرار", "استقبل", "واستقبله",
                "واتهمها", "وهو ما نفته", "نفى أن", "لن نفاوض", "لا إفراج عن", "اختطفوا", "قصف", "وقع اتفاقية",
                "اشتباكات بين", "مناورات مشتركة", "بلدة في جنوب لبنان", "ودعت", "مع", "إلى", "على");
        Arbitrary<String> marks = Arbitraries.of(" ", " ", " ", "، ", ". ", ".. ", "\n", " \"", "\" ", ": ");
        return Arbitraries.oneOf(actors, acts, marks).list().ofMaxSize(14).map(list -> String.join(" ", list));
    }

    @Property(tries = 1000)
    void theEventCoderReadsAnyClause(@ForAll("eventLikeText") String text) {
        Analysis a = EVENTS.analyze(Document.of(text));
        for (hadath.core.event.Event e : a.events()) {
            assertThat(text.substring(e.triggerSpan().start(), e.triggerSpan().end())).isEqualTo(e.triggerText());
        }
        assertThat(AnalysisJson.toJson(a, false)).startsWith("{\"schema\":\"hadath.analysis/1\"");
    }

    @Property(tries = 400)
    void everySpanIsTheSourceSubstring(@ForAll("newsLikeText") String text) {
        check(text);
    }

    @Property(tries = 200)
    void anyUnicodeStringIsHandled(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        Document doc = Document.of(text);
        Analysis a = PIPELINE.analyze(doc);
        int previousEnd = 0;
        for (Token t : a.tokens()) {
            assertThat(doc.slice(t.span())).isEqualTo(t.surface());
            assertThat(t.span().start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = t.span().end();
        }
        int previousSentence = 0;
        for (Sentence s : a.sentences()) {
            assertThat(s.span().end()).isLessThanOrEqualTo(doc.length());
            assertThat(s.span().start()).isGreaterThanOrEqualTo(previousSentence);
            previousSentence = s.span().end();
        }
        int covered = a.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        assertThat(covered).as("every token is in exactly one sentence").isEqualTo(a.tokens().size());
        for (LexiconMatch m : a.matches()) {
            assertThat(m.span().end()).isLessThanOrEqualTo(doc.length());
            assertThat(m.span().isEmpty()).isFalse();
        }
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                assertThat(doc.slice(m.span())).isEqualTo(m.text());
            }
        }
        for (hadath.core.quote.Quote q : a.quotes()) {
            assertThat(doc.slice(q.span())).isEqualTo(q.text());
            if (q.cueSpan() != null) {
                assertThat(doc.slice(q.cueSpan())).isEqualTo(q.cueText());
            }
        }
        int previousTime = 0;
        for (hadath.core.time.TimeExpression t : a.times()) {
            assertThat(doc.slice(t.span())).isEqualTo(t.text());
            assertThat(t.span().start()).as("times do not overlap").isGreaterThanOrEqualTo(previousTime);
            previousTime = t.span().end();
        }
        int previousAmount = 0;
        for (hadath.core.amount.Amount m : a.amounts()) {
            assertThat(doc.slice(m.span())).isEqualTo(m.text());
            assertThat(m.span().start()).as("amounts do not overlap").isGreaterThanOrEqualTo(previousAmount);
            previousAmount = m.span().end();
        }
        assertThat(AnalysisJson.toJson(a, false)).startsWith("{\"schema\":\"hadath.analysis/1\"");
    }
}
