package hadath.core.event;

import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex.At;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.sentence.Sentence;
import hadath.core.text.Document;
import hadath.core.time.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events of one document as the {@link EventCoder} codes them: one per (source, code, target, date), the
 * pair of actors of the last two-sided event (what a dual or a pronoun refers back to), and the place of a
 * visit shared with the other events of its sentence. Lives for one call; not shared.
 */
final class Coded {

    /** Hosting a visit (استقبل): CAMEO's 043, the host's side of a visit. */
    private static final String RECEIVE = "043";
    /** Making a visit (زار، وصل إلى، يقوم بزيارة): CAMEO's 042, the guest's side. */
    static final String VISIT = "042";

    private final Document doc;
    private final List<Event> events = new ArrayList<>();
    private final List<Integer> sentenceOf = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** source|code|target of every event, whatever its date. */
    private final Set<String> dated = new HashSet<>();
    /** the codes of the events so far. */
    private final Set<String> codes = new HashSet<>();
    private At[] lastPair;
    /** visitor entity → where the visit is: their later events without a place of their own happen there. */
    private final Map<String, String> visiting = new HashMap<>();

    Coded(Document doc) {
        this.doc = doc;
    }

    At[] lastPair() {
        return lastPair;
    }

    /** Whether the sentence already has an event of this root from this source (وصل ... في زيارة رسمية). */
    boolean restates(Sentence sentence, CameoCode code, At source) {
        return anyIn(sentence, e -> e.cameo().equals(code.code())
                && (source == null || source.entity().equals(e.source())));
    }

    /** The source of the last event of this sentence: a verb after it with no subject of its own shares it. */
    String lastSourceIn(Sentence sentence) {
        return lastSourceBefore(sentence, 0, source -> false, false);
    }

    /**
     * The sources of the last trigger's events in this sentence, in order (أدانت اليابان وكوريا الجنوبية ...،
     * وطالبتا: both of them go on to the next verb).
     */
    List<String> lastSourcesIn(Sentence sentence) {
        List<String> out = new ArrayList<>();
        int last = events.size() - 1;
        for (int i = last; i >= 0 && sentenceOf.get(i) == sentence.index()
                && events.get(i).triggerSpan().equals(events.get(last).triggerSpan()); i--) {
            String s = events.get(i).source();
            if (s != null && !out.contains(s)) {
                out.add(0, s);
            }
        }
        return out;
    }

    /** Whether the last event is of this sentence and its trigger ends at most two words before {@code at}. */
    boolean endsJustBefore(Sentence sentence, int at) {
        if (events.isEmpty() || sentenceOf.get(events.size() - 1) != sentence.index()) {
            return false;
        }
        int end = events.get(events.size() - 1).triggerSpan().end();
        if (end > at) {
            return false;
        }
        String between = doc.slice(new hadath.core.text.CharSpan(end, at)).strip();
        return between.isEmpty() || gaps(between) <= 1;
    }

    /**
     * The runs of regex {@code \s} characters in a stripped string: its words less one, as {@code split("\\s+")}
     * counted them, without compiling a regex per trigger.
     */
    static int gaps(String s) {
        int runs = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i)) && (i == 0 || !isSpace(s.charAt(i - 1)))) {
                runs++;
            }
        }
        return runs;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    /** Whether the sentence has an act by someone on someone already. */
    boolean hasAct(Sentence sentence) {
        return anyIn(sentence, e -> e.source() != null && e.target() != null);
    }

    /** Whether the sentence has a visit or meeting (root 04) from this source to this target already. */
    private boolean sameMeeting(Sentence sentence, String sourceId, String targetId) {
        return anyIn(sentence, e -> e.cameo().startsWith("04") && java.util.Objects.equals(e.source(), sourceId)
                && java.util.Objects.equals(e.target(), targetId));
    }

    /** Whether an event already coded in the sentence passes the test. */
    private boolean anyIn(Sentence sentence, java.util.function.Predicate<Event> test) {
        for (int i = events.size() - 1; i >= 0 && sentenceOf.get(i) == sentence.index(); i--) {
            if (test.test(events.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The guest of the reception coded last in this sentence (استقبل الشرع الصفدي: the Jordanian minister), else
     * null: who a visit told after it in a relative clause (، الذي وصل إلى دمشق) is by.
     */
    At guestOfReception(Sentence sentence) {
        return lastPair != null && RECEIVE.equals(lastCodeIn(sentence))
                && lastPair[1].entity().equals(events.get(events.size() - 1).target()) ? lastPair[1] : null;
    }

    /** The code of the last event if it is of this sentence, else null. */
    private String lastCodeIn(Sentence sentence) {
        return events.isEmpty() || sentenceOf.get(events.size() - 1) != sentence.index() ? null
                : events.get(events.size() - 1).cameo();
    }

    /** Whether the sentence has an event already. */
    boolean has(Sentence sentence) {
        return lastCodeIn(sentence) != null;
    }

    /** Whether the sentence has an event of coercion or force (roots 17–20) already: ب + a weapon is its means. */
    boolean hasForce(Sentence sentence) {
        return anyIn(sentence, e -> e.cameo().compareTo("17") >= 0);
    }

    /**
     * The source of the last event told before {@code sentence}, in it or at most {@code reach} sentences back,
     * whose source is not one {@code skip} passes; with {@code force}, of the last attack (roots 18–20) only.
     * What a response (رحب بالخطوة، أدانت الهجوم) answers.
     */
    String lastSourceBefore(Sentence sentence, int reach, java.util.function.Predicate<String> skip, boolean force) {
        for (int i = events.size() - 1; i >= 0 && sentenceOf.get(i) >= sentence.index() - reach; i--) {
            Event e = events.get(i);
            if (e.source() != null && !skip.test(e.source()) && (!force || e.cameo().compareTo("18") >= 0)) {
                return e.source();
            }
        }
        return null;
    }

    /**
     * The source of the last event told in this sentence or at most {@code reach} before it whose target is on
     * the side {@code ours} tells and whose source is not: who acted on them.
     */
    String lastSourceAgainst(Sentence sentence, int reach, java.util.function.Predicate<String> ours) {
        for (int i = events.size() - 1; i >= 0 && sentenceOf.get(i) >= sentence.index() - reach; i--) {
            Event e = events.get(i);
            if (e.source() != null && e.target() != null && ours.test(e.target()) && !ours.test(e.source())) {
                return e.source();
            }
        }
        return null;
    }

    /** Whether an earlier event has this code: what الزيارة، هذه الرسالة refer back to. */
    boolean refersBack(CameoCode code) {
        return codes.contains(code.code());
    }

    void add(CameoCode code, At source, At target, TimeExpression time, String location, LexiconMatch m,
             Sentence sentence, double confidence) {
        String sourceId = source == null ? null : source.entity();
        String targetId = target == null ? null : target.entity();
        if ((sourceId != null && sourceId.equals(targetId)) || (sourceId == null && targetId == null)) {
            return; // nobody did it to anybody: GDELT and the gold alike need at least one actor
        }
        LocalDate date = time == null ? null : EventCoder.dateOf(time.value());
        String triple = sourceId + "|" + code.code() + "|" + targetId + "|";
        // an undated mention of a dated event is the same event (the headline restating the lead)
        if (seen.contains(triple + date) || (date == null && dated.contains(triple))
                || (date != null && seen.contains(triple + null))) {
            return;
        }
        if (code.root().equals("04") && sameMeeting(sentence, sourceId, targetId)) {
            return; // استقبل X Y وبحث معه: the talks of a reception are the reception (CONVENTIONS: only 043)
        }
        seen.add(triple + date);
        dated.add(triple);
        if (location == null) {
            location = visitPlace(sentence);
        } else if (code.root().equals("04")) {
            shareVisitPlace(sentence, location);
        }
        if (location == null) {
            location = visiting.getOrDefault(sourceId, visiting.get(targetId));
        }
        if (code.code().equals("042") && location != null && sourceId != null) {
            visiting.put(sourceId, location);
        }
        // a guest's visit told after the reception (، الذي وصل إلى دمشق) leaves the host and the guest the pair a
        // dual after it stands for (واتفق الجانبان)
        boolean guestsVisit = code.code().equals(VISIT) && lastPair != null && lastPair[1].entity().equals(sourceId)
                && RECEIVE.equals(lastCodeIn(sentence));
        events.add(new Event("V" + (events.size() + 1), code.code(), code.name(), code.plover(), code.ploverMode(),
                code.goldstein(), code.quadClass(), sourceId, targetId, date, time == null ? null : time.id(), location,
                m.span(), doc.slice(m.span()), sentence.span(), confidence));
        sentenceOf.add(sentence.index());
        codes.add(code.code());
        if (isActor(source) && isActor(target) && !guestsVisit) {
            lastPair = new At[] {source, target};
        }
    }

    private static boolean isActor(At a) {
        return a != null && a.type() != EntityType.PLACE;
    }

    private String visitPlace(Sentence sentence) {
        for (int i = events.size() - 1; i >= 0 && sentenceOf.get(i) == sentence.index(); i--) {
            Event e = events.get(i);
            if (e.location() != null && e.cameo().startsWith("04")) {
                return e.location();
            }
        }
        return null;
    }

    /** A visit located after events of its sentence (استجابة لدعوة من X، وصل Y إلى موسكو): they took place there. */
    private void shareVisitPlace(Sentence sentence, String location) {
        for (int i = events.size() - 1; i >= 0 && sentenceOf.get(i) == sentence.index(); i--) {
            Event e = events.get(i);
            if (e.location() == null && e.cameo().startsWith("04")) {
                events.set(i, e.withLocation(location));
            }
        }
    }

    /**
     * Whom the attacks of a sentence struck, when its toll names them (غارة ... أسفرت عن مقتل ستة مدنيين): the
     * attacks already coded there with nobody struck, or only a place ({@code place}), get them.
     */
    void struck(Sentence sentence, String victims, java.util.function.Predicate<String> place) {
        for (int i = events.size() - 1; i >= 0 && sentenceOf.get(i) == sentence.index(); i--) {
            Event e = events.get(i);
            if ((e.target() == null || place.test(e.target())) && e.cameo().compareTo("18") >= 0
                    && !victims.equals(e.source())) {
                events.set(i, e.withTarget(victims));
                seen.add(e.source() + "|" + e.cameo() + "|" + victims + "|" + e.date());
                dated.add(e.source() + "|" + e.cameo() + "|" + victims + "|");
            }
        }
    }

    List<Event> events() {
        return List.copyOf(events);
    }
}
