package hadath.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import org.junit.jupiter.api.Test;

class MentionIndexTest {

    @Test
    void mentionsAreFoundByTheirFirstTokenAndFiltered() {
        Analysis a = new Pipeline(PipelineConfig.lexiconOnly()).analyze(Document.of("زار فلاديمير بوتين طهران أمس"));
        MentionIndex.At[] all = MentionIndex.byFirstToken(a.tokens(), a.entities(), e -> true);
        assertThat(all[1].end()).isEqualTo(3);
        assertThat(all[1].type()).isEqualTo(EntityType.PERSON);
        assertThat(all[2]).isNull();
        MentionIndex.At[] people = MentionIndex.byFirstToken(a.tokens(), a.entities(), e -> e.type() == EntityType.PERSON);
        assertThat(people[3]).isNull();
        assertThat(all[3]).isNotNull();
    }
}
