package hadath.core.event;

import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex.At;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.sentence.Sentence;
import hadath.core.text.Document;
import hadath.core.time.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The events of one document as the {@link EventCoder} codes them: one per (source, code, target, date), the
 * pair of actors of the last two-sided event (what a dual or a pronoun refers back to), and the place of a
 * visit shared with the other events of its sentence. Lives for one call; not shared.
 */
final class Coded {

    private final Document doc;
    private final List<Event> events = new ArrayList<>();
    private final List<Integer> sentenceOf = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private At[] lastPair;

    Coded(Document doc) {
        this.doc = doc;
    }

    At[] lastPair() {
        return lastPair;
    }

    /** Whether the sentence already has an event of this root from this source (وصل ... في زيارة رسمية). */
    boolean restates(Sentence sentence, CameoCode code, At source) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (sentenceOf.get(i) == sentence.index() && e.cameo().startsWith(code.root())
                    && (source == null || source.entity().equals(e.source()))) {
                return true;
            }
        }
        return false;
    }

    void add(CameoCode code, At source, At target, TimeExpression time, String location, LexiconMatch m,
             Sentence sentence, double confidence) {
        String sourceId = source == null ? null : source.entity();
        String targetId = target == null ? null : target.entity();
        if (sourceId != null && sourceId.equals(targetId)) {
            return;
        }
        LocalDate date = time == null ? null : EventCoder.dateOf(time.value());
        if (!seen.add(sourceId + "|" + code.code() + "|" + targetId + "|" + date)) {
            return;
        }
        if (location == null) {
            location = visitPlace(sentence);
        } else if (code.root().equals("04")) {
            shareVisitPlace(sentence, location);
        }
        events.add(new Event("V" + (events.size() + 1), code.code(), code.name(), code.plover(), code.ploverMode(),
                code.goldstein(), code.quadClass(), sourceId, targetId, date, time == null ? null : time.id(), location,
                m.span(), doc.slice(m.span()), sentence.span(), confidence));
        sentenceOf.add(sentence.index());
        if (isActor(source) && isActor(target)) {
            lastPair = new At[] {source, target};
        }
    }

    private static boolean isActor(At a) {
        return a != null && a.type() != EntityType.PLACE;
    }

    private String visitPlace(Sentence sentence) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (sentenceOf.get(i) == sentence.index() && e.location() != null && e.cameo().startsWith("04")) {
                return e.location();
            }
        }
        return null;
    }

    /** A visit located after events of its sentence (استجابة لدعوة من X، وصل Y إلى موسكو): they took place there. */
    private void shareVisitPlace(Sentence sentence, String location) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (sentenceOf.get(i) == sentence.index() && e.location() == null && e.cameo().startsWith("04")) {
                events.set(i, new Event(e.id(), e.cameo(), e.cameoName(), e.plover(), e.ploverMode(), e.goldstein(),
                        e.quadClass(), e.source(), e.target(), e.date(), e.time(), location, e.triggerSpan(),
                        e.triggerText(), e.sentence(), e.confidence()));
            }
        }
    }

    List<Event> events() {
        return List.copyOf(events);
    }
}
