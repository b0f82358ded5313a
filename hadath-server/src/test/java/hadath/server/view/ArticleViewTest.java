package hadath.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import hadath.core.json.AnalysisJson;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import org.junit.jupiter.api.Test;

class ArticleViewTest {

    @Test
    void recordsAndHighlightsComeFromTheAnalysis() throws Exception {
        String text = "القاهرة - قال وزير الخارجية المصري أمس: «نرفض أي تدخل في شؤون السودان»، "
                + "وأعلن عن مساعدات بقيمة 20 مليون دولار.";
        Document doc = Document.builder(text).id("d1").published(java.time.LocalDate.of(2026, 3, 2)).build();
        var analysis = new Pipeline(PipelineConfig.lexiconOnly().withEvents(true)).analyze(doc);
        var json = new ObjectMapper().readTree(AnalysisJson.toJson(analysis, false));

        ArticleView view = ArticleView.of(text, json);

        assertThat(view.id()).isEqualTo("d1");
        assertThat(view.quotes()).extracting(ArticleView.QuoteRow::text).contains("نرفض أي تدخل في شؤون السودان");
        assertThat(view.amounts()).extracting(ArticleView.AmountRow::value).contains("20,000,000");
        assertThat(view.times()).extracting(ArticleView.TimeRow::value).contains("2026-03-01");
        assertThat(view.entities()).extracting(ArticleView.EntityRow::type).contains("COUNTRY");
        assertThat(view.html()).contains("<span class=\"hl hl-quote\" data-ref=\"Q1\"")
                .contains("hl-amount").contains("hl-time").contains("hl-country");
    }

    @Test
    void numbersReadLikeAmounts() {
        assertThat(ArticleView.number(2.0e9)).isEqualTo("2,000,000,000");
        assertThat(ArticleView.number(4.5)).isEqualTo("4.5");
        assertThat(ArticleView.number(0.25)).isEqualTo("0.25");
    }
}
