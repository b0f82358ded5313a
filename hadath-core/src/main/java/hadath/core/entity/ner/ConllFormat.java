package hadath.core.entity.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two kinds of CoNLL named-entity file Hadath reads, and how to tell them apart. Pure.
 *
 * <p>They differ where a line has more than one field after the token. ANERcorp (and CoNLL-2003-style
 * files) put other columns before the tag, so the tag is the last field. Wojood gives one tag per nesting
 * layer, outermost first, so the last field is the innermost layer: reading it as the tag would score a
 * city inside a university's name as a place and the university as two fragments (on
 * {@code wojood-sample-val.conll}, 253 gold entities instead of the 180 of its outer layer). Each format
 * also has its own tag types, so a file read as the wrong one fails on its first foreign type instead of
 * scoring it as O.
 */
public enum ConllFormat {

    /** ANERcorp: {@code TOKEN [FIELD ...] TAG}, the tag is the last field; fields between are ignored. */
    ANERCORP("anercorp", "TOKEN [FIELD ...] TAG", List.of("PERS", "PER", "LOC", "ORG", "MISC")),
    /**
     * Wojood: {@code TOKEN TAG [TAG ...]}, one tag per nesting layer, outermost first; the first is used,
     * so a person inside an organisation's name counts as part of the organisation.
     */
    WOJOOD("wojood", "TOKEN TAG [TAG ...]", List.of("PERS", "NORP", "OCC", "ORG", "GPE", "LOC", "FAC", "EVENT",
            "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "UNIT", "MONEY", "CURR", "LANGUAGE",
            "WEBSITE", "PRODUCT", "LAW"));

    static final Pattern FIELDS = Pattern.compile("[ \t]+");
    static final Pattern IOB2 = Pattern.compile("O|[BI]-[A-Za-z_]+");

    private final String id;
    private final String lineShape;
    private final List<String> types;

    ConllFormat(String id, String lineShape, List<String> types) {
        this.id = id;
        this.lineShape = lineShape;
        this.types = types;
    }

    /** The name users give: anercorp, wojood. */
    public String id() {
        return id;
    }

    /** What a line looks like, for messages. */
    public String lineShape() {
        return lineShape;
    }

    /** The entity types its tags may carry. */
    public List<String> types() {
        return types;
    }

    /** The format called {@code name} (any case). */
    public static ConllFormat named(String name) {
        for (ConllFormat f : values()) {
            if (f.id.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of "
                + Arrays.stream(values()).map(ConllFormat::id).collect(Collectors.joining(", ")));
    }

    /**
     * The format of a file's lines: Wojood when a line has two or more IOB2 tags after its token (nesting)
     * or a tag has a type only Wojood uses (GPE, DATE, NORP ...); ANERcorp otherwise. The two read a file
     * without either sign the same way, so the choice then only decides which types are allowed.
     */
    public static ConllFormat detect(Iterable<String> lines) {
        Set<String> wojoodOnly = WOJOOD.types.stream().filter(t -> !ANERCORP.types.contains(t)).collect(Collectors.toSet());
        for (String line : lines) {
            String[] fields = FIELDS.split(line.strip());
            if (fields.length < 2) {
                continue;
            }
            boolean allTags = true;
            for (int i = 1; i < fields.length; i++) {
                allTags &= IOB2.matcher(fields[i]).matches();
            }
            String last = fields[fields.length - 1];
            if (allTags && fields.length > 2
                    || IOB2.matcher(last).matches() && !last.equals("O") && wojoodOnly.contains(last.substring(2))) {
                return WOJOOD;
            }
        }
        return ANERCORP;
    }

    /** The fields of a line that are tags: the last for ANERcorp, all after the token for Wojood. */
    List<String> tagFields(String[] fields, int last) {
        return this == ANERCORP ? List.of(fields[last]) : Arrays.asList(fields).subList(1, last + 1);
    }

    /** Why {@code tag} is not one of this format's tags, or null when it is. */
    String problem(String tag) {
        if (!IOB2.matcher(tag).matches()) {
            return "tag '" + tag + "' is not IOB2; expected O, B-TYPE or I-TYPE";
        }
        if (!tag.equals("O") && !types.contains(tag.substring(2))) {
            return "tag '" + tag + "' has a type the " + id + " format does not have; expected one of "
                    + String.join(", ", types) + (this == ANERCORP && WOJOOD.types.contains(tag.substring(2))
                    ? " (is it a Wojood file?)" : "");
        }
        return null;
    }
}
