package hadath.store.export;

import hadath.store.query.EventMentionRow;
import java.util.List;

/**
 * One event mention as a GDELT 2.0 Mentions record (16 tab-separated columns). Pure. Character offsets are
 * Unicode code points into the stored article text; SentenceID counts from 1 as GDELT's does; Confidence is
 * the coder's confidence in percent. Tone and translation info are empty: Hadath reads Arabic as written.
 */
public final class GdeltMentions {

    public static final List<String> HEADER = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate",
            "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
            "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    private GdeltMentions() {
    }

    public static List<String> fields(EventMentionRow m) {
        String mentionTime = m.ingestedAt() != null ? Fields.stamp(m.ingestedAt()) : Fields.stamp(m.published());
        return List.of(Long.toString(m.eventId()), Fields.stamp(m.eventDate()), mentionTime,
                "1", // WEB
                Fields.tsv(m.documentSource()),
                Fields.tsv(m.url() != null ? m.url() : "hadath:document/" + m.documentId()),
                Integer.toString(m.sentenceIndex() + 1), Integer.toString(m.sourceOffset()),
                Integer.toString(m.targetOffset()), Integer.toString(m.triggerStart()), "1",
                Long.toString(Math.round(m.confidence() * 100)), Integer.toString(m.documentLength()), "", "", "");
    }

    public static String line(EventMentionRow m) {
        return String.join("\t", fields(m));
    }
}
