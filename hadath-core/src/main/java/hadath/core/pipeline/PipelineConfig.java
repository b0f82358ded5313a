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
 * @param events  whether to code events; off by default while the event coder is experimental (issue 7:
 *                about 0.1 F1 on the project's event gold set), so that analyses do not carry events that are
 *                mostly wrong
 */
public record PipelineConfig(Lexicon lexicon, NerTagger ner, boolean events) {

    public PipelineConfig {
        Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The bundled lexicon and, when the jar ships one, the bundled NER model; no events. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(Lexicon.bundled(),
                NerTagger.class.getResource(NerTagger.BUNDLED) != null ? NerTagger.bundled() : null, false);
    }

    /** The bundled lexicon without the statistical tagger. */
    public static PipelineConfig lexiconOnly() {
        return new PipelineConfig(Lexicon.bundled(), null, false);
    }

    /** This configuration with event coding on or off. */
    public PipelineConfig withEvents(boolean on) {
        return new PipelineConfig(lexicon, ner, on);
    }
}
