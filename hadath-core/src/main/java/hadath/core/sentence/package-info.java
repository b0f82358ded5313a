/** Sentence splitting over tokens: line breaks, terminal marks, quotations, abbreviations. */
package hadath.core.sentence;
