package hadath.core.event;

import static hadath.core.event.Clause.isActor;

import hadath.core.entity.MentionIndex.At;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/**
 * Actors joined by و into one side of an event: those before an actor (القوات البحرية الروسية والمصرية) and
 * those after a sentence's opening subject (وأعربت القاهرة وأنقرة).
 */
final class JoinedActors {

    private final Clause c;
    private final At[] actorAt;
    private final boolean[] joinedAt;
    private final SubjectFinder subjects;

    JoinedActors(Clause c, SubjectFinder subjects) {
        this.c = c;
        this.actorAt = c.actorAt;
        this.joinedAt = c.joinedAt;
        this.subjects = subjects;
    }

    /**
     * The actors joined by و before {@code a}, nearest last (القوات البحرية الروسية والمصرية: the Russian forces
     * before the Egyptian): none when {@code a} is not joined to an actor ending right before it.
     */
    List<At> joinedBefore(At a) {
        LinkedList<At> out = new LinkedList<>();
        for (At at = a; at != null && joinedAt[at.start()] && at.start() > 0; ) {
            At prev = null;
            for (int k = at.start() - 1; k >= 0 && k >= at.start() - 8; k--) {
                if (actorAt[k] != null && actorAt[k].end() == at.start()) {
                    prev = actorAt[k]; // the whole phrase (وزيرا خارجية السعودية), not the name inside it
                }
            }
            if (prev == null || !isActor(prev) || c.governed(prev.start())) {
                break;
            }
            out.addFirst(prev);
            at = prev;
        }
        return out;
    }

    /** The opening subject and the actors joined to it by و (وأعربت القاهرة وأنقرة ...): none without one. */
    List<At> openingSubjects(int sentenceStart, int before) {
        At a = subjects.openingSubject(sentenceStart, before);
        List<At> out = new ArrayList<>();
        for (At more = a; more != null; more = c.conjoined(more.end(), before)) {
            out.add(more);
        }
        return out;
    }
}
