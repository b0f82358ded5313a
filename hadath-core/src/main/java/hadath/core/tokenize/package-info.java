/**
 * Tokenisation with exact offsets, clitic candidates for lookup, and quotation-mark pairing.
 */
package hadath.core.tokenize;
