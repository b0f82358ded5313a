/**
 * Normalisation of surface forms into matching keys ({@link hadath.core.normalize.KeyNormalizer}) and
 * digit folding. Keys only: the document's text is never normalised.
 */
package hadath.core.normalize;
