package hadath.core.entity.ner;

import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.tokenize.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags tokens with IOB2 named-entity tags (O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG): a first-order
 * averaged perceptron decoded by Viterbi, which never puts I-X after anything but B-X or I-X. Immutable
 * and thread-safe; {@link #bundled()} loads the shipped model once per JVM.
 *
 * <p>It runs the same on tokens from the {@link hadath.core.tokenize.Tokenizer} and on corpus words
 * ({@link ConllTokens}); tag one sentence or a whole document per call. The lexicon given here must be the
 * one the model was trained with (the bundled one for the bundled model): its matches are features.
 */
public final class NerTagger {

    /** The classpath resource of the bundled model; PROVENANCE.md beside it says how it was made. */
    public static final String BUNDLED = "/hadath/ner/ner-model.bin.gz";

    private final NerModel model;
    private final NerFeatures features;

    NerTagger(NerModel model, Lexicon lexicon) {
        if (!model.featuresVersion().equals(NerFeatures.VERSION)) {
            throw new IllegalArgumentException("the model was trained with features '" + model.featuresVersion()
                    + "', this code extracts '" + NerFeatures.VERSION + "': retrain it with NerTrainer");
        }
        this.model = model;
        this.features = new NerFeatures(lexicon);
    }

    /** The shipped model with the bundled lexicon, loaded on first use. */
    public static NerTagger bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final NerTagger INSTANCE = fromClasspath(BUNDLED, Lexicon.bundled());
    }

    public static NerTagger fromClasspath(String resource, Lexicon lexicon) {
        try (InputStream in = NerTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": no NER model on the classpath; build one with "
                        + "NerTrainer (see hadath/ner/PROVENANCE.md)");
            }
            return read(in, resource, lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** A model written by {@link NerTrainer}; {@code name} is used in messages. */
    public static NerTagger read(InputStream in, String name, Lexicon lexicon) throws IOException {
        return new NerTagger(NerModel.read(in, name), lexicon);
    }

    /** One IOB2 tag per token. */
    public List<String> tag(List<Token> tokens) {
        return tags(model.decode(features.extract(tokens)));
    }

    private static List<String> tags(int[] labels) {
        List<String> tags = new ArrayList<>(labels.length);
        for (int y : labels) {
            tags.add(NerLabel.of(y).tag());
        }
        return tags;
    }

    /** The entities of {@link #tag}, as token ranges. */
    public List<NerSpan> spans(List<Token> tokens) {
        return NerSpan.fromTags(tag(tokens));
    }

    /**
     * {@link #spans(List)} for a caller that has already matched the tokens against {@code lexicon}:
     * {@code all} is {@code lexicon.matcher().matchAll(tokens)}. When {@code lexicon} is not the tagger's own,
     * those matches are not its features and the tagger matches again.
     */
    public List<NerSpan> spans(List<Token> tokens, Lexicon lexicon, List<LexiconMatch> all) {
        if (lexicon != features.lexicon()) {
            return spans(tokens);
        }
        // scores straight from each token's features, which are not kept (memory stays linear and small)
        float[] emissions = new float[tokens.size() * NerModel.L];
        features.each(tokens, all, (i, f, count) -> model.score(f, count, emissions, i));
        return NerSpan.fromTags(tags(model.decode(emissions, tokens.size())));
    }

    /** Writes the model in the format {@link #read} reads. */
    void write(java.io.OutputStream out) throws IOException {
        model.write(out);
    }

    /** Number of features the model weighs. */
    public int features() {
        return model.features();
    }
}
