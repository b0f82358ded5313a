package hadath.core.event;

import static hadath.core.event.TriggerForm.*;

import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex.At;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.sentence.Sentence;
import hadath.core.time.TimeExpression;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which triggers of a document are events of their own, before and after the actors beside them are
 * read: not what a denial denies, nor what an appeal, demand, intent or threat asks for, nor what a condemnation
 * judges, nor a topic, a charge, the scene, a toll, the means or purpose of an act just coded, nor a word read in
 * its ordinary sense. The triggers are screened in text order, and what one opens (a denial, an appeal, a
 * judgement) reaches the next ones, so a screen lives for one call of the coder; not shared.
 */
final class TriggerScreen {

    /**
     * Appeals (02), intents (03), demands (10), threats (13): a later trigger in their sentence is what they ask;
     * accusations and criticism (11): what they charge (اتهمت واشنطن طهران بمواصلة تسليح الجماعة).
     */
    private static final Set<String> GOVERNING_ROOTS = Set.of("02", "03", "10", "11", "13");
    /** Disapproval (11) and rejection (12): a masdar right after them is what they judge. */
    private static final Set<String> JUDGING_ROOTS = Set.of("11", "12");
    /** How far what an appeal or threat asks for reaches: دعت منظمات حقوقية دولية السلطات التونسية إلى الإفراج. */
    private static final int GOVERNED_REACH = 10;
    /** Assaults, fighting and mass violence: told in the past when they happened. */
    static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /** Words that introduce a charge or pretext (بتهمة، بدعوى، بذريعة، شبهات), under the clitics they take. */
    private static final Set<String> CHARGES = KeyNormalizer.keys("تهمة", "بتهمة", "بتهم", "تهم", "بتهمتي", "بدعوى",
            "بذريعة", "ذريعة", "بحجة", "شبهة", "بشبهة", "شبهات", "بشبهات");
    /** وافق: approving, which with an act of material help or agreement as its object is that act. */
    private static final String APPROVE = KeyNormalizer.key("وافق");
    private static final String ON = KeyNormalizer.key("على");
    private static final String FROM = KeyNormalizer.key("من");
    /** After من, what an elative compares with (أبعد من ذلك، أكثر من هذا): no act is done to a demonstrative. */
    private static final Set<String> DEMONSTRATIVES = KeyNormalizer.keys("ذلك", "هذا", "هذه", "تلك");
    /**
     * What a situation or an act is said to endanger (يهدد استقرار المنطقة، تهدد حياة المدنيين، يهدد عملية السلام):
     * after a verb of threatening, "to endanger", said of things, not a threat anyone makes.
     */
    private static final Set<String> ENDANGERED = KeyNormalizer.keys("استقرار", "أمن", "سلامة", "حياة", "أرواح",
            "مستقبل", "وحدة", "سلم", "سلام", "مصير", "جهود", "عملية", "اقتصاد", "أمان", "تماسك", "بقاء");
    /** Cooperation, aid and concessions (05–08): approved by who gives them, they are given (وافق على صرف شريحة). */
    private static final Set<String> MATERIAL_ROOTS = Set.of("05", "06", "07", "08");

    private final Clause c;
    private final List<Token> tokens;
    private final List<TimeExpression> times;
    private final Coded out;
    /** Key of the first word of each event pattern's canonical form: a verb's past (طالب، التقى). */
    private final Map<LexiconEntry, String> pastKeys;
    /** Per sentence, the first token of its last trigger of force that tells no toll; -1 if none. */
    private final int[] lastForce;
    /** The document's triggers, in text order: what an approval approves is looked up among them. */
    private final List<LexiconMatch> triggers;

    /** The token before which a later trigger is what an appeal, demand, intent or threat asks for; -1: none. */
    private int governedUntil = -1;
    /** The token before which a noun is what a condemnation or rejection judges; -1: none. */
    private int judgedUntil = -1;
    /** The first token of the denial (نفى أن ...) whose sentence's later triggers it denies; MAX_VALUE: none. */
    private int deniedFrom = Integer.MAX_VALUE;
    /** Who denied: the verb that ends the denial goes on with them. */
    private At denier = null;
    /** Whom the last toll skipped named as killed or wounded. */
    private At victims = null;

    /**
     * @param triggers the document's triggers, split phrases in place, in text order
     * @param times    its time expressions, sorted by start
     */
    TriggerScreen(Clause c, List<LexiconMatch> triggers, int sentences, List<TimeExpression> times, Coded out,
                  Map<LexiconEntry, String> pastKeys) {
        this.c = c;
        this.tokens = c.tokens;
        this.times = times;
        this.out = out;
        this.pastKeys = pastKeys;
        this.lastForce = lastForce(triggers, c, sentences);
        this.triggers = triggers;
    }

    /**
     * Whether the trigger is the approval of an act of cooperation, aid or concession by who does it (وافق صندوق
     * النقد الدولي على صرف شريحة لأوكرانيا، وافقت الخارجية الأمريكية على صفقة لبيع تايوان صواريخ): the act is
     * the event, coded from its own phrase, not an intent (030).
     */
    boolean approvesAnAct(Trigger t) {
        if (!t.verbRow() || !APPROVE.equals(pastKeys.get(t.pattern()))) {
            return false;
        }
        for (int i = t.end(); i + 1 < t.sEnd() && i < t.end() + 10; i++) {
            if (tokens.get(i).isComma()) {
                return false;
            }
            if (tokens.get(i).key().equals(ON)) {
                String code = cameoAt(i + 1);
                return code != null && MATERIAL_ROOTS.contains(code.substring(0, 2));
            }
        }
        return false;
    }

    /** Whom the last toll skipped named as killed or wounded (قتل ثلاثة جنود إسرائيليين), or null. */
    At victims() {
        return victims;
    }

    /** Whether the trigger is in the sentence of a denial, after it (نفى أن يكون ...). */
    boolean denied(Trigger t) {
        return deniedFrom < t.start() && c.sentenceOf[deniedFrom] == t.sentence().index();
    }

    /**
     * Whether a trigger after a denial ends it: a verb's row after a comma and و (ونفت أن تكون قلصت الإمدادات،
     * وطالبت بغداد) or a phrase split by its verb's subject or object (، وطالبت إسرائيل بالانسحاب). Anything
     * else there is what is denied, and no event.
     */
    boolean endsDenial(Trigger t) {
        return afterComma(tokens, t.start(), t.sStart()) && coordinated(tokens, t.match())
                && (t.verbRow() || t.split());
    }

    /** Ends the denial and returns who denied: the verb that ends it goes on with them. */
    At closeDenial() {
        deniedFrom = Integer.MAX_VALUE;
        return denier;
    }

    /**
     * Whether the trigger is a denial of a report (نفى أن يكون ...): no event itself, and what it denies is none.
     * Opens the denial and remembers who denied.
     */
    boolean opensDenial(Trigger t) {
        if (t.code().code().equals("016") && followedBy(tokens, t.end(), t.sEnd(), Clause.THAT, 4)) {
            deniedFrom = t.start();
            denier = c.subjects.subjectAfter(t.end(), t.sEnd());
            return true;
        }
        return false;
    }

    /**
     * Whether the trigger is the content of another word: a noun negated or after أي, what an appeal or threat
     * asks for, the topic of a question, a charge, or what a condemnation judges.
     */
    boolean isContentOfAnother(Trigger t) {
        int trigger = t.start();
        int sStart = t.sStart();
        if (t.nominal() && (negatedClause(tokens, sStart, trigger) || tokens.get(Math.max(sStart, trigger - 1)).key()
                .equals(ANY))) {
            return true; // لم تسجل أي خروقات، أي هجوم على ...: no event, or none in particular
        }
        if (askedFor(t)) {
            return true;
        }
        if (t.nominal() && topic(tokens, t.match(), sStart)) {
            return true; // وردا على سؤال بشأن الغارات الإسرائيلية: what a question or a talk is about
        }
        if (!t.verb() && within(tokens, c.sentenceOf, trigger, 2, CHARGES)) {
            return true; // بتهمة ارتكاب انتهاكات، بدعوى انتهاك القرار: what someone is charged with is no event here
        }
        // أدان الاعتداء، ترفض أي هجوم: what is condemned or rejected is its object, coded where it is told
        return !t.verb() && trigger < judgedUntil;
    }

    /**
     * Whether the trigger is what an appeal, demand, intent or threat before it asks for: its content, not an
     * event of its own. The next verb after a comma and و, or that opens a clause, ends what was asked.
     */
    private boolean askedFor(Trigger t) {
        int trigger = t.start();
        int sStart = t.sStart();
        LexiconMatch m = t.match();
        if (trigger < governedUntil && (afterComma(tokens, trigger, sStart) && coordinated(tokens, m)
                && (t.verbRow() || t.verbal()) || t.verbRow() && opensClause(tokens, trigger, sStart)
                || trigger > sStart && relativeMa(tokens, c.sentenceOf, trigger - 1))) {
            governedUntil = -1; // طالبت إيران بالإفراج عن الناقلة، واستدعت ...: the next verb is not what was asked
        }
        if (trigger < governedUntil && !GOVERNING_ROOTS.contains(t.code().root())) {
            // دعت إلى هدنة فورية واستئناف المفاوضات: what is asked for goes on through the next و
            governedUntil = Math.max(governedUntil, Math.min(t.sEnd(), m.tokens().end() + 3));
            return true;
        }
        return false;
    }

    /** Opens what the trigger governs (an appeal, demand, threat, accusation) or judges (a condemnation). */
    void openScopes(Trigger t) {
        String root = t.code().root();
        if (GOVERNING_ROOTS.contains(root) && (t.verb() || !root.equals("03"))) {
            governedUntil = Math.min(t.sEnd(), t.end() + GOVERNED_REACH);
        }
        if (JUDGING_ROOTS.contains(root)) {
            judgedUntil = Math.min(t.sEnd(), t.end() + 3);
        }
    }

    /** The CAMEO code of the first trigger starting at token {@code i} that has one, else null. */
    private String cameoAt(int i) {
        for (int k = LexiconMatch.firstStartingAt(triggers, i); k < triggers.size()
                && triggers.get(k).tokens().start() == i; k++) {
            LexiconEntry pattern = Trigger.patternOf(triggers.get(k));
            if (pattern != null && pattern.attribute("cameo") != null) {
                return pattern.attribute("cameo");
            }
        }
        return null;
    }

    /**
     * Whether a noun sets the scene of something else (خلال الزيارة، في مؤتمر صحفي) or tells the toll of an event
     * (أسفرت عن مقتل ستة); a toll gives its victims to the attacks of its sentence.
     */
    boolean isSceneOrToll(Trigger t) {
        if (!t.verb() && setsTheScene(tokens, t.match(), t.code(), t.sStart(), t.sEnd())) {
            return true;
        }
        if (!t.verb() && consequence(tokens, t.start(), t.sStart())) {
            victims = tollVictims(t);
            return true; // أسفرت عن مقتل ستة: the toll of an event, not another one
        }
        return false;
    }

    /**
     * Whether a word that is also an ordinary word (the pattern is flagged common-word) is read in its ordinary
     * sense: a number right after it or after its preposition (قتل 18 = were killed; تصل إلى 8 غيغاواط = amounts
     * to), a time right after it (فجر اليوم = at dawn), a place right after a masdar (مقاطعة فوجيان = province),
     * or من and a demonstrative (أبعد من ذلك = further than that). A verb of threatening before what is endangered
     * (يهدد استقرار المنطقة) is read so whatever its flags.
     */
    boolean ordinarySense(Trigger t) {
        int object = t.match().tokens().end();
        if (t.verb() && t.code().root().equals(ArgumentReader.THREATEN_ROOT) && object < t.sEnd()
                && endangered(tokens.get(object))) {
            return true; // مؤكدة أن هذه الاعتداءات تهدد أمن الملاحة: endangers, no threat
        }
        if (!t.pattern().has(Flags.COMMON_WORD)) {
            return false;
        }
        LexiconMatch m = t.match();
        int sEnd = t.sEnd();
        int next = m.tokens().end();
        if (next >= sEnd) {
            return false;
        }
        Token after = tokens.get(next);
        if (after.kind() == TokenKind.NUMBER || (next + 1 < sEnd && tokens.get(next + 1).kind() == TokenKind.NUMBER
                && after.key().length() <= 3)) {
            return true;
        }
        if (after.key().equals(FROM) && next + 1 < sEnd && DEMONSTRATIVES.contains(tokens.get(next + 1).key())) {
            return true; // ذهب أبعد من ذلك: "further than that", a comparison, not أبعد (expelled)
        }
        for (TimeExpression time : times) {
            if (time.span().start() == after.span().start() || time.span().contains(m.span())) {
                return true;
            }
        }
        At a = c.actorAt[next];
        if (t.code().root().equals("04") && "ب".equals(t.pattern().attribute("target")) && a == null
                && after.key().startsWith("بال")) {
            return true; // رسالة تتصل بالعلاقات الأخوية: "pertains to" a thing; a call is made to someone
        }
        return a != null && a.type() == EntityType.PLACE && !after.key().startsWith("و")
                && !"verb".equals(Trigger.patternOf(m).attribute("form"));
    }

    /** A direct object of what is endangered, bare or with the article: يهدد بعملية is a threat "with" one. */
    private static boolean endangered(Token object) {
        var c = object.candidateIn(ENDANGERED);
        return c != null && (c.prefix() == 0 || c.prefix() == 2 && object.key().startsWith("ال"));
    }

    /**
     * What a condemnation's verb judges comes after its subject (وأدانت بعثة الأمم المتحدة لمساعدة العراق "يونامي"
     * الهجوم): with its subject {@code after} right after it, the judged reaches past the subject's name.
     */
    void judgePastSubject(Trigger t, At after) {
        if (JUDGING_ROOTS.contains(t.code().root()) && t.verb() && after != null && after.start() == t.end()) {
            int sEnd = t.sEnd();
            int end = after.end();
            while (end < sEnd && (tokens.get(end).kind() == TokenKind.QUOTE
                    || (c.actorAt[end] != null && c.actorAt[end].entity().equals(after.entity())))) {
                end = c.actorAt[end] != null ? c.actorAt[end].end() : end + 1; // its name again, in quotes
            }
            judgedUntil = Math.min(sEnd, Math.max(judgedUntil, end + 3));
        }
    }

    /**
     * Whether the trigger tells more of the act its sentence just coded rather than an act of its own: a
     * relative verb describing it, its toll, talk as its purpose or topic, its means, object or setting, its
     * purpose; {@code beside} and {@code after} are the actors right before and after the trigger.
     */
    boolean isPartOfCodedAct(Trigger t, At beside, At after) {
        LexiconMatch m = t.match();
        Sentence sentence = t.sentence();
        int trigger = t.start();
        int sStart = t.sStart();
        if (t.verb() && out.endsJustBefore(sentence, m.span().start()) && beside == null && after == null) {
            return true; // غارة إسرائيلية استهدفت منزلا: the relative verb describes the event just coded
        }
        if (t.pattern().has(Flags.TOLL) && (out.hasForce(sentence) || lastForce[sentence.index()] > trigger)) {
            // هاجمت قوات الدعم السريع المخيم، وقتلت أكثر من 200 مدني؛ قتل مسلحون 150 قرويا في مذبحة: the toll
            victims = tollVictims(t);
            return true;
        }
        if (out.has(sentence) && !t.verb() && t.code().quadClass() == 1 && afterPreposition(tokens, m, sStart)) {
            // منفتحة على أي مبادرة للحوار مع كييف: talk named as the purpose or topic of the sentence's
            // statement, even one with nobody on the other side, is no act of its own
            return true;
        }
        if (!t.verb() && instrument(tokens, m) && out.hasForce(sentence)) {
            return true; // استهدفوا موقعا بصاروخ موجه، فرقتهم بالغاز: the means of the attack just coded
        }
        if (t.nominal() && m.candidate().suffix() == 0 && out.hasAct(sentence)
                && !followedBy(tokens, m.tokens().end(), t.sEnd(), RELATIVES, 2)
                && !(afterComma(tokens, trigger, sStart) && participle(firstWord(m)))) {
            // استدعت سفيرها للتشاور، أطلقت الرصاص الحي لتفريق المحتجين، هاجم المخيم بطائرات مسيّرة: a noun
            // after the sentence's act (by someone on someone) names its purpose, means, object or setting,
            // not an act of its own; a noun with its own pronoun (كان في استقباله) or its own clause (اللقاء
            // الذي جمعهما) has its own actors and stays, and so does a participle after a comma (، متهمة إياها
            // بـ، معلنا تعزيز الدفاعات), the next act of the sentence's subject
            return true;
        }
        return out.has(sentence) && purpose(tokens, m); // وصل إلى طهران لبحث العلاقات: the visit's purpose
    }

    /**
     * Whether a verb of violence is in the present after the headline (هجوم يستهدف قواتها، عملياتها تستهدف
     * الإرهابيين): a body tells attacks in the past; its present describes what something is for, not an attack
     * (a headline's present is one).
     */
    boolean presentOfViolence(Trigger t) {
        return VIOLENT_ROOTS.contains(t.code().root()) && t.sentence().index() > 0 && t.verbRow()
                && present(t.match().candidate().key(), pastKeys.get(t.pattern())) && !t.futureTense();
    }

    /**
     * The people a toll names (مقتل ستة مدنيين، قتل ثلاثة جنود إسرائيليين), given to the attacks of its sentence
     * coded with nobody struck; null when it names no actor.
     */
    private At tollVictims(Trigger t) {
        int sEnd = t.sEnd();
        int from = t.end();
        // counted: مقتل ستة مدنيين، قتل ثلاثة جنود؛ قتل مسلحون 150 قرويا names the killers first
        if (!t.pattern().has(Flags.TOLL) || from >= sEnd || !c.count(from)) {
            return null;
        }
        At victims = c.objects.firstActorAfter(from + 1, Math.min(sEnd, from + 4), null);
        if (!Clause.isActor(victims)) {
            return null;
        }
        out.struck(t.sentence(), victims.entity(), id -> {
            At a = c.entity(id);
            return a != null && a.type() == EntityType.PLACE;
        });
        return victims;
    }

    /** Per sentence, the first token of its last trigger of force (roots 18–20) that tells no toll; -1 if none. */
    private static int[] lastForce(List<LexiconMatch> triggers, Clause c, int sentences) {
        int[] last = new int[sentences];
        java.util.Arrays.fill(last, -1);
        for (LexiconMatch m : triggers) {
            LexiconEntry pattern = Trigger.patternOf(m);
            String code = pattern == null ? null : pattern.attribute("cameo");
            if (code != null && VIOLENT_ROOTS.contains(code.substring(0, 2)) && !pattern.has(Flags.TOLL)) {
                last[c.sentenceOf[m.tokens().start()]] = m.tokens().start();
            }
        }
        return last;
    }
}
