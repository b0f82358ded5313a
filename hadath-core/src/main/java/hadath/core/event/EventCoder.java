package hadath.core.event;

import static hadath.core.event.SpeakerAndDate.*;
import static hadath.core.event.TriggerForm.*;

import hadath.core.entity.Entity;
import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex.At;
import hadath.core.event.ArgumentReader.Arguments;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.quote.Quote;
import hadath.core.sentence.Sentence;
import hadath.core.text.Document;
import hadath.core.time.TimeExpression;
import hadath.core.tokenize.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Codes events from the event patterns of the lexicon (event-patterns.tsv, CAMEO codes in cameo.tsv).
 * Pure and thread-safe.
 *
 * <p>A verb and its object split by the subject are one phrase (فرضت بريطانيا عقوبات، ووقع الجانبان ثماني
 * اتفاقيات). For each trigger in a sentence:
 * <ul>
 *   <li>not coded either: a masdar in a negated clause or after أي (لم تسجل أي خروقات); a trigger inside a name
 *       or that is an actor's mention (الأمم المتحدة، الطيران الحربي); a noun after its sentence's event with
 *       nobody it is done to (أبدى تفاؤله بقرب وقف الحرب);</li>
 *   <li>not coded: a negated trigger (لم، لن، لا، عدم ... right before it), anything a denial denies (نفى أن ...),
 *       a verb pattern written with the article (القاطع is no verb), a trigger after an appeal, intent, demand or
 *       threat in its sentence (it is what they ask), a masdar that only sets the scene (خلال الزيارة، على هامش
 *       القمة, a statement في مؤتمر صحفي) unless a relative clause asserts it (اللقاء الذي جمعهما), and a masdar
 *       restating an event its sentence already coded for the same source (وصل ... في زيارة رسمية) or one the
 *       article told before (الزيارة، هذه الرسالة); a toll (أسفرت عن مقتل ستة، قتل 18 فلسطينيا); a relative verb
 *       describing the event just coded (غارة استهدفت منزلا); a reason (احتجاجا على) or purpose (لبحث) of the
 *       sentence's event; a weapon with ب after an attack (بصاروخ موجه), its means; an event with neither
 *       actor; what a condemnation or rejection judges (أدان الاعتداء); a word flagged common-word
 *       read in its ordinary sense (فجر اليوم، تصل إلى 8 غيغاواط، مقاطعة فوجيان); a verb form with a preposition
 *       or article on it (بطعن، القاطع);</li>
 *   <li>source: the speaker when the trigger is inside a quotation (a threat in a quote is the speaker's);
 *       else an actor right before it (السيسي يستقبل ...); else, for a verb, the actor named right after it,
 *       past a title; else the nearest actor before it that no preposition governs; else, for a masdar, the
 *       actor after it (زيارة قاليباف) or the nisba after it (غارة إسرائيلية); else the article's current
 *       subject (Arabic drops the subject). Actors joined by و after the verb are sources each (دعت مصر
 *       والسعودية ...); a dual (الجانبان، الرئيسان، بين الجانبين) is the pair of the last event with two
 *       actors, coded both ways. A reported clause with a pronoun subject is the reporter's (أعلن الحوثيون أنهم
 *       استهدفوا، إن مقاتليه استهدفوا); a dual or plural verb joined by و goes on with all the subjects of the
 *       sentence's last event (وطالبتا), and so does a singular verb with و after a comma (ورحب ترامب بالخطوة،
 *       ودعا الرياض) or a verb after لكنه، إلا أنه; a first person verb (سنقصف) is the speaker's, and the actor
 *       after it is whom;</li>
 *   <li>target: as the pattern says — the actor after its preposition (إلى، مع، على، ضد ...) or its object —
 *       or a nisba right after the trigger (رفضها للخطة الإسرائيلية), or a pronoun on a preposition (بحث معه)
 *       for the other actor of the last event; actors joined by و each a target of their own; actors joined
 *       as the subject of a mutual act (consult, sign an agreement, cooperate) each other's, both ways; for a
 *       consultation without one, the other actor of the sentence (after الذي جمعهما: the nearest before it);
 *       a pattern framed {@code by:من>إلى} takes its source after من and its target after إلى; a dual object
 *       (دعت تيتيه الطرفين) both parties of the last event; a response (05, 11, 12) to an act told before
 *       (رحب بالخطوة، أدان الهجوم) whoever took it, for an attack whoever attacked;</li>
 *   <li>a rejection of someone's positions or conduct (رفض لمواقف، لسياسات) is a criticism (111), not 12;
 *       sanctions, repression or force in the future tense (سنعتقل، ستفرض) are threats (131, 137, 138);</li>
 *   <li>a visit to a place (042/043) targets the place's country and is located there, and the events of its
 *       sentence without a place of their own share it;</li>
 *   <li>date: the nearest resolved time of the sentence, else null; location: a place after في in it;</li>
 *   <li>the same (source, code, target, date) twice in the article is one event.</li>
 * </ul>
 * Confidence: 0.8 with a named source, 0.6 with a dropped one, halved after a word of intent (يعتزم، قد).
 *
 * <p>Before the pass, {@link SplitPhrases} puts the phrases a subject splits among the triggers. The pass reads
 * the triggers in text order, each in named steps: {@code read} gives its {@link Trigger} (pattern, code,
 * sentence, how it is said), or none when negated or inside a name; {@link TriggerScreen} drops what is no
 * event of its own; {@code codeAsSaid} makes coercion in the future a threat; {@link ArgumentReader} finds its
 * sources and targets, asking {@link SubjectReader} who did it; {@code addsNothing} drops what restates an
 * event coded before; {@code emit} records one event per source and target, dated by {@link SpeakerAndDate}.
 * The screen and the readers carry what one trigger tells the next, so they live for one call.
 */
public final class EventCoder {

    /** Words of intent or likelihood (يعتزم، سوف): an act only intended or likely is coded at half confidence. */
    private static final Set<String> MODALS = KeyNormalizer.keys("يعتزم", "تعتزم", "ينوي", "تنوي", "سوف", "يرجح",
            "يحتمل");
    /** قد: "may" before a present (قد يفرض), but "has" before a past (وكانت قد استدعت), a done act. */
    private static final Set<String> MAY = KeyNormalizer.keys("قد");
    /**
     * وصف X بأنه ...: the press reports a description when it judges, mostly in blame (the lexicon codes it 111);
     * with a word of praise in it (بناءة، تاريخية، الشريك الموثوق) it is praise.
     */
    private static final String DESCRIBE = KeyNormalizer.key("وصف");
    private static final String PRAISE = "051";
    private static final Set<String> PRAISES = KeyNormalizer.keys("إيجابية", "إيجابي", "إيجابيا", "بناءة", "بناء",
            "مثمرة", "مثمر", "ممتازة", "ممتاز", "متميزة", "متميز", "تاريخية", "تاريخي", "ناجحة", "ناجح", "جيدة",
            "جيد", "مهمة", "هامة", "شجاعة", "شجاع", "حكيمة", "حكيم", "صادقة", "صادق", "موثوق", "الموثوق", "شريك",
            "الشريك", "شريكا", "صديق", "الصديق", "صديقة", "الشقيق", "الشقيقة", "نموذجية", "رائدة", "مشرفة");

    /** Objects of a rejection that make it a criticism: positions, policies, statements, conduct. */
    private static final Set<String> STANCES = KeyNormalizer.keys("مواقف", "موقف", "سياسات", "سياسة", "تصريحات",
            "ممارسات", "تدخلات", "تدخل", "انتهاكات", "اعتداءات", "إجراءات", "اتهامات", "ادعاءات", "مزاعم");
    private static final String CRITICIZE = "111";
    /** Roots whose nouns in a quotation describe rather than act: cooperation, praise, aid, concessions. */
    private static final Set<String> QUOTED_DESCRIPTIONS = Set.of("05", "06", "07", "08");
    /** An assault of no stated means (هاجم، هجوم), which in political news is as often an attack in words. */
    private static final String ASSAULT = "190";
    /** Coercion and force (16–20) in the future tense are threats of them (CAMEO 13): sanctions, repression, force. */
    private static final java.util.Map<String, String> THREAT_OF = java.util.Map.of("16", "131", "17", "137",
            "18", "138", "19", "138", "20", "138");
    /**
     * Roots whose acts need nobody on the other side: statements (01), protests with no body named (14) and
     * shows of force (15). Every other code is an act on someone; with nobody found it is not reported, since
     * a dyad without its second actor is what the reader missed, not an event (the gold has 22 one-sided
     * events in 1,130, all of these roots).
     */
    private static final Set<String> ONE_SIDED_ROOTS = Set.of("01", "14", "15");
    /** The targets of an act done to nobody found: one event with no target. */
    private static final List<At> NOBODY = java.util.Collections.singletonList(null);

    private final CameoCodes cameo;
    private final TokenMatcher matcher;
    /** Keys of the forms of the verb patterns. */
    private final Set<String> verbForms;
    /** Key of the first word of each event pattern's canonical form: a verb's past (طالب، التقى). */
    private final java.util.Map<LexiconEntry, String> pastKeys = new java.util.IdentityHashMap<>();
    /** Keys of the first words of the first person plural forms the lexicon generates (نقصف، نفرض). */
    private final Set<String> firstPersonForms;
    /** Keys of the verbs of the prayer after a ruler's name (حفظه الله ورعاه): the function words of kind formula. */
    private final Set<String> prayers;

    public EventCoder(Lexicon lexicon) {
        this.cameo = new CameoCodes(lexicon);
        this.matcher = lexicon.matcher();
        this.verbForms = lexicon.eventVerbKeys();
        Set<String> we = new java.util.HashSet<>();
        for (LexiconEntry e : lexicon.entriesOf(EntryKind.EVENT_PATTERN)) {
            pastKeys.put(e, KeyNormalizer.key(e.forms().get(0).strip().split("\\s+", 2)[0]));
            Set<String> firstWords = new java.util.HashSet<>();
            e.forms().forEach(f -> firstWords.add(KeyNormalizer.key(f.split(" ", 2)[0])));
            for (String w : firstWords) {
                if (w.startsWith("ن") && firstWords.contains("ي" + w.substring(1))) {
                    we.add(w);
                }
            }
        }
        this.firstPersonForms = Set.copyOf(we);
        this.prayers = lexicon.entriesOf(EntryKind.FUNCTION_WORD).stream()
                .filter(e -> "formula".equals(e.attribute("kind"))).flatMap(e -> e.forms().stream())
                .map(KeyNormalizer::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether a phrase starts with a form of a verb pattern (تتوعد بالرد، أعلن الحداد): it is said as a verb. */
    private boolean verbal(LexiconMatch m) {
        return verbForms.contains(m.candidate().key());
    }

    /**
     * @param matches  the lexicon's names, roles and nisbas, non-overlapping
     * @param triggers the event patterns' matches, non-overlapping, in text order
     */
    public List<Event> code(Document doc, List<Token> tokens, List<Sentence> sentences, List<LexiconMatch> matches,
                            List<LexiconMatch> triggers, List<Entity> entities, List<TimeExpression> times,
                            List<Quote> quotes) {
        if (cameo.size() == 0) {
            return List.of();
        }
        Clause c = new Clause(tokens, sentences, matches, entities, matcher, prayers);
        // looked up by binary search: a 5 MB article has thousands of triggers, times and quotes
        times = sortedByStart(times, TimeExpression::span);
        quotes = sortedByStart(quotes, Quote::span);
        boolean[] timeToken = SplitPhrases.timeTokens(tokens, times);
        SplitPhrases split = SplitPhrases.find(c, sentences, timeToken, matcher);
        triggers = split.in(triggers);
        Coded out = new Coded(doc);
        // the screen, the subject reader and the argument reader carry what one trigger tells the next ones
        TriggerScreen screen = new TriggerScreen(c, triggers, sentences.size(), times, out, pastKeys);
        SubjectReader subjects = new SubjectReader(c, quotes, out, firstPersonForms, pastKeys);
        ArgumentReader arguments = new ArgumentReader(c, out, split, subjects);
        for (LexiconMatch match : triggers) {
            Trigger t = read(match, c, sentences, split);
            if (t == null) {
                continue;
            }
            subjects.enter(t.sentence());
            At uncodedSubject = null; // the subject of a verb before this one that was coded as no event
            if (screen.denied(t)) {
                if (!screen.endsDenial(t)) {
                    continue; // what a denial denies is no event
                }
                uncodedSubject = screen.closeDenial(); // ونفت أن تكون قلصت الإمدادات، وطالبت بغداد
            }
            if (screen.opensDenial(t) || screen.isContentOfAnother(t) || screen.approvesAnAct(t)) {
                continue; // an approval opens no scope: the act approved is the event
            }
            screen.openScopes(t); // after the tests above: a trigger is never its own content
            if (screen.isSceneOrToll(t) || screen.ordinarySense(t) || quotedNoun(t, quotes)) {
                continue;
            }
            At beside = c.before.adjacentBefore(t.sStart(), t.start());
            At after = t.split() ? c.subjects.subjectAfter(t.start() + 1, t.end())
                    : c.subjects.subjectAfter(t.end(), t.sEnd());
            if (t.verb() && !t.split()) {
                // وصل إلى العاصمة الجزائرية أمس وفد من الاتحاد الأوروبي: the destination first, then the subject
                At past = c.subjects.subjectPastDestination(t.end(), t.sEnd(), t.pattern().attribute("target"),
                        timeToken);
                after = past != null ? past : after;
            }
            At inside = t.split() ? after : null; // the actor a split phrase holds (منح مصر قرضا)
            screen.judgePastSubject(t, after);
            if (screen.isPartOfCodedAct(t, beside, after) || screen.presentOfViolence(t)) {
                continue;
            }
            CameoCode code = codeAsSaid(t, tokens);
            Arguments found = arguments.read(t, code, beside, after, inside, uncodedSubject, screen.victims());
            if (found == null) {
                continue;
            }
            if (addsNothing(t, code, found, out, tokens)) {
                continue;
            }
            code = inWords(t, code, found.sources().get(0));
            TimeExpression time = nearestTime(times, tokens, t.sentence(), t.start());
            double confidence = (found.named() ? 0.8 : 0.6)
                    * (within(tokens, c.sentenceOf, t.start(), 2, MODALS) || maybe(c, t) ? 0.5 : 1);
            emit(c, out, t, code, found, time, confidence);
        }
        // the actor on itself (وزير الخارجية السعودي and ولي العهد, both SAUGOV): CAMEO codes no such event and
        // GDELT drops it; dropped last, so the reading of what follows still saw it
        // and an act on nobody found is dropped last too: the events before it still read what it told
        return out.events().stream().filter(e -> !c.sameCode(e.source(), e.target()))
                .filter(EventCoder::reportable).toList();
    }

    /**
     * Whether a trigger with its arguments found still tells nothing new: a noun done to nobody after its
     * sentence's event, a noun restating an event already coded, a toll with nobody who killed.
     */
    private static boolean addsNothing(Trigger t, CameoCode code, Arguments found, Coded out, List<Token> tokens) {
        At source = found.sources().get(0);
        if (found.targets().isEmpty() && t.nominal() && out.has(t.sentence())) {
            // وأبدى تفاؤله بقرب وقف الحرب: a noun after the sentence's event, done to nobody, is part of it
            return true;
        }
        if (!t.verb() && (out.restates(t.sentence(), code, source) || (definite(tokens, t.match())
                && !followedBy(tokens, t.end(), t.sEnd(), RELATIVES, 2) && out.refersBack(code)))) {
            return true; // وصل ... في زيارة رسمية; الزيارة التي ...: the visit already coded
        }
        return source == null && t.pattern().has(Flags.TOLL); // أعلن الإسعاف مقتل ثمانية أشخاص: nobody killed
    }

    /**
     * Whether the trigger is a noun of cooperation, aid or concession (05–08) inside a direct quotation («أول
     * اعتراف رسمي بأن أموال المودعين حق»، "تذهب إلى تمويل الحرس الثوري"، "شريكا موثوقا لأوروبا"): words the
     * speaker chose to describe a thing or a tie, not an act of theirs, and read as one they also became the
     * pair a later dual (البلدان، الطرفين) stands for. Quoted nouns of threat and force («تشديد العقوبات»،
     * "استهداف السفن") stay the speaker's threats, as the gold codes them; quoted verbs stay acts.
     */
    private static boolean quotedNoun(Trigger t, List<Quote> quotes) {
        return t.nominal() && QUOTED_DESCRIPTIONS.contains(t.code().root())
                && inDirectQuote(quotes, t.match().span());
    }

    /** The code of an assault said as a verb by a person (هاجم وزير الخارجية مدريد): an attack in words. */
    private CameoCode inWords(Trigger t, CameoCode code, At source) {
        if (t.verb() && code.code().equals(ASSAULT) && source != null && source.type() == EntityType.PERSON) {
            return cameo.get(CRITICIZE).orElse(code);
        }
        return code;
    }

    /**
     * Records the trigger's event for each source and target: a place as a source stands for its state, a
     * place as a target is where a visit is and stands for its state, and a body acting on its own state acts
     * on nobody. {@code bothWays}: each target did it to the source too.
     */
    private static void emit(Clause c, Coded out, Trigger t, CameoCode code, Arguments found, TimeExpression time,
                             double confidence) {
        LexiconMatch m = t.match();
        Sentence sentence = t.sentence();
        // done to nobody found: still recorded, since what follows reads it; dropped last (reportable)
        List<At> targets = found.targets().isEmpty() ? NOBODY : found.targets();
        String locative = c.objects.placeAfterLocative(sentence);
        for (At source : found.sources()) {
            At sourceState = source != null && source.type() == EntityType.PLACE
                    ? c.country(source.country()) : null;
            if (sourceState != null) {
                source = sourceState; // وأعربت القاهرة وأنقرة: the second capital is a state too
            }
            for (At target : targets) {
                String location = locative;
                At whom = target;
                if (whom != null && whom.type() == EntityType.PLACE) {
                    if (code.root().equals("04")) {
                        location = whom.entity();
                    }
                    // the state where the place is, when the article names it; else, for an act done to a
                    // place, the place, which stands for its state (قصف على خان يونس: the second actor is PSE)
                    At state = c.country(whom.country());
                    whom = state != null || !ArgumentReader.PLACE_ROOTS.contains(code.root()) || source == null
                            ? state : whom; // a place alone is nobody: زيارة إلى طهران مرتقبة
                }
                if (source != null && whom != null && c.ownState(source.entity(), whom.entity())) {
                    // رفضت الحكومة الإسرائيلية المقترح ... أمن إسرائيل: a body and its own state are one side;
                    // what it does is to somebody else (the gold has one such pair in 1,130 events)
                    if (targets.size() > 1) {
                        continue;
                    }
                    whom = null;
                }
                out.add(code, source, whom, time, location, m, sentence, confidence);
                if (found.bothWays()) {
                    out.add(code, whom, source, time, location, m, sentence, confidence);
                }
            }
        }
    }

    /**
     * The trigger as read, or null when it codes nothing: no event pattern for its reading, no CAMEO code, a
     * negation right before it, a verb's row with an article on it, or a word inside a name.
     */
    private Trigger read(LexiconMatch m, Clause c, List<Sentence> sentences, SplitPhrases split) {
        List<Token> tokens = c.tokens;
        int trigger = m.tokens().start();
        // لن نتردد في، لن يرضخ: after لن or لا some phrases are a threat or a refusal; elsewhere the same
        // words keep their plain reading, and a negation takes the event away
        LexiconEntry pattern = within(tokens, c.sentenceOf, trigger, 1, FUTURE_NEGATIONS)
                ? Trigger.patternOf(m, true) : null;
        boolean negated = pattern != null;
        if (!negated) {
            pattern = Trigger.patternOf(m);
        }
        if (pattern == null) {
            return null;
        }
        boolean verbRow = "verb".equals(pattern.attribute("form"));
        CameoCode code = cameo.get(pattern.attribute("cameo")).orElse(null);
        if (code == null || !negated && negatedBefore(tokens, c.sentenceOf, trigger, 2)
                || verbWithArticle(pattern, m, tokens)
                || c.insideName(trigger, m.tokens().end())) {
            return null;
        }
        Sentence sentence = sentences.get(c.sentenceOf[trigger]);
        // a phrase opening with a future (سترد على أي اعتداء) is a verb, whatever its row
        boolean futureTense = future(tokens, m, sentence.tokens().start());
        boolean inSplit = split.contains(m);
        return new Trigger(m, pattern, code, sentence, inSplit, verbRow, futureTense,
                verbRow || inSplit || futureTense, verbal(m));
    }

    /**
     * The trigger's code as said: coercion or force in the future tense is a threat of it ("سنعتقل كل من يحرض"،
     * ستفرض عقوبات), and a rejection of someone's positions or conduct (رفض لمواقف) is a criticism.
     */
    private CameoCode codeAsSaid(Trigger t, List<Token> tokens) {
        CameoCode code = t.code();
        String threat = THREAT_OF.get(code.root());
        if (threat != null && (t.futureTense() || !t.verb() && goesOnInFuture(tokens, t.start(), t.sStart()))) {
            code = cameo.get(threat).orElse(code); // "سنعتقل كل من يحرض"، ستفرض عقوبات: coercion announced is a threat
        }
        if (code.root().equals("12") && followedBy(tokens, t.end(), t.sEnd(), STANCES, 2)) {
            code = cameo.get(CRITICIZE).orElse(code);
        }
        if (DESCRIBE.equals(pastKeys.get(t.pattern())) && followedBy(tokens, t.end(), t.sEnd(), PRAISES,
                t.sEnd() - t.end())) {
            code = cameo.get(PRAISE).orElse(code); // وصف المحادثات بأنها "بناءة": a description in praise
        }
        return code;
    }

    /** Whether قد before the trigger says "may": before anything but a verb in the past. */
    private boolean maybe(Clause c, Trigger t) {
        if (!within(c.tokens, c.sentenceOf, t.start(), 2, MAY)) {
            return false;
        }
        String past = pastKeys.get(t.pattern());
        return !t.verb() || past == null || TriggerForm.present(t.match().candidate().key(), past);
    }

    /**
     * Whether an event is a record of its own: an act by someone on someone, or by someone one of the acts that
     * need nobody on the other side, or a visit or meeting whose place is known (وصل بوتين إلى مدينة ...)
     * though its host is not.
     */
    private static boolean reportable(Event e) {
        String root = e.cameo().substring(0, 2);
        if (e.source() == null) {
            return false; // اغتيال نائب عراقي: an act with nobody who did it is a toll, not who did what (the
                          // gold has one such event in 1,130, and CONVENTIONS leaves agentless acts uncoded)
        }
        return e.target() != null || ONE_SIDED_ROOTS.contains(root) || (root.equals("04") && e.location() != null);
    }

    static LocalDate dateOf(String value) {
        if (value == null || value.length() < 10 || !value.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        return LocalDate.parse(value.substring(0, 10));
    }
}
