package hadath.core.pipeline;

import hadath.core.lexicon.Lexicon;
import java.util.Objects;

/**
 * How a {@link Pipeline} is built. Filled in code by the cli and server; no stage reads settings of its own.
 *
 * @param lexicon what the pipeline knows of the world
 */
public record PipelineConfig(Lexicon lexicon) {

    public PipelineConfig {
        Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The bundled lexicon. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(Lexicon.bundled());
    }
}
