package hadath.core.entity.ner;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.Scripts;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.Tokenizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The observation features of each token, as {@link FeatureHash}es. Immutable and thread-safe; the tag
 * transitions are the model's, not features.
 *
 * <p>Per token: its key and every clitic-stripped candidate key (وبموسكو → موسكو), so that a name seen
 * once bare is known behind و ب ل ال; prefixes and suffixes of 1–3 letters of the key (ال و ب; ية ون ي);
 * its shape (scripts and length); the keys of the tokens two either side and the bigrams around it,
 * and the candidates of its neighbours; whether the previous word is a function word or a reporting verb
 * (قال ... is followed by a speaker), a role or a given name; and the lexicon: the B-/I- position of the
 * token in every {@link TokenMatcher#matchAll} match covering it, by {@link EntryKind}, for the token and
 * its neighbours two either side; and, for a word that is only part of a multi-word lexicon name, which
 * kind of name and where in it (بوتين is the last word of a person, مجلس the first of organisations), so
 * that a surname alone or a new organisation built like a known one is recognised. Lexicon kinds flagged
 * {@code common-word} get features of their own, so that فتح the movement and فتح the verb can weigh
 * differently. On the dev folds the lexicon features are worth 4 points of F1, the context words 1, the
 * shapes and stems half a point each.
 */
final class NerFeatures {

    /** Feature templates; their names are part of {@link #VERSION}, so a model knows the features it was trained with. */
    enum Template {
        BIAS, WORD, STEM, PREFIX, SUFFIX, SHAPE, SHAPE_PREV, SHAPE_NEXT, WORD_M2, WORD_M1, WORD_P1, WORD_P2,
        BIGRAM_PREV, BIGRAM_NEXT, BIGRAM_AROUND, STEM_PREV, STEM_NEXT, LEX_M2, LEX_M1, LEX, LEX_P1, LEX_P2, LEX_SET,
        FUNCTION_WORD, PREV_FUNCTION_WORD, PREV_REPORTING_VERB, PREV_ROLE, PREV_GIVEN_NAME, FIRST,
        PART
    }

    /** Changes whenever the features do; a model trained with other features is refused. */
    static final String VERSION = "ner-features/2:" + Arrays.stream(Template.values()).map(Enum::name)
            .collect(Collectors.joining(","));

    /**
     * Verbs of saying and announcing, past and present, masculine and feminine. The quote stage will own the
     * full cue list (issue 5); these are the ones that most often stand right before a speaker's name.
     */
    private static final Set<String> REPORTING_VERBS = KeyNormalizer.keys("قال", "قالت", "يقول", "تقول", "أكد", "أكدت",
            "يؤكد", "أضاف", "أضافت", "أعلن", "أعلنت", "يعلن", "أوضح", "أوضحت", "أشار", "أشارت", "صرح", "صرحت", "ذكر",
            "ذكرت", "نفى", "نفت", "حذر", "حذرت", "دعا", "دعت", "طالب", "طالبت", "اعتبر", "اعتبرت", "رأى", "شدد", "شددت",
            "تابع", "تابعت", "أفاد", "أفادت", "أبلغ", "نقل", "استقبل", "التقى", "زار", "وصل");

    private static final int[] NONE = {};
    private static final String START = "<s>";
    private static final String END = "</s>";
    private static final int MAX_AFFIX = 3;

    private static final int KINDS = EntryKind.values().length;

    private final Lexicon lexicon;
    private final TokenMatcher matcher;
    private final Set<String> functionWords;
    /** For each token key of a multi-word lexicon form: codes {@code 3 * kind + position} (first, inner, last). */
    private final Map<String, int[]> parts;

    NerFeatures(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = lexicon.matcher();
        Tokenizer tokenizer = new Tokenizer();
        Set<String> keys = new HashSet<>();
        for (LexiconEntry e : lexicon.entriesOf(EntryKind.FUNCTION_WORD)) {
            for (String form : e.forms()) {
                List<Token> t = tokenizer.tokenize(form);
                if (t.size() == 1) {
                    keys.add(t.get(0).key());
                }
            }
        }
        this.functionWords = Set.copyOf(keys);
        Map<String, Set<Integer>> partCodes = new HashMap<>();
        for (LexiconEntry e : lexicon.entries()) {
            if (e.kind() == EntryKind.FUNCTION_WORD) {
                continue;
            }
            for (String form : e.forms()) {
                List<Token> t = tokenizer.tokenize(form);
                for (int i = 0; t.size() > 1 && i < t.size(); i++) {
                    int position = i == 0 ? 0 : i == t.size() - 1 ? 2 : 1;
                    partCodes.computeIfAbsent(t.get(i).key(), k -> new java.util.TreeSet<>())
                            .add(3 * e.kind().ordinal() + position);
                }
            }
        }
        Map<String, int[]> codes = new HashMap<>();
        partCodes.forEach((k, v) -> codes.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.parts = Map.copyOf(codes); // a HashMap was tried: its lookups here took 1.7 times as long
    }

    /** The lexicon the features look names up in (the model's). */
    Lexicon lexicon() {
        return lexicon;
    }

    /** The features of each token. */
    long[][] extract(List<Token> tokens) {
        return extract(tokens, matcher.matchAll(tokens));
    }

    /**
     * The features of each token, given {@code all}, this lexicon's {@link TokenMatcher#matchAll} of the same
     * tokens: the pipeline has matched them already, and matching again cost a sixth of the tagger's time.
     */
    long[][] extract(List<Token> tokens, List<LexiconMatch> all) {
        long[][] out = new long[tokens.size()][];
        each(tokens, all, (i, features, count) -> out[i] = Arrays.copyOf(features, count));
        return out;
    }

    /** Receives the features of one token; the array is reused for the next token. */
    @FunctionalInterface
    interface TokenSink {
        void accept(int token, long[] features, int count);
    }

    /**
     * The features of each token in turn, handed to {@code sink} and not kept: tagging a 5 MB article kept
     * fifty longs per token (about 200 MB) when all it needs of them is seven scores per token.
     */
    void each(List<Token> tokens, List<LexiconMatch> all, TokenSink sink) {
        int n = tokens.size();
        TokenBits lex = lexiconCodes(tokens.size(), all);
        TokenBits part = new TokenBits(n, 3 * KINDS);
        for (int i = 0; i < n; i++) {
            List<Candidate> candidates = tokens.get(i).candidates();
            for (int c = 0; c < candidates.size(); c++) {
                for (int code : parts.getOrDefault(candidates.get(c).key(), NONE)) {
                    part.set(i, code);
                }
            }
        }
        // each token's shape serves as its own, its successor's previous and its predecessor's next
        int[] shapes = new int[n];
        // and each token's function word test serves its successor too
        boolean[] functionWord = new boolean[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = shape(tokens.get(i).key());
            functionWord[i] = functionWords.contains(tokens.get(i).key());
        }
        Buffer b = new Buffer();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String w = t.key();
            b.clear();
            b.add(FeatureHash.of(Template.BIAS.ordinal(), 0));
            b.add(FeatureHash.of(Template.WORD.ordinal(), w));
            stems(b, Template.STEM, t);
            if (t.isWord()) {
                for (int k = 1; k <= MAX_AFFIX && k < w.length(); k++) {
                    b.add(FeatureHash.ofPart(Template.PREFIX.ordinal(), w, k, false));
                    b.add(FeatureHash.ofPart(Template.SUFFIX.ordinal(), w, k, true));
                }
            }
            b.add(FeatureHash.of(Template.SHAPE.ordinal(), shapes[i]));
            String prev = key(tokens, i - 1);
            String next = key(tokens, i + 1);
            b.add(FeatureHash.of(Template.SHAPE_PREV.ordinal(), i > 0 ? shapes[i - 1] : -1));
            b.add(FeatureHash.of(Template.SHAPE_NEXT.ordinal(), i + 1 < n ? shapes[i + 1] : -1));
            b.add(FeatureHash.of(Template.WORD_M2.ordinal(), key(tokens, i - 2)));
            b.add(FeatureHash.of(Template.WORD_M1.ordinal(), prev));
            b.add(FeatureHash.of(Template.WORD_P1.ordinal(), next));
            b.add(FeatureHash.of(Template.WORD_P2.ordinal(), key(tokens, i + 2)));
            b.add(FeatureHash.of(Template.BIGRAM_PREV.ordinal(), prev, w));
            b.add(FeatureHash.of(Template.BIGRAM_NEXT.ordinal(), w, next));
            b.add(FeatureHash.of(Template.BIGRAM_AROUND.ordinal(), prev, next));
            if (i > 0) {
                stems(b, Template.STEM_PREV, tokens.get(i - 1));
            }
            if (i + 1 < n) {
                stems(b, Template.STEM_NEXT, tokens.get(i + 1));
            }
            lexicon(b, Template.LEX_M2, lex, i - 2, n);
            lexicon(b, Template.LEX_M1, lex, i - 1, n);
            lexicon(b, Template.LEX, lex, i, n);
            lexicon(b, Template.LEX_P1, lex, i + 1, n);
            lexicon(b, Template.LEX_P2, lex, i + 2, n);
            if (!lex.isEmpty(i)) {
                b.add(FeatureHash.of(Template.LEX_SET.ordinal(), lex.signature(i)));
            }
            lexicon(b, Template.PART, part, i, n);
            if (functionWord[i]) {
                b.add(FeatureHash.of(Template.FUNCTION_WORD.ordinal(), 0));
            }
            if (i > 0) {
                Token p = tokens.get(i - 1);
                if (functionWord[i - 1]) {
                    b.add(FeatureHash.of(Template.PREV_FUNCTION_WORD.ordinal(), 0));
                }
                if (isReportingVerb(p)) {
                    b.add(FeatureHash.of(Template.PREV_REPORTING_VERB.ordinal(), 0));
                }
                if (has(lex, i - 1, EntryKind.ROLE)) {
                    b.add(FeatureHash.of(Template.PREV_ROLE.ordinal(), 0));
                }
                if (has(lex, i - 1, EntryKind.GIVEN_NAME)) {
                    b.add(FeatureHash.of(Template.PREV_GIVEN_NAME.ordinal(), 0));
                }
            } else {
                b.add(FeatureHash.of(Template.FIRST.ordinal(), 0));
            }
            sink.accept(i, b.values, b.size);
        }
    }

    private static boolean isReportingVerb(Token t) {
        List<Candidate> candidates = t.candidates();
        for (int c = 0; c < candidates.size(); c++) {
            if (REPORTING_VERBS.contains(candidates.get(c).key())) {
                return true;
            }
        }
        return false;
    }

    private static void stems(Buffer b, Template template, Token t) {
        List<Candidate> candidates = t.candidates();
        for (int c = 1; c < candidates.size(); c++) {
            b.add(FeatureHash.of(template.ordinal(), candidates.get(c).key()));
        }
    }

    private static void lexicon(Buffer b, Template template, TokenBits codes, int i, int n) {
        if (i >= 0 && i < n) {
            for (int w = 0; w < codes.words(); w++) {
                for (long bits = codes.word(i, w); bits != 0; bits &= bits - 1) {
                    b.add(FeatureHash.of(template.ordinal(), w * 64 + Long.numberOfTrailingZeros(bits)));
                }
            }
        }
    }

    /**
     * For each token, one bit per (entry kind, begins or inside, common word or not) of the lexicon
     * matches covering it: bit {@code 4 * kind + 2 * inside + common}.
     */
    private static TokenBits lexiconCodes(int tokens, List<LexiconMatch> all) {
        TokenBits codes = new TokenBits(tokens, 4 * KINDS);
        for (LexiconMatch m : all) {
            for (LexiconEntry e : m.entries()) {
                if (e.has(Flags.NISBA_ONLY)) {
                    // an ordinary word but before a nisba (نظام، قوة، الخارجية): the model was trained without
                    // these entries, and seeing them as roles moved its names (نظام انتخابات مجلس طلبة جامعة ...)
                    continue;
                }
                int common = e.has(Flags.COMMON_WORD) ? 1 : 0;
                int base = 4 * e.kind().ordinal() + common;
                codes.set(m.tokens().start(), base);
                for (int t = m.tokens().start() + 1; t < m.tokens().end(); t++) {
                    codes.set(t, base + 2);
                }
            }
        }
        return codes;
    }

    private static boolean has(TokenBits codes, int i, EntryKind kind) {
        return codes.any(i, 4 * kind.ordinal(), 4 * kind.ordinal() + 4);
    }

    private static String key(List<Token> tokens, int i) {
        return i < 0 ? START : i >= tokens.size() ? END : tokens.get(i).key();
    }

    /** Which scripts a key is written in (bits: Arabic, Latin, digit, other) and a length bucket. */
    static int shape(String key) {
        int scripts = 0;
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            i += Character.charCount(c);
            if (Scripts.isArabicLetter(c)) {
                scripts |= 1;
            } else if (Character.isLetter(c)) {
                scripts |= 2;
            } else if (Character.isDigit(c)) {
                scripts |= 4;
            } else {
                scripts |= 8;
            }
        }
        int n = key.length();
        int bucket = n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : 6;
        return scripts * 8 + bucket;
    }

    /** A growable array of feature hashes, reused across the tokens of one call. */
    private static final class Buffer {
        private long[] values = new long[96];
        private int size;

        void clear() {
            size = 0;
        }

        void add(long h) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = h;
        }

    }
}
