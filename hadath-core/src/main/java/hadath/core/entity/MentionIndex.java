package hadath.core.entity;

import hadath.core.text.TokenRange;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.Tokens;
import java.util.List;
import java.util.function.Predicate;

/** Entity mentions looked up by token, for the stages that read actors off the clause (quotes, events). */
public final class MentionIndex {

    /** A mention of an entity over tokens {@code [start, end)}; -1 for an entity known but not placed. */
    public record At(String entity, EntityType type, String country, int start, int end) {

        public static At of(Entity e) {
            return new At(e.id(), e.type(), e.country(), -1, -1);
        }
    }

    private MentionIndex() {
    }

    /**
     * The mentions of the entities that pass {@code which}, by their first token, the longest kept (an office
     * holder over a country of the same words).
     */
    public static At[] byFirstToken(List<Token> tokens, List<Entity> entities, Predicate<Entity> which) {
        At[] at = new At[tokens.size()];
        for (Entity e : entities) {
            if (!which.test(e)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                TokenRange r = Tokens.overlapping(tokens, m.span());
                At was = r.size() > 0 ? at[r.start()] : null;
                // وزيرا خارجية السعودية وإيران، سفراء فرنسا وبريطانيا: the second office holder, said by the name of his
                // state, is the office holder
                boolean office = was != null && was.end() == r.end() && was.type() == EntityType.COUNTRY
                        && (e.type() == EntityType.PERSON || e.type() == EntityType.GROUP);
                if (r.size() > 0 && (was == null || was.end() < r.end() || office)) {
                    at[r.start()] = new At(e.id(), e.type(), e.country(), r.start(), r.end());
                }
            }
        }
        return at;
    }
}
