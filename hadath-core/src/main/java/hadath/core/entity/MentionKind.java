package hadath.core.entity;

/** How a mention refers to its entity. */
public enum MentionKind {
    NAME, ALIAS, TITLE, DESCRIPTION, METONYM, PRONOUN;

    public String id() {
        return name().toLowerCase();
    }
}
