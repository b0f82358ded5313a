package hadath.core.pipeline;

import hadath.core.entity.ner.NerTagger;
import hadath.core.lexicon.Lexicon;
import java.util.Objects;

/**
 * How a {@link Pipeline} is built. Filled in code by the cli and server; no stage reads settings of its own.
 *
 * @param lexicon what the pipeline knows of the world
 * @param ner     the statistical name tagger for names the lexicon does not know, or null for lexicon and
 *                rules only
 */
public record PipelineConfig(Lexicon lexicon, NerTagger ner) {

    public PipelineConfig {
        Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The bundled lexicon and, when the jar ships one, the bundled NER model. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(Lexicon.bundled(),
                NerTagger.class.getResource(NerTagger.BUNDLED) != null ? NerTagger.bundled() : null);
    }

    /** The bundled lexicon without the statistical tagger. */
    public static PipelineConfig lexiconOnly() {
        return new PipelineConfig(Lexicon.bundled(), null);
    }
}
