package hadath.core.entity.ner;

import hadath.core.text.TokenRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One entity as a run of tokens: its type (PER, LOC, ORG ...) and token range.
 *
 * <p>{@link #fromTags} reads spans the way conlleval does, so that scores match the published ones: a span
 * starts at {@code B-X}, and also at an {@code I-X} that follows {@code O} or a tag of another type; it ends
 * before {@code O}, {@code B-}, or a tag of another type.
 */
public record NerSpan(String type, TokenRange tokens) {

    public NerSpan {
        if (type == null || type.isEmpty() || tokens.size() == 0) {
            throw new IllegalArgumentException("a span needs a type and at least one token: " + type + " " + tokens);
        }
    }

    public static List<NerSpan> fromTags(List<String> tags) {
        List<NerSpan> spans = new ArrayList<>();
        String open = null;
        int start = 0;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String type = tag.equals("O") ? null : tag.substring(2);
            boolean begins = type != null && (tag.startsWith("B-") || !type.equals(open));
            if (open != null && (type == null || begins)) {
                spans.add(new NerSpan(open, new TokenRange(start, i)));
                open = null;
            }
            if (begins) {
                open = type;
                start = i;
            }
        }
        return spans;
    }

    /** IOB2 tags of spans over {@code n} tokens. */
    public static List<String> toTags(List<NerSpan> spans, int n) {
        String[] tags = new String[n];
        Arrays.fill(tags, "O");
        for (NerSpan s : spans) {
            for (int t = s.tokens().start(); t < s.tokens().end(); t++) {
                tags[t] = (t == s.tokens().start() ? "B-" : "I-") + s.type();
            }
        }
        return List.of(tags);
    }

    /** The same spans with the IOB rule kept: an {@code I-X} that starts a span becomes {@code B-X}. */
    public static List<String> repaired(List<String> tags) {
        return toTags(fromTags(tags), tags.size());
    }
}
