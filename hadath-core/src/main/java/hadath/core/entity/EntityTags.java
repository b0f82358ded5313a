package hadath.core.entity;

import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entities as one IOB2 tag per token, the way NER corpora (ANERcorp, Wojood) annotate: people PER,
 * organisations ORG, countries and places LOC; a token is tagged whole even when only part of it is the
 * mention (وبوتين is B-PER). Only names count: titles, descriptions and pronouns are not named entities,
 * and groups are not either. Pure.
 */
public final class EntityTags {

    public static final String OUTSIDE = "O";

    private EntityTags() {
    }

    public static List<String> of(List<Token> tokens, List<Entity> entities) {
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, OUTSIDE);
        for (Entity e : entities) {
            String type = switch (e.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case COUNTRY, PLACE -> "LOC";
                default -> null;
            };
            if (type == null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() == MentionKind.NAME || m.kind() == MentionKind.ALIAS || m.kind() == MentionKind.METONYM) {
                    mark(tags, tokens, m.span(), type);
                }
            }
        }
        return List.of(tags);
    }

    private static void mark(String[] tags, List<Token> tokens, CharSpan span, String type) {
        TokenRange range = Tokens.overlapping(tokens, span);
        if (range.size() == 0) {
            return;
        }
        int first = range.start();
        int last = range.end() - 1;
        for (int i = first; i <= last; i++) {
            if (!tags[i].equals(OUTSIDE)) {
                return; // an earlier, overlapping mention keeps its tokens
            }
        }
        tags[first] = "B-" + type;
        for (int i = first + 1; i <= last; i++) {
            tags[i] = "I-" + type;
        }
    }

    /**
     * Model tags with the entity tags laid over them: where the lexicon-based entities name something, they
     * win (known names and their types); elsewhere the model's tags stand. Spans of the model that the
     * lexicon partly covers are dropped whole, so no half span survives.
     */
    public static List<String> overlay(List<String> model, List<String> lexicon) {
        if (model.size() != lexicon.size()) {
            throw new IllegalArgumentException("tag lists differ in length: " + model.size() + " and " + lexicon.size());
        }
        List<String> out = new ArrayList<>(model);
        int i = 0;
        while (i < out.size()) {
            if (out.get(i).startsWith("B-") || out.get(i).startsWith("I-")) {
                int end = i + 1;
                while (end < out.size() && out.get(end).startsWith("I-")) {
                    end++;
                }
                boolean touched = false;
                for (int j = i; j < end; j++) {
                    touched |= !lexicon.get(j).equals(OUTSIDE);
                }
                if (touched) {
                    for (int j = i; j < end; j++) {
                        out.set(j, OUTSIDE);
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        for (int j = 0; j < out.size(); j++) {
            if (!lexicon.get(j).equals(OUTSIDE)) {
                out.set(j, lexicon.get(j));
            }
        }
        return out;
    }
}
