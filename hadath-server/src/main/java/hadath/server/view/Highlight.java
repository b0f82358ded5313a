package hadath.server.view;

/**
 * One span of the article to highlight.
 *
 * @param start code-point offset, as in the analysis JSON
 * @param end   code-point offset, exclusive
 * @param kind  what it is, which picks the colour: {@code person}, {@code organization}, {@code country},
 *              {@code place}, {@code group}, {@code quote}, {@code cue}, {@code time}, {@code amount},
 *              {@code event}
 * @param ref   the id of the record it belongs to (E1, Q1, T1, A1, V1); a quote's cue carries its quote's id
 * @param label a short description shown on hover
 */
public record Highlight(int start, int end, String kind, String ref, String label) {

    public Highlight {
        if (!kind.matches("[a-z]+")) {
            throw new IllegalArgumentException("highlight kind must be lower-case letters, got '" + kind + "'");
        }
    }
}
