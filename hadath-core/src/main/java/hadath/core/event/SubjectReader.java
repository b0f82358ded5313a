package hadath.core.event;

import static hadath.core.event.SpeakerAndDate.speakerBefore;
import static hadath.core.event.SpeakerAndDate.speakerOf;
import static hadath.core.event.TriggerForm.*;

import hadath.core.entity.MentionIndex.At;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.quote.Quote;
import hadath.core.sentence.Sentence;
import hadath.core.tokenize.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who did what a trigger tells in an ordinary clause (one with no من frame and no dual of the last pair):
 * the speaker of a quotation around it, an actor right before it, the reporter of a clause with a pronoun
 * subject, the subjects of the sentence's last event a verb joined by و goes on with, the actor after a verb,
 * an agent or nisba after a masdar, the nearest actor before it, and last the article's current subject (Arabic
 * drops the subject). Remembers that current subject from trigger to trigger, so a reader lives for one call of
 * the coder; not shared.
 */
final class SubjectReader {


    /** Verbs with a pronoun for the masdar before them, whose subject did it (قصف شنته قوات الدعم السريع). */
    private static final Set<String> AGENT_VERBS = KeyNormalizer.keys("شنته", "شنها", "شنتها", "شنوه", "نفذته", "نفذها",
            "نفذتها", "ارتكبته", "ارتكبها", "ارتكبتها", "تبناه", "تبنته", "تبنتها", "تبنى", "أعلنته", "قادته", "قادها",
            "أجراه", "أجرته", "أجراها", "أجرتها", "يشنها", "تشنها", "يشنه", "تشنه", "تبذلها", "يبذلها");
    /** Roots whose masdar takes the one acted on as its genitive (اعتقال الناشط، اغتيال نائب، اختطاف صحفي). */
    private static final Set<String> PATIENT_ROOTS = Set.of("17", "18");

    /**
     * Who did it, as found in the clause.
     *
     * @param source  who did it, or null
     * @param whom    whom it was done to when the subject search found that too (a pronoun object on a verb, the
     *                actor inside a split phrase), else null
     * @param shared  the subjects a verb joined by و goes on with (the sentence's last event's, the denier, the
     *                sentence's opening subjects), or none
     * @param goesOn  whether the source is the first of {@code shared}, and the others did it too
     * @param dual    whether the verb is a dual (وحثتا، بحثا، يتبادلان)
     * @param named   whether the source is named in the clause, not the article's current subject
     */
    record Subject(At source, At whom, List<At> shared, boolean goesOn, boolean dual, boolean named) {
    }

    private final Clause c;
    private final List<Token> tokens;
    private final List<Quote> quotes;
    private final Coded out;
    /** Keys of the first words of the first person plural forms the lexicon generates (نقصف، نفرض). */
    private final Set<String> firstPersonForms;
    /** Key of the first word of each event pattern's canonical form: a verb's past (طالب، التقى). */
    private final Map<LexiconEntry, String> pastKeys;

    /** The article's current subject: the named source of the last event, until a new scene opens. */
    private String current = null;
    /** The sentence where {@link #current} was named; -1 before any. */
    private int currentSentence = -1;

    /** @param quotes the document's quotations, sorted by start */
    SubjectReader(Clause c, List<Quote> quotes, Coded out, Set<String> firstPersonForms,
                  Map<LexiconEntry, String> pastKeys) {
        this.c = c;
        this.tokens = c.tokens;
        this.quotes = quotes;
        this.out = out;
        this.firstPersonForms = firstPersonForms;
        this.pastKeys = pastKeys;
    }

    /** Forgets the current subject when a sentence after it opens a new scene (وفي الجزائر، ...) or a dateline. */
    void enter(Sentence sentence) {
        if ((c.subjects.opensNewScene(sentence) || c.subjects.opensWithDateline(sentence))
                && currentSentence < sentence.index()) {
            current = null; // وفي الجزائر، ...: a new scene, whose subject is not the last one's
        }
    }

    /** Makes a named source the article's current subject. */
    void remember(At source, boolean named, Sentence sentence) {
        if (source != null && named) {
            current = source.entity();
            currentSentence = sentence.index();
        }
    }

    /**
     * Who did it; null when nobody is found for an ambiguous verb (وقع، وصل، بحث), which is then no event.
     *
     * @param frame          the pattern's target frame, من dropped
     * @param beside         the actor right before the trigger
     * @param after          the subject right after it (inside it, for a split phrase)
     * @param inside         the actor a split phrase holds (منح مصر قرضا), else null
     * @param uncodedSubject the subject of a verb before it that was coded as no event (a denier), else null
     * @param pair           (source, target) of the last event with two actors, or null
     */
    Subject subjectOf(Trigger t, CameoCode code, String frame, At beside, At after, At inside, At uncodedSubject,
                      At[] pair) {
        LexiconMatch m = t.match();
        Sentence sentence = t.sentence();
        int trigger = t.start();
        int sStart = t.sStart();
        boolean verb = t.verb();
        At source = quotedOrBeside(t, beside);
        At agent = verb ? null : c.subjects.agentAfterVerb(t.end(), t.sEnd(), AGENT_VERBS);
        At struck = agent != null && source != null && !Clause.same(agent, source) ? source : null;
        if (agent != null) {
            // قُتل قيادي في الحزب بغارة نفذتها مسيّرة تركية: who carried it out did it, to whom stands before
            source = agent;
        }
        boolean we = firstPersonForms.contains(m.candidate().key()); // نقصف، نفرض عقوبات
        // a verb joined by و goes on with the subjects of its sentence's last event
        boolean pronoun = source == null && verb && pronounSubject(tokens, trigger, sStart); // لكنه حث
        // a participle after a comma (قال غروسي ...، داعيا طهران إلى; ، متهمة إياها بـ): the main verb's
        // subject, in a state
        boolean circumstantial = afterComma(tokens, trigger, sStart) && participle(firstWord(m));
        boolean dual = verb && dualVerb(m.candidate().key(), pastKeys.get(t.pattern()));
        List<At> shared = source == null ? sharedSubjects(t, pronoun, circumstantial, dual, uncodedSubject, pair)
                : List.of();
        // وأدانت اليابان وكوريا الجنوبية ...، وطالبتا بيونغ يانغ; ورحب ترامب بالخطوة، ودعا الرياض إلى ...
        At whom = struck;
        boolean named = true;
        boolean goesOn = shared.size() > 1 ? dual || dualOrPlural(tokens.get(trigger))
                : !shared.isEmpty() && (afterComma(tokens, trigger, sStart) || pronoun);
        if (pronoun && shared.isEmpty() && current != null && sentence.index() - currentSentence <= 1) {
            source = c.entity(current); // ... لكنه حث الحكومة: he, of the sentence before
            after = null;
            named = false;
        }
        if (source == null && verb && honorificSubject(tokens, m.tokens().end()) && current != null
                && sentence.index() - currentSentence <= 3) {
            source = c.entity(current); // ووجه سموه بتخصيص ...: the ruler the story is about, not whom after
            after = null;
            named = false;
        }
        if (goesOn && verb && m.candidate().suffix() > 0 && after != null && after.start() == m.tokens().end()) {
            // ، حيث استقبله حفتر: a verb with its object on it has its subject after it; the object is
            // the subject it would have gone on with
            whom = shared.get(0);
            goesOn = false;
        }
        if (goesOn) { // the actor after is whom
            source = shared.get(0);
            after = null;
        }
        if (source == null && !we) { // not after "we": سنقصف إيران names whom, the speaker is who
            source = verb ? after : null;
            if (source == null && m.tokens().size() > 1) {
                source = c.subjects.subjectAfter(m.tokens().start() + 1, m.tokens().end()); // نشرت الشرطة الجزائرية
            }
        }
        if (source == null && !shared.isEmpty()) {
            source = shared.get(0); // وأكد ...: no subject of its own
            goesOn = true;
        }
        if (source == null && verb && code.code().equals(Coded.VISIT) && trigger > sStart + 1
                && RELATIVES.contains(tokens.get(trigger - 1).key())) {
            // استقبل الرئيس الشرع الوزير الصفدي، الذي وصل إلى دمشق في زيارة رسمية: the guest of the reception
            // just coded makes the visit (CAMEO pairs the host's 043 with the guest's 042)
            source = out.guestOfReception(sentence);
        }
        if (source == null && verb && t.pattern().has(Flags.COMMON_WORD)) {
            return null; // وقع، وصل، بحث: an ambiguous verb is an event only with its actor beside it
        }
        if (source == null) {
            source = actorAround(t, code, frame, after);
        }
        if (source == null && current != null && sentence.index() - currentSentence <= 3 && verb
                && (trigger == sStart
                    || trigger == sStart + 1 && CLAUSE_OPENERS.contains(tokens.get(sStart).key()))) {
            // ودعا ...، ثم وصل ...: a sentence that opens on its verb goes on with the last subject. A trigger
            // further in (وقررت برلين بدورها استدعاء سفيرها) has a subject of its own that the reader missed;
            // the last subject was wrong for such triggers 24 times in 26 on the development files
            source = c.entity(current); // the subject of the last few sentences, not of a paragraph ago
            named = false;
        }
        if (whom == null && inside != null && source != null && !Clause.same(source, inside)) {
            // ، وحملت خلايا داعش المسؤولية; وأعلن البنك الدولي منح مصر قرضا: with its subject found
            // elsewhere, the actor inside a split phrase is whom
            whom = inside;
        }
        return new Subject(source, whom, shared, goesOn, dual, named);
    }

    /**
     * The speaker when the trigger is inside a quotation (a threat in a quote is the speaker's); else the actor
     * right before it; else, for a reported clause with a pronoun subject, the reporter (أعلن الحوثيون أنهم
     * استهدفوا، أكدت الجماعة أنها ستواصل استهداف السفن).
     */
    private At quotedOrBeside(Trigger t, At beside) {
        int trigger = t.start();
        int sStart = t.sStart();
        At source = c.entity(speakerOf(quotes, t.match().span()));
        if (source == null) {
            source = beside;
        }
        if (source == null && t.verb()) {
            source = c.reported.reportingSubject(sStart, trigger); // أعلن الحوثيون أنهم استهدفوا
        }
        int goOn = t.verb() ? -1 : goOnVerb(tokens, trigger, sStart);
        if (source == null && goOn >= 0) {
            source = c.reported.reportingSubject(sStart, goOn); // أكدت الجماعة أنها ستواصل استهداف السفن
        }
        return source;
    }

    /**
     * The subjects a trigger with none of its own goes on with: for a verb joined by و, a pronoun subject
     * (لكنه) or a participle after a comma, the sources of the sentence's last event; with no event before it,
     * the denier or the subject of the sentence's first verb; for a dual verb, the two actors the sentence opened
     * with or the two parties of the last event. None when it goes on with nobody.
     */
    private List<At> sharedSubjects(Trigger t, boolean pronoun, boolean circumstantial, boolean dual,
                                    At uncodedSubject, At[] pair) {
        LexiconMatch m = t.match();
        Sentence sentence = t.sentence();
        int trigger = t.start();
        int sStart = t.sStart();
        boolean verb = t.verb();
        // a phrase said as a verb after a comma (، وسلمته مذكرة احتجاج) goes on the same way
        boolean continues = verb || circumstantial
                || t.verbal() && coordinated(tokens, m) && afterComma(tokens, trigger, sStart);
        // a participle after a reported clause is the reporter's (قال زيلينسكي إن روسيا قصفت ...، مطالبا
        // واشنطن), not the reported subject's
        At reporter = circumstantial ? c.reported.reporter(sStart, trigger) : null;
        List<At> shared = reporter != null ? List.of(reporter)
                : continues && (coordinated(tokens, m) || pronoun || circumstantial)
                ? out.lastSourcesIn(sentence).stream().map(c::entity).toList() : List.of();
        if (shared.isEmpty() && verb && (coordinated(tokens, m) || circumstantial)
                && afterComma(tokens, trigger, sStart)) {
            // no event before it to go on from: the denier's (ونفت ... أن ...، وطالبت), or the subject of the
            // sentence's first verb (ووصفت منظمة العفو الأحكام بأنها ...، وطالبت السلطات)
            At uncoded = uncodedSubject != null ? uncodedSubject : c.subjects.openingSubject(sStart, trigger);
            if (uncoded == null && circumstantial) { // وقال المدير العام للوكالة غروسي إن ...، داعيا
                uncoded = c.entity(speakerBefore(quotes, sentence.span().start(), m.span().start()));
            }
            shared = uncoded == null ? shared : List.of(uncoded);
        }
        // a dual verb (وحثتا، بحثا، يتبادلان) has no subject after it: its subject is the two actors the
        // sentence opened with, or the two parties of the last event; the actor after it is whom
        if (dual && shared.size() < 2) {
            List<At> opening = c.joined.openingSubjects(sStart, trigger);
            shared = opening.size() > 1 ? opening
                    : pair != null && Clause.isActor(pair[0]) && Clause.isActor(pair[1]) ? List.of(pair) : shared;
        }
        return shared;
    }

    /**
     * For a clause with no subject found beside the trigger: the agent of a verb after a masdar (قصف شنته قوات
     * ...), its nisba (غارة إسرائيلية), the source of the sentence's last event for a verb, the nearest actor
     * before it that no preposition governs, and for a masdar the actor after it (زيارة الرئيس) unless that is
     * whom it was done to (اعتقال الناشط); else null.
     */
    private At actorAround(Trigger t, CameoCode code, String frame, At after) {
        int sEnd = t.sEnd();
        boolean verb = t.verb();
        At source = null;
        if (!verb) {
            source = c.subjects.agentAfterVerb(t.end(), sEnd, AGENT_VERBS); // قصف شنته قوات ...
        }
        if (source == null && !verb && !"of".equals(frame)) {
            source = c.objects.nisbaAfter(t.end(), sEnd, 2); // غارة إسرائيلية، العقوبات الأمريكية
        }
        if (source == null && verb) {
            source = c.entity(out.lastSourceIn(t.sentence())); // انتقد X Y، ثم بحث معه: X did both
        }
        if (source == null) {
            source = c.before.subjectBefore(t.sStart(), t.start());
        }
        if (source == null && !verb && !PATIENT_ROOTS.contains(code.root())) {
            source = after; // زيارة الرئيس: the visitor; but اعتقال الناشط، اغتيال نائب: whom it was done to
        }
        return source;
    }
}
