/**
 * Lexicons: the tab-separated data files (docs/lexicons.md), their validating loader, and the
 * token-trie matcher that finds their entries in text. Internal: {@code TokenTrie}, {@code EntryReader}.
 */
package hadath.core.lexicon;
