package hadath.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.lexicon.Lexicon;
import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventScoreTest {

    private static final Pipeline PIPELINE = new Pipeline(new PipelineConfig(Lexicon.fromClasspath("/hadath/lexicon-test/"), null, true));

    @Test
    void triplesCompareActorCodesAndTheCameoRoot() {
        Analysis a = PIPELINE.analyze(Document.of("انتقد فلاديمير بوتين الولايات المتحدة. وزار محمد باقر قاليباف روسيا."));
        assertThat(EventScore.predicted(a)).containsExactly("RUSGOV 11 USA", "IRNLEG 04 RUS");
        EventScore score = EventScore.of(List.of(new EventScore.Gold("RUSGOV", "112", "USA"),
                new EventScore.Gold("IRNLEG", "042", "RUS"), new EventScore.Gold("USAGOV", "173", null)), a);
        assertThat(score).isEqualTo(new EventScore(3, 2, 2));
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(2.0 / 3);
    }

    @Test
    void aGoldTripleIsFoundOnce() {
        Analysis a = PIPELINE.analyze(Document.of("انتقد فلاديمير بوتين الولايات المتحدة. وانتقدت روسيا الولايات المتحدة."));
        EventScore score = EventScore.of(List.of(new EventScore.Gold("RUSGOV", "111", "USA")), a);
        assertThat(score.correct()).isEqualTo(1);
        assertThat(score.predicted()).isEqualTo(2);
    }

    @Test
    void aPlaceScoresAsTheStateItIsIn() {
        Analysis a = PIPELINE.analyze(Document.of("وصل فلاديمير بوتين إلى طهران."));
        assertThat(EventScore.predicted(a)).containsExactly("RUSGOV 04 IRN");
    }
}
