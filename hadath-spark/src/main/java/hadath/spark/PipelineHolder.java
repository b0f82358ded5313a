package hadath.spark;

import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;

/**
 * The pipeline of this JVM, built on first use and then shared by every task the executor runs (the pipeline
 * is immutable and thread-safe). Building it loads the lexicon and the NER model, about a second: once per
 * executor, never per partition or per article, and never serialised from the driver.
 */
final class PipelineHolder {

    private PipelineHolder() {
    }

    static Pipeline get(boolean events) {
        return events ? WithEvents.PIPELINE : WithoutEvents.PIPELINE;
    }

    /** The configuration {@code hadath analyze} uses, so that Spark and the CLI give the same analyses. */
    static PipelineConfig config(boolean events) {
        return PipelineConfig.defaults().withEvents(events);
    }

    // class initialisation is lazy and thread-safe: the JVM builds each pipeline once, on first access
    private static final class WithEvents {
        static final Pipeline PIPELINE = new Pipeline(config(true));
    }

    private static final class WithoutEvents {
        static final Pipeline PIPELINE = new Pipeline(config(false));
    }
}
