/**
 * A statistical named-entity tagger for Arabic, trained with Hadath's own code: an averaged-perceptron
 * sequence tagger over the IOB2 tags of people, places and organisations, whose features include the
 * lexicon's matches. {@link hadath.core.entity.ner.NerTagger} is the API; {@link hadath.core.entity.ner.NerTrainer}
 * rebuilds the bundled model from CoNLL files ({@code hadath/ner/PROVENANCE.md}); {@link hadath.core.entity.ner.NerScore}
 * scores spans by the CoNLL rules. Internal: {@code NerFeatures}, {@code FeatureHash}, {@code FeatureIndex},
 * {@code TokenBits}, {@code NerModel}, {@code Viterbi}, {@code Perceptron}, {@code Splits}, {@code Provenance},
 * {@code NerTrainerCommand}.
 */
package hadath.core.entity.ner;
