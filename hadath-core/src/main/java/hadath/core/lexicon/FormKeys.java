package hadath.core.lexicon;

import hadath.core.tokenize.Tokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The token keys of lexicon forms, computed once per form while a lexicon is built (the trie, the duplicate
 * check and the capital and surname indexes all need them). Not thread-safe; lives for one build.
 */
final class FormKeys {

    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, List<String>> cache = new HashMap<>();

    List<String> of(String form) {
        return cache.computeIfAbsent(form, tokenizer::keys);
    }

    String joined(String form) {
        return String.join(" ", of(form));
    }
}
