package hadath.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.json.AnalysisJson;
import hadath.core.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One pipeline shared by many threads gives the same results as one thread. */
class PipelineConcurrencyTest {

    @Test
    void sharedPipelineIsThreadSafe() throws Exception {
        Pipeline pipeline = new Pipeline(PipelineConfig.defaults());
        List<String> texts = List.of(
                "وصل الرئيس الروسي فلاديمير بوتين إلى طهران أمس، والتقى نظيره الإيراني.",
                "أعلن الاتحاد الأوروبي فرض عقوبات جديدة على روسيا، فيما رفضت موسكو القرار.",
                "وقال مصدر في بغداد إن «الوفد العراقي سيتوجه إلى الرياض الأسبوع المقبل».",
                "اجتمع مجلس الأمن لبحث الوضع في السودان وليبيا واليمن.");
        List<String> expected = texts.stream().map(t -> AnalysisJson.toJson(pipeline.analyze(Document.of(t)), false)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String text = texts.get(i % texts.size());
                futures.add(pool.submit(() -> AnalysisJson.toJson(pipeline.analyze(Document.of(text)), false)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
