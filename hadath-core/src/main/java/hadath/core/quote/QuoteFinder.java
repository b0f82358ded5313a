package hadath.core.quote;

import hadath.core.entity.Entity;
import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex;
import hadath.core.entity.MentionIndex.At;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.sentence.Sentence;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.tokenize.QuoteMarks;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.TokenKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds quotations in quote marks and who said them. Pure and thread-safe.
 *
 * <p>Quotes: every outermost pair of marks ({@link QuoteMarks}), and a closing mark with no opening one
 * when a reporting cue and a complementizer (أن، إن، :) come before it in its sentence — the quote then
 * starts after the complementizer. Not speech: a name in marks (صحيفة «عكاظ»، تنظيم «داعش»: at most four
 * words after a naming noun, or a known name alone), and scare quotes (one or two words with no cue
 * right before them).
 *
 * <p>Cues ({@code speech-cues.tsv}): the nearest before the quote in its sentence, or right after it
 * («...»، قال الوزير). Speakers: a finite cue's explicit subject — the entity mentioned right after it,
 * past a title if need be (أشار لافروف، دعا رئيس مجلس النواب اللبناني), or right before it; a participle or
 * masdar (مؤكداً، بالقول) shares the subject of its clause, the last explicit subject in the sentence; and
 * with no subject (Arabic drops it) the speaker is the current one, the last explicit subject of a cue in
 * the article (من جانبه، قال X switches it to X), or failing that the article's most mentioned person. An
 * unnamed source (قال مصدر مطلع) leaves the speaker null.
 */
public final class QuoteFinder {

    private static final String CLOSERS = "»”›\"";
    private static final Set<String> COMPLEMENTIZERS = Set.of("ان", "بان", "انه", "انها", "بانه", "بانها", ":");
    /** Nouns that introduce a name in quote marks. */
    private static final Set<String> NAMING_NOUNS = Set.of("صحيفه", "جريده", "مجله", "قناه", "وكاله", "موقع", "تنظيم",
            "حركه", "حزب", "جماعه", "جبهه", "ميليشيا", "كتاءب", "لواء", "عمليه", "خطه", "مبادره", "مشروع", "برنامج",
            "كتاب", "فيلم", "مسلسل", "شركه", "مؤتمر", "منتدي", "اتفاق", "اتفاقيه", "صفقه", "قانون", "وثيقه", "شعار",
            "هاشتاغ", "وسم", "منصه", "تطبيق", "ل", "مجموعه", "ائتلاف", "تحالف", "كتله", "تيار", "مهرجان", "حمله");
    private static final Set<String> UNNAMED_SOURCES = Set.of("مصدر", "مصادر", "مسءول", "مسءولون", "مسءولين", "متحدث",
            "شاهد", "شهود", "دبلوماسي", "دبلوماسيون", "مراقبون", "محللون", "خبراء", "خبير");
    private static final int MAX_CUE_DISTANCE = 25;
    /** How many tokens a title between a verb and its subject's name may take. */
    private static final int MAX_TITLE = 8;

    /** A reporting cue found in the text. */
    private record Cue(int start, int end, CharSpan span, String form, boolean commonWord) {
        boolean finite() {
            return form.equals("past") || form.equals("present");
        }
    }

    /** The lexicon's matcher: function words and cues. */
    private final TokenMatcher functionWords;

    public QuoteFinder(Lexicon lexicon) {
        this.functionWords = lexicon.matcher();
    }

    public List<Quote> find(Document doc, List<Token> tokens, List<Sentence> sentences, List<LexiconMatch> matches,
                            List<Entity> entities) {
        int[] sentenceOf = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
                sentenceOf[i] = s.index();
            }
        }
        // cues of their own: a longer event phrase over the same words must not hide the reporting verb
        List<Cue> cues = cues(functionWords.matchAll(tokens, EntryKind.SPEECH_CUE));
        // the speaking mentions: people, organisations, countries, groups
        At[] speakerAt = MentionIndex.byFirstToken(tokens, entities, e -> e.type() != EntityType.PLACE);
        // role, nisba and organisation words may stand between a verb and its subject's name
        boolean[] inRolePhrase = LexiconMatch.covering(tokens.size(), matches,
                EnumSet.of(EntryKind.ROLE, EntryKind.NISBA, EntryKind.ORGANIZATION));
        boolean[] bareRole = new boolean[tokens.size()];
        for (LexiconMatch m : matches) {
            if (m.candidate().isLiteral() && m.entries().stream().anyMatch(e -> e.kind() == EntryKind.ROLE)) {
                bareRole[m.tokens().start()] = true;
            }
        }
        String fallback = mostMentionedPerson(entities);

        // explicit subjects of every cue, in order: they set the current speaker
        String[] subjectOf = new String[cues.size()];
        boolean[] unnamed = new boolean[cues.size()];
        for (int c = 0; c < cues.size(); c++) {
            Cue cue = cues.get(c);
            if (cue.finite() || cue.form().equals("attribution")) {
                // the subject follows the verb, possibly behind its title; a person named behind the title beats
                // the organisation inside the title (المتحدثة باسم المفوضية جمانة الغلاي)
                String subject = null;
                int after = cue.end();
                while (after < tokens.size() && after - cue.end() < MAX_TITLE
                        && (speakerAt[after] == null || speakerAt[after].type() != EntityType.PERSON)
                        && (inRolePhrase[after] || speakerAt[after] != null || tokens.get(after).surface().equals("،")
                        || tokens.get(after).key().equals("باسم"))) {
                    if (subject == null && speakerAt[after] != null) {
                        subject = speakerAt[after].entity();
                    }
                    after++;
                }
                if (after < tokens.size() && speakerAt[after] != null && speakerAt[after].type() == EntityType.PERSON) {
                    subject = speakerAt[after].entity();
                }
                if (subject != null) {
                    subjectOf[c] = subject;
                } else if (cue.end() < tokens.size() && isUnnamedSource(tokens.get(cue.end()), bareRole[cue.end()])) {
                    unnamed[c] = true;
                } else {
                    // the subject before the verb, maybe behind قد (كان الوزير قد صرح)
                    int end = cue.start() - 1;
                    if (end > 0 && functionWords.isFunctionWord(tokens.get(end))) {
                        end--;
                    }
                    At before = end >= 0 ? speakerEndingAt(speakerAt, end) : null;
                    subjectOf[c] = before != null ? before.entity()
                            : firstPersonInSentence(speakerAt, sentenceOf, cue.start());
                }
            }
        }

        int[] partner = QuoteMarks.pair(tokens);
        List<int[]> spans = quoteSpans(tokens, partner, sentenceOf, cues);
        List<Quote> quotes = new ArrayList<>();
        for (int[] q : spans) {
            int open = q[0];
            int close = q[1];
            int first = q[2];
            int last = q[3];
            int words = 0;
            for (int i = first; i <= last; i++) {
                words += tokens.get(i).is(TokenKind.WORD) ? 1 : 0;
            }
            int cueIndex = cueBefore(cues, tokens, sentenceOf, first, open);
            boolean cueAdjacent = cueIndex >= 0 && adjacent(tokens, cues.get(cueIndex), open);
            if (cueIndex < 0) {
                cueIndex = cueAfter(cues, tokens, close);
                cueAdjacent = cueIndex >= 0;
            }
            if (isName(tokens, matches, open, first, last, words) || (words < 3 && !cueAdjacent)) {
                continue;
            }
            if (cueIndex >= 0 && cues.get(cueIndex).commonWord() && !cueAdjacent) {
                cueIndex = -1;
            }
            if (cueIndex < 0 && words < 6) {
                continue;
            }
            String speaker = null;
            if (cueIndex >= 0) {
                Cue cue = cues.get(cueIndex);
                if (unnamed[cueIndex]) {
                    speaker = null;
                } else if (subjectOf[cueIndex] != null) {
                    speaker = subjectOf[cueIndex];
                } else {
                    speaker = clauseSubject(cues, subjectOf, cueIndex, sentenceOf);
                    if (speaker == null) {
                        speaker = firstPersonInSentence(speakerAt, sentenceOf, cue.start());
                    }
                    if (speaker == null) {
                        speaker = currentSpeaker(cues, subjectOf, unnamed, cueIndex, sentenceOf[cue.start()],
                                sentenceOf, fallback);
                    }
                }
            } else {
                speaker = currentSpeaker(cues, subjectOf, unnamed, cuesBefore(cues, first), sentenceOf[first], sentenceOf,
                        fallback);
            }
            CharSpan span = new CharSpan(tokens.get(first).span().start(), tokens.get(last).span().end());
            Cue cue = cueIndex >= 0 ? cues.get(cueIndex) : null;
            quotes.add(new Quote("Q" + (quotes.size() + 1), span, doc.slice(span), speaker,
                    cue == null ? null : cue.span(), cue == null ? null : doc.slice(cue.span()), true));
        }
        return quotes;
    }

    private static List<Cue> cues(List<LexiconMatch> matches) {
        List<Cue> cues = new ArrayList<>();
        for (LexiconMatch m : matches) {
            for (LexiconEntry e : m.entries()) {
                if (e.kind() == EntryKind.SPEECH_CUE) {
                    cues.add(new Cue(m.tokens().start(), m.tokens().end(), m.span(), e.attribute("form"),
                            e.has(Flags.COMMON_WORD)));
                    break;
                }
            }
        }
        return cues;
    }

    private static At speakerEndingAt(At[] at, int token) {
        for (int i = token; i >= 0 && i > token - 6; i--) {
            if (at[i] != null && at[i].end() == token + 1) {
                return at[i];
            }
        }
        return null;
    }

    /**
     * An unnamed source: a known one (مصدر، شهود) or a role without the article as the subject (قال طبيب، أكد
     * دبلوماسي): indefinite, so no one in particular.
     */
    /** @param role whether the token, as written with no clitic, starts a role */
    private static boolean isUnnamedSource(Token t, boolean role) {
        if (t.candidates().stream().anyMatch(c -> UNNAMED_SOURCES.contains(c.key()))) {
            return true;
        }
        return role && t.isWord() && !t.key().startsWith("ال");
    }

    private static String mostMentionedPerson(List<Entity> entities) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && (best == null || e.mentions().size() > best.mentions().size())) {
                best = e;
            }
        }
        return best == null ? null : best.id();
    }

    /**
     * Quote spans as {opening mark or -1, closing mark, first inner token, last inner token}: outermost pairs,
     * then unpaired closing marks after a cue and a complementizer in the same sentence.
     */
    private static List<int[]> quoteSpans(List<Token> tokens, int[] partner, int[] sentenceOf, List<Cue> cues) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (partner[i] > i + 1) {
                spans.add(new int[] {i, partner[i], i + 1, partner[i] - 1});
                i = partner[i] + 1;
                continue;
            }
            Token t = tokens.get(i);
            if (partner[i] < 0 && t.is(TokenKind.QUOTE) && CLOSERS.indexOf(t.surface().charAt(0)) >= 0) {
                int start = unpairedQuoteStart(tokens, sentenceOf, cues, i, spans);
                if (start >= 0 && start < i) {
                    spans.add(new int[] {-1, i, start, i - 1});
                }
            }
            i++;
        }
        spans.sort((a, b) -> Integer.compare(a[2], b[2]));
        return spans;
    }

    /** After the complementizer that follows a cue, looking back from an unpaired closing mark; -1 if none. */
    private static int unpairedQuoteStart(List<Token> tokens, int[] sentenceOf, List<Cue> cues, int closer,
                                          List<int[]> spans) {
        int floor = spans.isEmpty() ? 0 : spans.get(spans.size() - 1)[1] + 1;
        for (int i = closer - 1; i >= floor && sentenceOf[i] == sentenceOf[closer]; i--) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.QUOTE)) {
                return -1;
            }
            if (COMPLEMENTIZERS.contains(t.key())) {
                for (Cue c : cues) {
                    if (c.end() <= i && i - c.end() <= 2) {
                        return i + 1;
                    }
                }
            }
        }
        return -1;
    }

    private static int cueBefore(List<Cue> cues, List<Token> tokens, int[] sentenceOf, int first, int open) {
        int limit = open >= 0 ? open : first;
        for (int c = cues.size() - 1; c >= 0; c--) {
            Cue cue = cues.get(c);
            if (cue.end() <= limit && sentenceOf[cue.start()] == sentenceOf[Math.max(0, limit)]
                    && limit - cue.end() <= MAX_CUE_DISTANCE) {
                return c;
            }
        }
        return -1;
    }

    private static int cueAfter(List<Cue> cues, List<Token> tokens, int close) {
        int i = close + 1;
        if (i < tokens.size() && tokens.get(i).isComma()) {
            i++;
        }
        for (int c = 0; c < cues.size(); c++) {
            if (cues.get(c).start() == i) {
                return c;
            }
        }
        return -1;
    }

    /** The cue is right before the opening mark, with only a complementizer or colon between. */
    private static boolean adjacent(List<Token> tokens, Cue cue, int open) {
        if (open < 0) {
            return true;
        }
        int gap = open - cue.end();
        return gap == 0 || (gap == 1 && COMPLEMENTIZERS.contains(tokens.get(cue.end()).key()))
                || (gap == 2 && COMPLEMENTIZERS.contains(tokens.get(cue.end() + 1).key()));
    }

    /** A name in marks: a naming noun before it and at most four words, or a known name alone. */
    private static boolean isName(List<Token> tokens, List<LexiconMatch> matches, int open, int first, int last,
                                  int words) {
        if (open < 0 || words > 4) {
            return false;
        }
        if (open > 0) {
            Token before = tokens.get(open - 1);
            if (before.candidates().stream().anyMatch(c -> NAMING_NOUNS.contains(c.key()))) {
                return true;
            }
        }
        // the matches do not overlap and are in text order: only one can start at first, found by binary search
        // (scanning them all for every quotation was quadratic in a long text)
        int k = LexiconMatch.firstStartingAt(matches, first);
        LexiconMatch m = k < matches.size() ? matches.get(k) : null;
        if (m != null && m.tokens().start() == first && m.tokens().end() == last + 1) {
            EntryKind kind = m.entries().get(0).kind();
            return kind == EntryKind.ORGANIZATION || kind == EntryKind.PERSON || kind == EntryKind.PLACE
                    || kind == EntryKind.COUNTRY;
        }
        return false;
    }

    /** The subject of the last cue before this one in the same sentence: a participle shares it. */
    private static String clauseSubject(List<Cue> cues, String[] subjectOf, int cue, int[] sentenceOf) {
        int sentence = sentenceOf[cues.get(cue).start()];
        for (int c = cue - 1; c >= 0 && sentenceOf[cues.get(c).start()] == sentence; c--) {
            if (subjectOf[c] != null) {
                return subjectOf[c];
            }
        }
        return null;
    }

    /**
     * The first person mentioned in the sentence before a token: with the subject dropped, the clause is most
     * often about them (تصدرت الأزمة محادثات لافروف، إذ أكد ...).
     */
    private static String firstPersonInSentence(At[] speakerAt, int[] sentenceOf, int token) {
        if (token <= 0 || token >= sentenceOf.length) {
            return null;
        }
        int i = token;
        while (i > 0 && sentenceOf[i - 1] == sentenceOf[token]) {
            i--;
        }
        for (; i < token; i++) {
            if (speakerAt[i] != null && speakerAt[i].type() == EntityType.PERSON) {
                return speakerAt[i].entity();
            }
        }
        return null;
    }

    private static int cuesBefore(List<Cue> cues, int token) {
        int n = 0;
        while (n < cues.size() && cues.get(n).end() <= token) {
            n++;
        }
        return n;
    }

    /**
     * The speaker in force before cue {@code upTo}: the last explicit subject of a cue in the article, unless an
     * unnamed source spoke earlier in the same sentence (the cue's, or the quote's when it has no cue:
     * قال مصدر ... مضيفاً أن «...»).
     */
    private static String currentSpeaker(List<Cue> cues, String[] subjectOf, boolean[] unnamed, int upTo, int sentence,
                                         int[] sentenceOf, String fallback) {
        for (int c = upTo - 1; c >= 0; c--) {
            if (subjectOf[c] != null) {
                return subjectOf[c];
            }
            if (unnamed[c] && sentenceOf[cues.get(c).start()] == sentence) {
                return null;
            }
        }
        return fallback;
    }
}
