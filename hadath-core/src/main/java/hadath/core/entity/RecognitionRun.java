package hadath.core.entity;

import hadath.core.sentence.Sentence;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state of one document's entity recognition, shared by its passes. Not thread-safe; lives for one call. */
final class RecognitionRun {
    final Document doc;
    final List<Token> tokens;
    final Map<String, EntityDraft> drafts = new LinkedHashMap<>();
    /** token index → the draft whose name mention starts there. */
    final Map<Integer, EntityDraft> nameAt = new HashMap<>();
    final Map<Integer, EntityDraft> nameEndingAt = new HashMap<>();
    /** token index → the person whose mention of any kind (a name, a surname alone) starts there. */
    final Map<Integer, EntityDraft> personAt = new HashMap<>();
    final boolean[] covered;
    /** surname key → the people with it, so that a word is looked up once, not against every draft. */
    final Map<String, List<EntityDraft>> surnames = new HashMap<>();
    private SettingCountry setting;

    final List<Sentence> sentences;
    /** token index → the index of its sentence in {@link #sentences}. */
    final int[] sentenceOf;

    RecognitionRun(Document doc, List<Token> tokens, List<Sentence> sentences) {
        this.doc = doc;
        this.tokens = tokens;
        this.covered = new boolean[tokens.size()];
        this.sentences = sentences;
        this.sentenceOf = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = sentences.get(s).tokens().start(); i < sentences.get(s).tokens().end(); i++) {
                sentenceOf[i] = s;
            }
        }
    }

    void surname(EntityDraft d, String key) {
        if (!d.surnames.contains(key)) {
            d.surnames.add(key);
            surnames.computeIfAbsent(key, k -> new ArrayList<>(1)).add(d);
        }
    }

    /**
     * The setting country index of the places known once names, titles and their coreference are read: built on
     * first need and shared by the passes that read it then (lone titles, titled people, counted groups).
     */
    SettingCountry setting() {
        if (setting == null) {
            setting = new SettingCountry(this);
        }
        return setting;
    }

        EntityDraft draft(String key, EntityType type, LexiconEntry entry) {
        return drafts.computeIfAbsent(key, k -> new EntityDraft(k, type, entry));
    }

    /** A collective with its code (المتظاهرون العراقيون → IRQCVL): one entity per key in the document. */
    EntityDraft group(String key, String country, String actorCode) {
        EntityDraft d = draft("group:" + key, EntityType.GROUP, null);
        d.actorCode = actorCode;
        d.country = country;
        return d;
    }

    /**
     * A country's people (مئات الأردنيين، 14 عراقيا): civilians, XXXCVL by the gold conventions, one entity however
     * the text counts them.
     */
    EntityDraft people(LexiconEntry country) {
        return group("people:" + country.country(), country.country(), country.actorCode() + "CVL");
    }

    void mention(EntityDraft d, CharSpan span, MentionKind kind, int firstToken, int endToken) {
        if (d.add(new Mention(span, doc.slice(span), kind))) {
            for (int t = firstToken; t < endToken; t++) {
                covered[t] = true;
            }
            if (d.type == EntityType.PERSON) {
                personAt.putIfAbsent(firstToken, d);
            }
            if (kind == MentionKind.NAME) {
                nameAt.putIfAbsent(firstToken, d);
                nameEndingAt.putIfAbsent(endToken - 1, d);
            }
        }
    }

    List<Entity> build() {
        List<EntityDraft> ordered = new ArrayList<>(drafts.values());
        ordered.removeIf(d -> d.mentions.isEmpty());
        ordered.sort(Comparator.comparingInt(EntityDraft::firstMention));
        List<Entity> out = new ArrayList<>(ordered.size());
        for (EntityDraft d : ordered) {
            out.add(d.build("E" + (out.size() + 1)));
        }
        return out;
    }
}
