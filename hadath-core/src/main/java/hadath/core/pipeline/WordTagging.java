package hadath.core.pipeline;

import hadath.core.entity.EntityTags;
import hadath.core.entity.ner.ConllTokens;
import hadath.core.entity.ner.NerTagger;
import hadath.core.text.Document;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Named-entity tags for pre-tokenised words, as NER corpora give them (one word per line, clitics attached).
 *
 * <p>With a statistical tagger (the bundled model), the words are its tokens, as in training, and the lexicon
 * enters through the tagger's features. The entity stage's own spans are not laid over them: they follow
 * Hadath's conventions (a nisba belongs to its organisation, a capital may stand for its country), which
 * differ from the corpora's, and on the training part of ANERcorp the lexicon-based tags were the less
 * precise (PER 0.55, ORG 0.55, LOC 0.82 against the model's 0.76–0.81). Without a tagger, the words are
 * joined with spaces, analysed by the pipeline, and each word takes the tag of its first token that has one,
 * so وبوتين is tagged whole. Thread-safe.
 */
public final class WordTagging {

    private final Pipeline pipeline;
    private final NerTagger ner;

    public WordTagging(PipelineConfig config) {
        this.pipeline = new Pipeline(config);
        this.ner = config.ner();
    }

    /** One IOB2 tag (O, B-/I- PER, LOC, ORG) per word. */
    public List<String> tag(List<String> words) {
        if (ner != null) {
            return repair(ner.tag(ConllTokens.of(words)));
        }
        return fromEntities(words);
    }

    private List<String> fromEntities(List<String> words) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[words.size()];
        int[] ends = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.codePointCount(0, text.length());
            text.append(words.get(i));
            ends[i] = text.codePointCount(0, text.length());
        }
        Analysis a = pipeline.analyze(Document.of(text.toString()));
        List<String> tokenTags = EntityTags.of(a.tokens(), a.entities());
        List<String> out = new ArrayList<>(words.size());
        int t = 0;
        for (int w = 0; w < words.size(); w++) {
            String tag = EntityTags.OUTSIDE;
            while (t < a.tokens().size() && a.tokens().get(t).span().end() <= ends[w]) {
                Token token = a.tokens().get(t);
                if (tag.equals(EntityTags.OUTSIDE) && token.span().start() >= starts[w]) {
                    tag = tokenTags.get(t);
                }
                t++;
            }
            out.add(tag);
        }
        return repair(out);
    }

    /** An I- tag that follows O or another type starts its own entity (B-), as CoNLL scoring reads it. */
    static List<String> repair(List<String> tags) {
        List<String> out = new ArrayList<>(tags);
        for (int i = 0; i < out.size(); i++) {
            String tag = out.get(i);
            if (tag.startsWith("I-")) {
                String prev = i == 0 ? EntityTags.OUTSIDE : out.get(i - 1);
                if (prev.equals(EntityTags.OUTSIDE) || !prev.substring(2).equals(tag.substring(2))) {
                    out.set(i, "B-" + tag.substring(2));
                }
            }
        }
        return out;
    }
}
