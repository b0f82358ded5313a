package hadath.core.event;

import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * How a trigger stands in its sentence, read from the words around it alone: negated, in the future or the
 * present, a participle or a dual, after a comma or a و, with an article or a preposition on it, setting the
 * scene of something else or naming what an event caused. Pure functions over tokens, kept apart from the
 * coder's choice of source and target (EventCoder) so each can be read on its own.
 */
final class TriggerForm {

    private TriggerForm() {
    }

    static final Set<String> NEGATIONS = KeyNormalizer.keys("لم", "لن", "لا", "ما", "ليس", "عدم", "دون", "بدون",
            "نفى", "نفت");

    /** Negations of a verb whose clause then holds no event: لم تعلن عن أي صفقة. */
    static final Set<String> VERB_NEGATIONS = KeyNormalizer.keys("لم", "لن", "لا", "ما", "ليس", "ليست");

    /** Negations of the present and the future, after which some phrases are a threat or a refusal (لن نتردد). */
    static final Set<String> FUTURE_NEGATIONS = KeyNormalizer.keys("لن", "ولن", "فلن", "لا", "ولا");

    static final String ANY = KeyNormalizer.key("أي");

    /** How far back a negated verb governs a masdar in its clause. */
    static final int NEGATION_REACH = 6;

    /** Words before a masdar that make it the time or occasion of something else (خلال الزيارة). */
    static final Set<String> SETTINGS = KeyNormalizer.keys("خلال", "أثناء", "اثناء", "عقب", "إثر", "بعد", "قبل",
            "هامش", "بعيد", "قبيل", "منذ", "لدى");

    static final Set<String> RELATIVES = KeyNormalizer.keys("الذي", "التي", "الذين", "اللذين", "اللتين");

    /** Duals standing for the two parties of the last event. */
    static final Set<String> DUALS = KeyNormalizer.keys("الجانبان", "الجانبين", "الطرفان", "الطرفين",
            "الرئيسان", "الرئيسين", "الزعيمان", "الزعيمين", "البلدان", "البلدين", "الوزيران", "الوزيرين", "القائدان",
            "القائدين", "الحكومتان", "الحكومتين", "الزعيمين", "المسؤولان", "المسؤولين");

    static final Set<String> ABOUT_TO = KeyNormalizer.keys("عن", "إلى");

    static final Set<String> CAUSED = KeyNormalizer.keys("خلف", "خلفت", "أوقع", "أوقعت", "حصيلة", "جراء");

    static final Set<String> CAUSED_WITH = KeyNormalizer.keys("أسفر", "أسفرت", "يسفر", "تسفر", "أدى", "أدت",
            "يؤدي", "تؤدي");

    static final String WILL = KeyNormalizer.key("سوف");

    /**
     * A masdar that sets the scene of something else: after خلال، أثناء، على هامش ... unless a relative clause
     * asserts it (اللقاء الذي جمعهما), and a statement's channel after في (في مؤتمر صحفي، في بيان).
     */
    static boolean setsTheScene(List<Token> tokens, LexiconMatch m, CameoCode code, int sStart, int sEnd) {
        int before = m.tokens().start() - 1;
        if (before < sStart) {
            return false;
        }
        String prev = tokens.get(before).key();
        if (isOneOf(tokens.get(before), SETTINGS) || (before > sStart && isOneOf(tokens.get(before - 1), SETTINGS)
                && prev.startsWith("ال") == false && prev.length() <= 3)) {
            return !followedBy(tokens, m.tokens().end(), sEnd, RELATIVES, 2);
        }
        return code.root().equals("01") && prev.equals("في");
    }

    /** After أسفر عن، أدى إلى، خلّف، أوقع: what an event caused. */
    static boolean consequence(List<Token> tokens, int trigger, int sStart) {
        if (trigger - 1 < sStart) {
            return false;
        }
        if (isOneOf(tokens.get(trigger - 1), CAUSED)) {
            return true;
        }
        return trigger - 2 >= sStart && ABOUT_TO.contains(tokens.get(trigger - 1).key())
                && isOneOf(tokens.get(trigger - 2), CAUSED_WITH);
    }

    /** Whether a verb's form is its present (يستهدف، تقصف), given its past's key: تبادل starts with ت too. */
    static boolean present(String key, String past) {
        return "يتن".indexOf(key.charAt(0)) >= 0 && past.charAt(0) != key.charAt(0);
    }

    /** A verb in the future: the prefix س on a present (سنعتقل، وستفرض) or سوف before it. */
    static boolean future(List<Token> tokens, LexiconMatch m, int sStart) {
        int start = m.tokens().start();
        if (start > sStart && tokens.get(start - 1).key().equals(WILL)) {
            return true;
        }
        String key = tokens.get(start).key();
        String prefix = key.substring(0, Math.min(key.length(), m.candidate().prefix()));
        return prefix.endsWith("س") && "يتنأ".indexOf(m.candidate().key().charAt(0)) >= 0;
    }

    /** The future of going on (ستواصل، سنستمر في): what it governs is promised or threatened, not done yet. */
    static final Set<String> GO_ON = KeyNormalizer.keys("ستواصل", "سيواصل", "سنواصل", "سيواصلون", "ستستمر",
            "سيستمر", "سنستمر", "سيستمرون", "ستمضي", "سيمضي", "سنمضي");

    private static final String IN = KeyNormalizer.key("في");
    private static final String BETWEEN = KeyNormalizer.key("بين");
    /** Where words are said: statements, posts, speeches and interviews (في بيان، في تغريدة، في كلمة). */
    private static final Set<String> CHANNELS = KeyNormalizer.keys("بيان", "بيانين", "منشور", "تغريدة", "تدوينة",
            "كلمة", "خطاب", "تصريح", "تصريحات", "مؤتمر", "حديث", "مقابلة", "رسالة", "منشورات", "تغريدات");

    /** Whether في and a word for where words are said (في بيان، في تغريدة) start at {@code i}. */
    static boolean saidIn(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).key().equals(IN) && isOneOf(tokens.get(i + 1), CHANNELS);
    }

    /**
     * Where بين stands within {@code reach} words after {@code from}, before any comma, with a word after it
     * before {@code end}; -1 if it does not.
     */
    static int betweenAt(List<Token> tokens, int from, int end, int reach) {
        for (int i = from; i < end - 1 && i < from + reach && !tokens.get(i).isComma(); i++) {
            if (tokens.get(i).key().equals(BETWEEN)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a masdar is what a future of going on governs (ستواصل استهداف السفن، سنستمر في فرض العقوبات). */
    static boolean goesOnInFuture(List<Token> tokens, int trigger, int sStart) {
        return goOnVerb(tokens, trigger, sStart) >= 0;
    }

    /** The future of going on that governs the masdar at {@code trigger}, past one في; -1 if none. */
    static int goOnVerb(List<Token> tokens, int trigger, int sStart) {
        for (int i = trigger - 1; i >= sStart && i >= trigger - 2; i--) {
            String key = tokens.get(i).key();
            boolean joined = key.startsWith("و") || key.startsWith("ف"); // وستواصل
            if (GO_ON.contains(key) || joined && GO_ON.contains(key.substring(1))) {
                return i;
            }
            if (!key.equals(IN)) {
                return -1; // only في may stand between: سنستمر في فرض
            }
        }
        return -1;
    }

    /** Nouns that name an act told before (رحب بالخطوة، انتقد القرار، رفضت العرض): whoever took it is the target. */
    static final Set<String> ACTS = KeyNormalizer.keys("الخطوة", "القرار", "القرارات", "الاتفاق", "العرض",
            "الإعلان", "المبادرة", "الصفقة", "الحكم", "الأحكام", "الإجراء", "الإجراءات", "التصريحات", "المقترح",
            "الاقتراح", "الخطة", "المرسوم", "العقوبات", "الاتفاقية", "الاعتقالات", "التصريح", "الموقف");

    /** Nouns that name an attack told before (أدانت الهجوم): whoever attacked is the target. */
    static final Set<String> ATTACKS = KeyNormalizer.keys("الهجوم", "الهجمات", "الاعتداء", "الاعتداءات",
            "التفجير", "التفجيرات", "الاغتيال", "الجريمة", "المجزرة", "الغارة", "الغارات", "القصف", "العملية");

    static final Set<String> DEMONSTRATIVES = KeyNormalizer.keys("هذه", "هذا", "تلك", "ذلك");

    static final int NONE = 0;

    static final int ACT = 1;

    static final int ATTACK = 2;

    /**
     * Whether the object at {@code at} is a definite noun naming an act already told (بالخطوة، القرار، هذه
     * الخطوة; ATTACK for الهجوم، التفجير) that no nisba or actor follows: a response to it, whose target is
     * who took it.
     */
    static int answers(List<Token> tokens, int at, int end) {
        if (at < end && DEMONSTRATIVES.contains(tokens.get(at).key())) {
            at++;
        }
        if (at >= end) {
            return NONE;
        }
        if (at + 1 < end && tokens.get(at + 1).key().startsWith("ال")) {
            return NONE; // القرار الأمريكي، الهجوم الإسرائيلي: whose it is is said
        }
        Token noun = tokens.get(at); // بالخطوة، والقرار: found under its clitics, with its article
        return noun.candidateIn(ATTACKS) != null ? ATTACK : noun.candidateIn(ACTS) != null ? ACT : NONE;
    }

    /**
     * An active participle in the accusative (داعيا، محذرة، متعهدا، نافيا، مطالبين), the form news uses for what
     * the subject of the main verb does while it speaks; keys write ة as ه.
     */
    /** The key of a trigger's first word, clitics stripped (محذرا of محذرا من). */
    static String firstWord(LexiconMatch m) {
        String key = m.candidate().key();
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    static boolean participle(String key) {
        if (key.length() < 5) {
            return false;
        }
        if (key.startsWith("م")) {
            return key.endsWith("ا") || key.endsWith("ه") || key.endsWith("ين");
        }
        return key.charAt(1) == 'ا' && (key.endsWith("يا") || key.endsWith("يه")); // فاعل of a weak verb: داعيا
    }

    /**
     * Whether a verb's form is a dual (حثتا، بحثا، التقيا، يبحثان، تطالبان), given its past's key: made from the
     * past or the present, which the lexicon lists in the singular.
     */
    static boolean dualVerb(String key, String past) {
        String stem = past.substring(0, past.length() - 1);
        return key.equals(past + "تا") || key.equals(past + "ا") || key.equals(stem + "يا") || key.equals(stem + "تا")
                || ("يت".indexOf(key.charAt(0)) >= 0 && key.endsWith("ان") && key.length() > 4);
    }

    /** A dual or plural verb (طالبتا، يطالبان، طالبوا، يطالبون): its subject is more than one. */
    static boolean dualOrPlural(Token t) {
        String key = t.key();
        return key.endsWith("تا") || key.endsWith("ان") || key.endsWith("وا") || key.endsWith("ون");
    }

    /** A particle carrying the subject as a pronoun (لكنه، إلا أنها): the actor after the verb is no subject. */
    static final Set<String> PRONOUN_PARTICLES = KeyNormalizer.keys("لكنه", "لكنها", "ولكنه", "ولكنها",
            "لكنهم", "ولكنهم");

    static final Set<String> BUT = KeyNormalizer.keys("إلا", "غير");

    /**
     * A form of address with the pronoun (وأكد سموه، ووجه جلالته، وأعرب فخامته): "he", the ruler or minister the
     * story is about. Not سيادته or دولته, which are as often "its sovereignty" and "his state".
     */
    static final Set<String> HONORIFIC_PRONOUNS = KeyNormalizer.keys("سموه", "جلالته", "معاليه", "فخامته",
            "سموها", "جلالتها", "معاليها", "فخامتها");

    /** Whether the word right after a verb is its subject said as an honorific pronoun (وأكد سموه). */
    static boolean honorificSubject(List<Token> tokens, int verbEnd) {
        return verbEnd < tokens.size() && HONORIFIC_PRONOUNS.contains(tokens.get(verbEnd).key());
    }

    static boolean pronounSubject(List<Token> tokens, int trigger, int sentenceStart) {
        if (trigger <= sentenceStart) {
            return false;
        }
        String before = tokens.get(trigger - 1).key();
        return PRONOUN_PARTICLES.contains(before) || trigger - 2 >= sentenceStart
                && Clause.THAT_PRONOUN.contains(before) && BUT.contains(tokens.get(trigger - 2).key());
    }

    /** Whether the trigger follows a comma of its sentence (…، ودعا): a second clause, not a new sentence. */
    static boolean afterComma(List<Token> tokens, int trigger, int sentenceStart) {
        return trigger > sentenceStart && tokens.get(trigger - 1).isComma();
    }

    /** A verb with و on it (وطالبتا، وأكد): the next verb of the same subject. */
    static boolean coordinated(List<Token> tokens, LexiconMatch m) {
        String key = tokens.get(m.tokens().start()).key();
        return key.startsWith("و") && m.candidate().prefix() > 0 && !m.candidate().key().startsWith("و");
    }

    /** A masdar or noun with ب on it (بصاروخ، بالغاز، بقصف): what something is done with. */
    static boolean instrument(List<Token> tokens, LexiconMatch m) {
        return m.candidate().prefix() > 0 && tokens.get(m.tokens().start()).key().startsWith("ب");
    }

    /** Words that open a new clause after a comma: ثم، لكن and its pronoun forms, بينما، فيما. */
    static final Set<String> CLAUSE_OPENERS = KeyNormalizer.keys("ثم", "لكن", "لكنه", "لكنها", "لكنهم", "ولكن",
            "ولكنه", "ولكنها", "بينما", "فيما", "كما");

    /** Whether a comma and a word that opens a new clause stand before the trigger (انتقد ...، ثم بحث؛ لكنه زار). */
    static boolean opensClause(List<Token> tokens, int trigger, int sStart) {
        return trigger - 2 >= sStart && CLAUSE_OPENERS.contains(tokens.get(trigger - 1).key())
                && tokens.get(trigger - 2).isComma();
    }

    /** Prepositions that make a noun after them part of another phrase (عبر المفاوضات، في اجتماعات، إلى طاولة). */
    static final Set<String> PREPOSITIONS = KeyNormalizer.keys("في", "إلى", "الى", "على", "عبر", "حول", "عن", "من",
            "مع", "بشأن", "حيال", "إزاء", "تجاه");

    /**
     * Whether the trigger is a noun a preposition governs, written on it as ل (للتشاور، للمفاوضات) or before it
     * (عبر المفاوضات، إلى طاولة التفاوض، في اجتماعات). Not ب, which names the means or the broker of the act
     * (بوساطة مصرية), nor a noun with a pronoun of its own (كان في استقباله), which has its own actors.
     */
    static boolean afterPreposition(List<Token> tokens, LexiconMatch m, int sStart) {
        int start = m.tokens().start();
        String key = tokens.get(start).key();
        int prefix = m.candidate().prefix();
        String clitics = key.substring(0, Math.min(prefix, key.length()));
        if (clitics.startsWith("و") || clitics.startsWith("ف")) {
            clitics = clitics.substring(1);
        }
        if (clitics.startsWith("ل")) {
            return true;
        }
        if (start - 1 < sStart || m.candidate().suffix() > 0 || clitics.startsWith("ب")) {
            return false;
        }
        return PREPOSITIONS.contains(tokens.get(start - 1).key());
    }

    /** Prepositions of the topic (سؤال بشأن الغارات، نقاش حول العقوبات): what they govern is talked about. */
    static final Set<String> TOPICS = KeyNormalizer.keys("بشأن", "حول", "بخصوص", "حيال", "إزاء");

    /** Whether a noun trigger is the topic of what is said: right after بشأن، حول (ردا على سؤال بشأن الغارات). */
    static boolean topic(List<Token> tokens, LexiconMatch m, int sStart) {
        int start = m.tokens().start();
        String key = tokens.get(start).key();
        boolean bare = m.candidate().prefix() == 0 || m.candidate().prefix() == 2 && key.startsWith("ال");
        return start - 1 >= sStart && bare && TOPICS.contains(tokens.get(start - 1).key());
    }

    /** The purpose ل on the trigger (لبحث، لمناقشة), not the article's لل. */
    static boolean purpose(List<Token> tokens, LexiconMatch m) {
        String key = tokens.get(m.tokens().start()).key();
        return m.candidate().prefix() > 0 && key.startsWith("ل") && !key.startsWith("لل")
                && key.length() == m.candidate().key().length() + 1 + m.candidate().suffix();
    }

    /** A masdar with the article (الزيارة، للزيارة) names an event the reader already knows. */
    static boolean definite(List<Token> tokens, LexiconMatch m) {
        String key = tokens.get(m.tokens().start()).key();
        int at = key.indexOf("ال");
        return at >= 0 && at <= 2 && key.length() - at > m.candidate().key().length();
    }

    static boolean dualAt(List<Token> tokens, int i, int end) {
        return i >= 0 && i < end && DUALS.contains(tokens.get(i).key());
    }

    private static final Set<String> IYYA = KeyNormalizer.keys("إياه", "إياها", "إياهم", "إياهما");

    /** Whether the object pronoun إياه closes the trigger's phrase (متهمة إياها) or follows it. */
    static boolean iyya(List<Token> tokens, LexiconMatch m, int sEnd) {
        return IYYA.contains(tokens.get(m.tokens().end() - 1).key())
                || m.tokens().end() < sEnd && IYYA.contains(tokens.get(m.tokens().end()).key());
    }

    /** The pronouns of a third person a verb carries as its object (طالبه، دعاها، أبلغهم). */
    private static final Set<String> THIRD_PERSON_OBJECTS = Set.of("ه", "ها", "هم", "هما", "هن");

    /**
     * Whether a verb trigger ends in a third person's object pronoun (وطالبه بممارسة ضغط على إسرائيل): the one it
     * names is whom, and actors after it are what is asked. A masdar's pronoun (مطالبته) is its agent, not this.
     */
    static boolean objectPronoun(List<Token> tokens, Trigger t) {
        LexiconMatch m = t.match();
        int suffix = m.candidate().suffix();
        if (!t.verb() || suffix == 0) {
            return false;
        }
        String key = tokens.get(m.tokens().start()).key();
        return THIRD_PERSON_OBJECTS.contains(key.substring(key.length() - suffix));
    }

    /** What makes a noun an act done together (مناورات مشتركة): its subjects do it with each other. */
    private static final String JOINT = KeyNormalizer.key("مشترك");

    /** Whether a word of the trigger says it is done jointly (مناورات مشتركة، بيان مشترك). */
    static boolean jointly(List<Token> tokens, LexiconMatch m) {
        for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
            if (tokens.get(i).key().contains(JOINT)) {
                return true;
            }
        }
        return false;
    }

    /** A dual in the oblique case (الطرفين، البلدين): an object or a genitive, not a subject. */
    static boolean oblique(Token t) {
        return t.key().endsWith("ين");
    }

    /** بين الجانبين just after the trigger (اشتباكات عنيفة بين الجانبين). */
    static boolean dualAfterBetween(List<Token> tokens, int from, int end) {
        int between = betweenAt(tokens, from, end, 3);
        return between >= 0 && DUALS.contains(tokens.get(between + 1).key());
    }

    /** The token or its form without proclitics (وخلال) is one of {@code words}. */
    static boolean isOneOf(Token t, Set<String> words) {
        for (var cand : t.candidates()) {
            if (words.contains(cand.key())) {
                return true;
            }
        }
        return false;
    }

    static boolean followedBy(List<Token> tokens, int from, int end, Set<String> words, int reach) {
        for (int i = from; i < end && i < from + reach; i++) {
            if (isOneOf(tokens.get(i), words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negated verb earlier in the masdar's clause (ولم تشهد العاصمة أي احتجاجات), not past a comma or a verb
     * joined by و that opens another clause.
     */
    static boolean negatedClause(List<Token> tokens, int sStart, int trigger) {
        for (int i = trigger - 1; i >= sStart && i >= trigger - NEGATION_REACH; i--) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.PUNCTUATION) {
                return false;
            }
            if (VERB_NEGATIONS.contains(t.key()) || (t.key().startsWith("و") && VERB_NEGATIONS.contains(t.key().substring(1)))) {
                return true;
            }
        }
        return false;
    }

    private static final String MA = KeyNormalizer.key("ما");

    /**
     * Whether a negation stands in the {@code reach} tokens before the trigger, in its sentence. ما after a
     * word of its clause is the relative "what" (وهو ما نفته أبوظبي، بحسب ما أعلنته الوزارة), not "not"; it
     * negates only where a clause opens.
     */
    static boolean negatedBefore(List<Token> tokens, int[] sentenceOf, int trigger, int reach) {
        return anyBefore(sentenceOf, trigger, reach,
                i -> NEGATIONS.contains(tokens.get(i).key()) && !relativeMa(tokens, sentenceOf, i));
    }

    static boolean relativeMa(List<Token> tokens, int[] sentenceOf, int i) {
        return tokens.get(i).key().equals(MA) && i > 0 && sentenceOf[i - 1] == sentenceOf[i]
                && tokens.get(i - 1).kind() != TokenKind.PUNCTUATION && tokens.get(i - 1).kind() != TokenKind.QUOTE;
    }

    /** Whether one of {@code words} stands in the {@code reach} tokens before the trigger, in its sentence. */
    static boolean within(List<Token> tokens, int[] sentenceOf, int trigger, int reach, Set<String> words) {
        return anyBefore(sentenceOf, trigger, reach, i -> words.contains(tokens.get(i).key()));
    }

    /** Whether a token among the {@code reach} before the trigger, in its sentence, passes {@code test}. */
    private static boolean anyBefore(int[] sentenceOf, int trigger, int reach, java.util.function.IntPredicate test) {
        for (int i = trigger - 1; i >= 0 && i >= trigger - reach && sentenceOf[i] == sentenceOf[trigger]; i--) {
            if (test.test(i)) {
                return true;
            }
        }
        return false;
    }


    /**
     * A verb takes no article and no preposition: القاطع is an adjective, not قاطع "boycotted", and بطعن a noun
     * (an appeal), not طعن "stabbed"; only و، ف، س, and ل before a present (ليبحث), go on a verb.
     */
    static boolean verbWithArticle(LexiconEntry pattern, LexiconMatch m, List<Token> tokens) {
        if (!"verb".equals(pattern.attribute("form")) || m.candidate().prefix() == 0) {
            return false;
        }
        String key = tokens.get(m.tokens().start()).key();
        String prefix = key.substring(0, Math.min(key.length(), m.candidate().prefix()));
        boolean present = "يتنأ".indexOf(m.candidate().key().charAt(0)) >= 0;
        if (prefix.contains("لل")) {
            return true; // للتشاور: ل and the article, never a verb's (a present takes one ل: ليبحث)
        }
        for (char ch : prefix.toCharArray()) {
            if (ch != 'و' && ch != 'ف' && ch != 'س' && !(ch == 'ل' && present)) {
                return true;
            }
        }
        return false;
    }
}
