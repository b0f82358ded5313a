package hadath.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token keys: each edge is a whole normalised token, so a lookup costs one hash probe per
 * token whatever the number of entries. Built once, then only read; safe to share between threads once
 * published through a final field.
 */
final class TokenTrie<V> {

    static final class Node<V> {
        private Map<String, Node<V>> children;
        private List<V> values;

        Node<V> child(String key) {
            return children == null ? null : children.get(key);
        }

        List<V> values() {
            return values == null ? List.of() : values;
        }
    }

    private final Node<V> root = new Node<>();
    private int size;

    void add(List<String> keys, V value) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an entry needs at least one token");
        }
        Node<V> node = root;
        for (String key : keys) {
            if (node.children == null) {
                node.children = new HashMap<>(4);
            }
            node = node.children.computeIfAbsent(key, k -> new Node<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
            size++;
        }
    }

    Node<V> root() {
        return root;
    }

    /** A trie of the values that pass {@code keep}, without the branches that lead to none of them. */
    TokenTrie<V> filtered(java.util.function.Predicate<V> keep) {
        TokenTrie<V> out = new TokenTrie<>();
        copy(root, new ArrayList<>(), keep, out);
        return out;
    }

    private static <V> void copy(Node<V> node, List<String> path, java.util.function.Predicate<V> keep,
                                 TokenTrie<V> out) {
        if (node.values != null) {
            for (V v : node.values) {
                if (keep.test(v)) {
                    out.add(path, v);
                }
            }
        }
        if (node.children != null) {
            for (Map.Entry<String, Node<V>> child : node.children.entrySet()) {
                path.add(child.getKey());
                copy(child.getValue(), path, keep, out);
                path.remove(path.size() - 1);
            }
        }
    }

    int size() {
        return size;
    }
}
