package hadath.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final Pipeline PIPELINE = new Pipeline(PipelineConfig.defaults());

    private static List<String> tags(String text) {
        Analysis a = PIPELINE.analyze(Document.of(text));
        return EntityTags.of(a.tokens(), a.entities());
    }

    @Test
    void namesAreTaggedByTypeAndCliticTokensWhole() {
        assertThat(tags("التقى الرئيس الروسي فلاديمير بوتين وزيرا من الأمم المتحدة في موسكو ولإيران"))
                .containsExactly("O", "O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "B-LOC");
    }

    @Test
    void titlesAndDescriptionsAreNotNamedEntities() {
        assertThat(tags("وصل فلاديمير بوتين. وقال الرئيس الروسي إن"))
                .containsExactly("O", "B-PER", "I-PER", "O", "O", "O", "O", "O");
    }

    @Test
    void theLexiconWinsWhereItNamesSomething() {
        List<String> model = List.of("B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O");
        List<String> lexicon = List.of("O", "B-LOC", "O", "O", "O", "B-LOC");
        assertThat(EntityTags.overlay(model, lexicon)).containsExactly("O", "B-LOC", "O", "B-PER", "I-PER", "B-LOC");
    }
}
