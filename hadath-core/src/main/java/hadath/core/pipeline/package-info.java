/** The pipeline: stages in order, its typed configuration, and the immutable {@link hadath.core.pipeline.Analysis}. */
package hadath.core.pipeline;
