package hadath.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.entity.Entity;
import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule per test, on sentences written for these tests. */
class QuoteFinderTest {

    private static final Pipeline PIPELINE = new Pipeline(PipelineConfig.defaults());

    private static Analysis analyse(String text) {
        return PIPELINE.analyze(Document.of(text));
    }

    private static String speakerName(Analysis a, Quote q) {
        return a.entities().stream().filter(e -> e.id().equals(q.speaker())).map(Entity::canonicalEn).findFirst()
                .orElse(null);
    }

    @Test
    void aQuoteAfterAVerbAndItsSubject() {
        Analysis a = analyse("وقال الرئيس الروسي فلاديمير بوتين إن «العلاقات مع الصين في أفضل حالاتها».");
        assertThat(a.quotes()).hasSize(1);
        Quote q = a.quotes().get(0);
        assertThat(q.text()).isEqualTo("العلاقات مع الصين في أفضل حالاتها");
        assertThat(q.cueText()).isEqualTo("قال");
        assertThat(speakerName(a, q)).isEqualTo("Vladimir Putin");
        assertThat(q.direct()).isTrue();
    }

    @Test
    void theDroppedSubjectIsTheCurrentSpeaker() {
        Analysis a = analyse("وأشار بوتين إلى أن «الحوار مستمر مع الجميع».\nوأضاف أن «أي اتفاق يجب أن يراعي مصالح الطرفين».");
        assertThat(a.quotes()).hasSize(2);
        assertThat(speakerName(a, a.quotes().get(1))).isEqualTo("Vladimir Putin");
        assertThat(a.quotes().get(1).cueText()).isEqualTo("أضاف");
    }

    @Test
    void fromHisSideSwitchesTheSpeaker() {
        Analysis a = analyse("وقال بوتين إن «الحوار مستمر مع الجميع». من جانبه، قال رجب طيب أردوغان إن «تركيا مستعدة للوساطة بين الطرفين».");
        assertThat(a.quotes()).extracting(q -> speakerName(a, q)).containsExactly("Vladimir Putin", "Recep Tayyip Erdoğan");
    }

    @Test
    void aParticipleSharesTheSubjectOfItsClause() {
        Analysis a = analyse("وانتقد أردوغان السياسات الغربية، معتبراً أن «العقوبات لا تحل أي مشكلة في المنطقة».");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).cueText()).isEqualTo("معتبراً");
        assertThat(speakerName(a, a.quotes().get(0))).isEqualTo("Recep Tayyip Erdoğan");
    }

    @Test
    void aClosingMarkWithoutAnOpeningOneStartsAfterTheComplementizer() {
        Analysis a = analyse("وأكد بوتين أن الحوار مستمر، لافتاً إلى أن هناك الكثير من المصالح المشتركة بين البلدين».");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).text()).isEqualTo("هناك الكثير من المصالح المشتركة بين البلدين");
    }

    @Test
    void namesInQuoteMarksAreNotSpeech() {
        Analysis a = analyse("ونقلت صحيفة «الشرق الأوسط» عن مصادر أن تنظيم «داعش» تبنى الهجوم ضمن عملية «الفجر الجديد».");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void scareQuotesAreNotSpeech() {
        Analysis a = analyse("وتحدث الوزير عن «الخط الأحمر» في المفاوضات.");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void aCueAfterTheQuote() {
        Analysis a = analyse("«لن نقبل بأي شروط مسبقة للحوار»، قال بوتين للصحافيين.");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).cueText()).isEqualTo("قال");
        assertThat(speakerName(a, a.quotes().get(0))).isEqualTo("Vladimir Putin");
    }

    @Test
    void anUnnamedSourceHasNoSpeaker() {
        Analysis a = analyse("وقال بوتين إن «الحوار مستمر». وقال مصدر مطلع إن «المحادثات ستستأنف الأسبوع المقبل في جنيف».");
        assertThat(a.quotes()).hasSize(2);
        assertThat(a.quotes().get(1).speaker()).isNull();
    }

    @Test
    void aQuoteThatSpansSentencesIsOneQuote() {
        Analysis a = analyse("وقال بوتين: «لن نتراجع. سنواصل العمل مع شركائنا في المنطقة».");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).text()).isEqualTo("لن نتراجع. سنواصل العمل مع شركائنا في المنطقة");
    }

    @Test
    void everyQuoteIsTheSourceSubstring() {
        String text = "وقال بوتين: «لن نتراجع». وأضاف أن «الحوار مستمر مع الجميع في كل الأوقات».";
        Analysis a = analyse(text);
        Document doc = a.document();
        for (Quote q : a.quotes()) {
            assertThat(doc.slice(q.span())).isEqualTo(q.text());
            assertThat(doc.slice(q.cueSpan())).isEqualTo(q.cueText());
        }
        List<String> ids = a.quotes().stream().map(Quote::id).toList();
        assertThat(ids).containsExactly("Q1", "Q2");
    }
}
