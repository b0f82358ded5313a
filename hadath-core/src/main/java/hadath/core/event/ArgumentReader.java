package hadath.core.event;

import static hadath.core.event.TriggerForm.*;

import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex.At;
import hadath.core.entity.Settlements;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.sentence.Sentence;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the arguments of one trigger, its sources and its targets, in one of three ways: a pattern framed
 * {@code by:من>إلى} takes its source after من and its target after إلى; a dual (الجانبان، بين الجانبين) is the
 * pair of the last event with two actors; else the source is found in the clause ({@link SubjectReader}) and
 * the target as the pattern's frame, the answered act, the last event or the place says. Lives for one call of
 * the coder, as its subject reader does; not shared.
 */
final class ArgumentReader {

    /** Pronouns on a preposition after a trigger (بحث معه، اتصل به): the other party of the last event. */
    private static final Set<String> PRONOUN_OBJECTS = KeyNormalizer.keys("معه", "معها", "معهم", "معهما", "به", "بها",
            "بهم", "إليه", "إليها", "إليهم", "عليه", "عليها", "ضده", "ضدها", "له", "لها");
    /** Approval, criticism and rejection: what answers an act (رحب بالخطوة، أدان الهجوم، رفض القرار). */
    private static final Set<String> RESPONSES = Set.of("05", "11", "12");
    /** Appeals, demands and threats: their object pronoun is a party (دعاه، طالبها، هددهم). */
    private static final Set<String> ASKED_OF_SOMEONE = Set.of("02", "10", "13");
    /** Threats (13): the root TriggerScreen reads "endangers" out of too. */
    static final String THREATEN_ROOT = "13";
    private static final String PROTEST_ROOT = "14";
    /** Aid (07): given, sent or pledged to someone. */
    private static final String AID_ROOT = "07";
    /** على يد، على أيدي: by the hand of, the agent of a passive. */
    private static final String ON = KeyNormalizer.key("على");
    private static final Set<String> HANDS = KeyNormalizer.keys("يد", "أيدي");
    /** Denying responsibility (نفى): with nobody named, it answers whoever last accused or struck the denier. */
    private static final String DENY = "016";
    /** Acts done with each other (consult, sign an agreement, cooperate): actors joined as subject do them mutually. */
    private static final List<String> MUTUAL = List.of("04", "057", "06");
    /** Acts between two sides with no one doing them to the other (talks, agreements, clashes: 19x). */
    private static final List<String> SIDES_ROOTS = List.of("04", "057", "06", "19");
    /** Acts that reach a place, not only a party: visits, aid, coercion and force (وصل إلى، أرسل إلى، قصف). */
    /** Occupying or taking control of territory (سيطر على، احتل). */
    private static final String SEIZE_TERRITORY = "192";
    static final Set<String> PLACE_ROOTS = Set.of("04", "07", "17", "18", "19", "20");

    /**
     * The arguments of one trigger.
     *
     * @param sources  who did it, the first null when nobody is found
     * @param targets  to whom, each, for each source; empty when nobody
     * @param named    whether the first source is named in its clause, not the article's current subject
     * @param bothWays whether each target did it to the source too (التقى الجانبان، اشتباكات بين ...)
     */
    record Arguments(List<At> sources, List<At> targets, boolean named, boolean bothWays) {
    }

    private final Clause c;
    private final List<Token> tokens;
    private final Coded out;
    private final SplitPhrases split;
    private final SubjectReader subjects;

    ArgumentReader(Clause c, Coded out, SplitPhrases split, SubjectReader subjects) {
        this.c = c;
        this.tokens = c.tokens;
        this.out = out;
        this.split = split;
        this.subjects = subjects;
    }

    /**
     * The trigger's arguments; null when it is no event (an ambiguous verb with nobody beside it). A named source
     * becomes the article's current subject.
     *
     * @param code           the trigger's code as said
     * @param beside         the actor right before the trigger
     * @param after          the subject right after it (inside it, for a split phrase)
     * @param inside         the actor a split phrase holds, else null
     * @param uncodedSubject the subject of a verb before it that was coded as no event (a denier), else null
     * @param victims        whom the last toll named as killed or wounded, else null
     */
    Arguments read(Trigger t, CameoCode code, At beside, At after, At inside, At uncodedSubject, At victims) {
        String frame = t.pattern().attribute("target");
        At[] pair = out.lastPair();
        // by:من>إلى: the source after the first preposition, the target after the second
        String[] preps = frame != null && frame.startsWith("by:") ? frame.substring(3).split(">") : null;
        At by = preps != null ? c.objects.actorAfterWord(t.end(), t.sEnd(), preps[0]) : null;
        if (preps != null && by == null) {
            frame = preps.length > 1 ? preps[1] : ""; // no من: an ordinary frame (بعث رسالة إلى X)
        }
        String hand = by == null ? byHandOf(t) : null;
        if (hand != null) {
            // اعتُقل ثلاثة من قياديي الحزب على يد عناصر من المخابرات: the passive's agent after على يد did it,
            // to the sentence's other actor
            by = c.objects.actorAfterWord(t.end(), t.sEnd(), hand);
            preps = by != null ? new String[] {hand} : preps;
        }
        Arguments found = by != null ? fromTo(t, by, preps)
                : pair != null && pairDidIt(t) ? ofPair(t, code, frame, pair)
                : ofClause(t, code, frame, beside, after, inside, uncodedSubject, victims, pair);
        if (found != null) {
            subjects.remember(found.sources().get(0), found.named(), t.sentence());
        }
        return found;
    }

    /** The word of على يد، على أيدي after the trigger in its clause (the agent of a passive), else null. */
    private String byHandOf(Trigger t) {
        for (int i = t.end(); i + 1 < t.sEnd() && i < t.end() + Clause.WINDOW; i++) {
            if (tokens.get(i).key().equals(ON) && HANDS.contains(tokens.get(i + 1).key())) {
                return tokens.get(i + 1).surface();
            }
        }
        return null;
    }

    /** A {@code by:من>إلى} frame: the source after من, the target after إلى, else the sentence's other actor. */
    private Arguments fromTo(Trigger t, At source, String[] preps) {
        At target = preps.length > 1 ? c.objects.actorAfterWord(t.end(), t.sEnd(), preps[1]) : null;
        if (target == null) {
            target = c.objects.otherActor(t.sentence(), source, true);
        }
        List<At> sources = new ArrayList<>();
        List<At> targets = new ArrayList<>();
        sources.add(source);
        targets.add(target);
        return new Arguments(sources, targets, true, false);
    }

    /** Whether a dual around the trigger (التقى الجانبان، بين الجانبين) stands for the pair of the last event. */
    private boolean pairDidIt(Trigger t) {
        LexiconMatch m = t.match();
        int end = t.end();
        int sEnd = t.sEnd();
        return dualAt(tokens, end, sEnd)
                // اتهم الطرفين: after a verb or participle the oblique dual is the object, not who did it
                && !((t.verb() || t.verbal() || participle(firstWord(m))) && oblique(tokens.get(end)))
                || dualAt(tokens, t.start() - 1, sEnd)
                || t.split() && dualAt(tokens, t.start() + 1, sEnd)
                || dualAfterBetween(tokens, end, sEnd);
    }

    /**
     * The last event's pair did it: with a third party named after it, the two did it to that party
     * (ورحب البلدان بقرار الحكومة اللبنانية); else to each other (التقى الجانبان، وقع الجانبان اتفاقية).
     */
    private Arguments ofPair(Trigger t, CameoCode code, String frame, At[] pair) {
        int sEnd = t.sEnd();
        int pastDual = dualAt(tokens, t.end(), sEnd) ? t.end() + 1 : t.end();
        At third = mutual(code) ? null
                : targetOf(frame, pastDual, sEnd, null, null);
        List<At> sources = new ArrayList<>();
        List<At> targets = new ArrayList<>();
        boolean bothWays = false;
        sources.add(pair[0]);
        if (third != null && Clause.isActor(third) && !c.sameState(third.entity(), pair[0].entity())
                && !c.sameState(third.entity(), pair[1].entity())) {
            sources.add(pair[1]);
            targets.add(third);
        } else {
            targets.add(pair[1]);
            bothWays = true;
        }
        return new Arguments(sources, targets, true, bothWays);
    }

    /** An ordinary clause: the subject found in it, then whom it was done to. */
    private Arguments ofClause(Trigger t, CameoCode code, String frame, At beside, At after, At inside,
                               At uncodedSubject, At victims, At[] pair) {
        SubjectReader.Subject subject = subjects.subjectOf(t, code, frame, beside, after, inside, uncodedSubject,
                pair);
        if (subject == null) {
            return null;
        }
        At source = subject.source();
        boolean bothWays = false;
        // اشتباكات بين القوات الحكومية ومسلحي الجماعة: a fight or talks between two sides, each on the other;
        // civilians named before are no side (قُتل 45 مدنيا في اشتباكات اندلعت بين الجيش وقوات الدعم السريع)
        List<At> sides = (source == null || c.civilians(source)) && SIDES_ROOTS.stream().anyMatch(code.code()::startsWith)
                ? c.objects.between(t.end(), t.sEnd()) : List.of();
        if (!sides.isEmpty()) {
            source = sides.get(0);
            bothWays = true;
        }
        List<At> sources = new ArrayList<>();
        List<At> targets = new ArrayList<>();
        int from = addSources(sources, t, source, subject);
        // إياها: the other side of the last act, else whom the sentence named last (واعتبرت الخارجية
        // الصينية أن واشنطن ...، مطالبة إياها)
        At other = otherSide(pair, source);
        if (other == null) {
            other = otherState(pair, source); // وهو ما نفته الخارجية الإيرانية: Iran was accused
        }
        At target = objectOf(t, code, frame, from, source, subject.whom(), sides, other, pair);
        if (target != null && source != null && TriggerScreen.VIOLENT_ROOTS.contains(code.root())
                && target.start() >= 0 && tokens.get(target.start()).candidateIn(Settlements.NOUNS) != null
                && (code.code().equals(SEIZE_TERRITORY) || !c.sameState(source.entity(), target.entity()))) {
            // قصف الجيش الإسرائيلي بلدات في جنوب لبنان: villages struck from abroad stand for their state; in
            // a war at home (هاجمت قوات الدعم السريع قرى) they are the people who live there; villages taken
            // (استعاد السيطرة على ثلاث قرى) are land, not people
            At place = c.objects.placeAfter(target.end(), t.sEnd());
            target = place != null ? place : code.code().equals(SEIZE_TERRITORY) ? null : target;
        }
        if (target == null) {
            target = unnamedTarget(t, code, from, source, other, victims);
        }
        if (t.pattern().has(Flags.MUTUAL) && sources.size() > 1
                && c.objects.actorAfterWord(from, t.sEnd(), frame) == null) {
            target = null; // تبادلت روسيا وأوكرانيا الأسرى، في عملية جرت بوساطة إماراتية: each other's, not the mediator's
        }
        addTargets(targets, target, t, code, sources, source, from, subject.dual(), pair);
        return new Arguments(sources, targets, subject.named(), bothWays);
    }

    /**
     * Adds the sources: {@code source}, then those joined with it before a joint act or a dual verb, the others
     * a verb goes on with, and the actors joined by و after it (دعت مصر والسعودية ...). Returns the token after
     * the trigger and its sources, where its object may start.
     */
    private int addSources(List<At> sources, Trigger t, At source, SubjectReader.Subject subject) {
        int trigger = t.start();
        int sEnd = t.sEnd();
        sources.add(source);
        if (source != null && source.start() >= 0 && source.start() < trigger
                && (jointly(tokens, t.match()) || subject.dual()
                    || !t.verb() && endsOpeningSubjects(t, source))) {
            // something done jointly (مناورات مشتركة، بيان مشترك), by a dual verb (السعودية والأردن
            // تدينان), or told as a masdar after the verb of a subject of several (أعلنت إسبانيا وأيرلندا فرض
            // عقوبات، أعربت القاهرة وأنقرة عن قلقهما), by each of the subject's actors
            sources.addAll(c.joined.joinedBefore(source)); // القوات البحرية الروسية والمصرية مناورات مشتركة
        }
        if (subject.goesOn()) {
            sources.addAll(subject.shared().subList(1, subject.shared().size()));
        }
        // after the trigger, or inside a split phrase (وقعت مصر والاتحاد الأوروبي اتفاقا)
        boolean sourceAfter = source != null && source.start() > trigger;
        int from = sourceAfter ? source.end() : t.end();
        for (At more = sourceAfter ? c.conjoined(source.end(), sEnd) : null; more != null;
             more = c.conjoined(more.end(), sEnd)) {
            sources.add(more);
            from = more.end();
        }
        return Math.max(from, t.end());
    }

    /** The subject the trigger's sentence opens with and the actors joined to it (وأعلنت إسبانيا وأيرلندا). */
    private boolean endsOpeningSubjects(Trigger t, At source) {
        List<At> opening = c.joined.openingSubjects(t.sStart(), t.start());
        return opening.size() > 1 && Clause.same(opening.get(opening.size() - 1), source);
    }

    /**
     * Whom it was done to, as the clause names it: the object the subject search found, the other side for
     * إياها, the other of two sides, the object of a split phrase, the pattern's frame (or, for a response, the
     * sides of the act answered or whoever took it) from {@code from} on.
     */
    private At objectOf(Trigger t, CameoCode code, String frame, int from, At source, At whom, List<At> sides,
                        At other, At[] pair) {
        LexiconMatch m = t.match();
        int sEnd = t.sEnd();
        if (whom != null) {
            return whom;
        }
        if (source != null && iyya(tokens, m, sEnd)) {
            return other != null ? other : c.before.nearestBefore(t.sStart(), t.start(), source);
        }
        if (source != null && ASKED_OF_SOMEONE.contains(code.root()) && TriggerForm.objectPronoun(tokens, t)) {
            // استقبل الحريري السفير الأمريكي، وطالبه بالضغط على إسرائيل: him, the party named last before the
            // verb, not Israel. Only what is asked of someone or threatened: a response's pronoun is mostly the
            // act it answers (رفضته كييف: the offer)
            At named = c.before.nearestBefore(t.sStart(), t.start(), source);
            if (named != null || other != null) {
                return named != null ? named : other;
            }
        }
        if (!sides.isEmpty()) {
            return sides.get(1);
        }
        Integer object = split.objectStart().get(m);
        if (object != null) {
            return c.subjects.subjectAfter(object, m.tokens().end());
        }
        int answered = RESPONSES.contains(code.root()) ? answers(tokens, from, sEnd) : NONE;
        int noun = from;
        if (answered == NONE && RESPONSES.contains(code.root()) && m.tokens().end() - m.tokens().start() > 1
                && m.tokens().end() == from) {
            noun = from - 1; // رفضت الحكومة الإسرائيلية المقترح: the phrase ends in the act it answers
            answered = answers(tokens, noun, sEnd);
        }
        if (answered == NONE) {
            return targetOf(frame, from, sEnd, source, pair);
        }
        // رحب بالاتفاق بين أرمينيا وأذربيجان: the act answered names its two sides
        List<At> answeredSides = c.objects.between(from, sEnd);
        if (!answeredSides.isEmpty()) {
            return answeredSides.get(0);
        }
        At answeredBy = AnsweredAct.whoTookIt(c, out, t.sentence(), noun, sEnd, source, answered == ATTACK);
        // أيدت المحكمة الحكم بالسجن على المتهمين: a phrase's own noun answered by nobody told keeps its frame
        return answeredBy != null || noun == from ? answeredBy : targetOf(frame, from, sEnd, source, pair);
    }

    /**
     * Whom it was done to when the clause names nobody: the other side of the last act for an object pronoun
     * on the verb, who did what a response judges, whoever last acted on a threat's author's side, whom the
     * sentence's toll named for an attack; else null.
     */
    private At unnamedTarget(Trigger t, CameoCode code, int from, At source, At other, At victims) {
        Sentence sentence = t.sentence();
        int sEnd = t.sEnd();
        At target = null;
        if ((t.verb() || t.verbal()) && t.match().candidate().suffix() > 0) {
            // وانتقد ... الحكومة الكوبية، واتهمها بدعم الإرهاب: the object on the verb is the other side
            // of the last act
            target = other;
        }
        if (target == null && RESPONSES.contains(code.root())) {
            // أشاد بالدور الذي تؤديه مصر، انتقد الإجراءات التي اتخذتها واشنطن: who did what is judged
            target = c.reported.agentOfRelative(from, Math.min(sEnd, from + 12), sEnd, source);
        }
        if (target == null && source != null && (code.root().equals(THREATEN_ROOT) || code.code().equals(DENY))) {
            // واشنطن تفرض عقوبات على إيران وطهران تتوعد بالرد: a threat with nobody named is of
            // retaliation, against whoever last acted on its author's side (criticism and rejection
            // tried the same way lost more than they found)
            target = c.entity(out.lastSourceAgainst(sentence, 1, id -> c.sameSide(id, source.entity())));
        }
        if (target == null && source != null && code.root().equals(PROTEST_ROOT) && !c.governs(source)) {
            // أعلن الاتحاد العام التونسي للشغل إضرابا عاما: a strike, sit-in or boycott with nobody named is
            // against the government of the protesters' state, when the article names it (CONVENTIONS: the
            // body protested against; a public-sector strike targets the government as the employer)
            At employer = c.companyIn(t.sStart(), t.sEnd()); // دخل عمال شركة فسفاط قفصة في إضراب: their employer
            target = employer != null && !Clause.same(employer, source) ? employer : c.government(source.country());
        }
        if (target == null && victims != null && TriggerScreen.VIOLENT_ROOTS.contains(code.root())
                && c.sentenceOf[victims.start()] == sentence.index() && !Clause.same(victims, source)) {
            target = victims; // قتل ثلاثة جنود إسرائيليين في هجوم شنته حماس: whom the attack struck
        }
        return target;
    }

    /**
     * Adds the targets: each source to each other for a mutual act of several; for a meeting with nobody named,
     * the sentence's other actor; for force, coercion or aid, the place after it; for a dual object, both
     * parties of the last event; else {@code target} and the actors joined to it by و.
     */
    private void addTargets(List<At> targets, At target, Trigger t, CameoCode code, List<At> sources, At source,
                            int from, boolean dual, At[] pair) {
        LexiconMatch m = t.match();
        int sEnd = t.sEnd();
        boolean placeOnly = target != null && target.type() == EntityType.PLACE
                && !PLACE_ROOTS.contains(code.root()); // ووقع الوزيران في القاهرة بروتوكولا: where, not whom
        // a dual verb of cooperation (اتفقا، بحثا) is done with each other; one of conflict (تدينان) is not
        if ((target == null || placeOnly) && sources.size() > 1
                && (dual && code.quadClass() <= 2 || mutual(code) || t.pattern().has(Flags.MUTUAL))) {
            target = null;
            targets.addAll(sources); // التقى بوتين وقاليباف، وقعت مصر والاتحاد الأوروبي اتفاقا: each with each
        } else if (target == null && code.root().equals("04")) {
            target = followedBy(tokens, m.tokens().end(), sEnd, RELATIVES, 2)
                    ? c.before.nearestBefore(t.sStart(), t.start(), source)
                    : c.objects.otherActor(t.sentence(), source, false);
        }
        if (target == null && targets.isEmpty() && source != null && PLACE_ROOTS.contains(code.root())
                && !code.root().equals("04")) {
            // قصف الجيش الإسرائيلي بلدة في جنوب لبنان، أرسلت قافلة إلى غزة: with nobody named, force,
            // coercion or aid reaches the place named after it, which stands for its state (a visit's
            // place is its location instead)
            target = c.objects.placeAfter(m.tokens().end(), sEnd);
        }
        if (target == null && targets.isEmpty() && source != null && code.root().equals(AID_ROOT)) {
            // خصص البنك الدولي منحة لتمويل مشروعات في اليمن: aid with nobody named goes to the state it is spent in
            At state = c.objects.stateAfter(m.tokens().end(), sEnd);
            target = state != null && !c.sameState(state.entity(), source.entity()) ? state : null;
        }
        if (target == null && pair != null && source != null && dualAt(tokens, from, sEnd)) {
            for (At party : pair) { // ودعت تيتيه الطرفين إلى هدنة: the two parties of the last event
                if (!Clause.same(party, source)) {
                    targets.add(party);
                }
            }
        }
        while (target != null) {
            targets.add(target);
            At next = c.conjoined(target.end(), sEnd);
            // a place and then a person (تقصف جنوب لبنان وعون يدعو): the و starts another clause
            target = next != null && target.type() == EntityType.PLACE && next.type() == EntityType.PERSON
                    ? null : next;
        }
    }

    /** The target the pattern's frame names, a nisba right after, a pronoun for the last event's other party. */
    private At targetOf(String frame, int from, int end, At source, At[] pair) {
        for (int i = from; i < end && i < from + 3; i++) {
            if (PRONOUN_OBJECTS.contains(tokens.get(i).key())) {
                At other = otherSide(pair, source);
                if (other != null) {
                    return other;
                }
            }
        }
        At object = from < end ? c.covering(from - 1) : null;
        if (Clause.isActor(object) && object.end() > from) {
            return object; // استدعت السفير الفرنسي: the phrase ends inside the name of whom it is done to
        }
        if ("of".equals(frame)) {
            At of = c.objects.nisbaAfter(from, end, 2);
            // التدخلات الأميركية: a charge against
            return of != null ? of : c.objects.firstActorAfter(from, end, source);
        }
        At nisba = c.objects.nisbaAfter(from, end, 3);
        if (nisba != null && (source == null || !nisba.country().equals(source.country()))) {
            return nisba;
        }
        if (frame == null || frame.isEmpty() || frame.equals("obj")) {
            return c.objects.firstActorAfter(from, end, source);
        }
        At target = c.objects.actorAfterWord(from, end, frame);
        return target != null ? target : c.objects.firstActorAfter(from, end, source);
    }

    /** Whether an act is done with each other when several do it (MUTUAL: consult, sign, cooperate). */
    private static boolean mutual(CameoCode code) {
        return MUTUAL.stream().anyMatch(code.code()::startsWith);
    }

    /** The party of the last act ({@code pair}: source, target) that is not {@code source}; null if neither is. */
    private static At otherSide(At[] pair, At source) {
        return pair == null || source == null ? null
                : Clause.same(pair[0], source) ? pair[1] : Clause.same(pair[1], source) ? pair[0] : null;
    }

    /**
     * The party of the last act that is not of {@code source}'s state, when the other one is (واتهمت واشنطن طهران
     * ...، وهو ما نفته الخارجية الإيرانية: a body of the state acted on answers for it); null otherwise.
     */
    private At otherState(At[] pair, At source) {
        if (pair == null || source == null || !Clause.isActor(pair[0]) || !Clause.isActor(pair[1])) {
            return null;
        }
        boolean first = c.sameState(pair[0].entity(), source.entity());
        boolean second = c.sameState(pair[1].entity(), source.entity());
        return first == second ? null : first ? pair[1] : pair[0];
    }
}
