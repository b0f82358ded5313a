package hadath.core.entity.ner;

import hadath.core.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ObjIntConsumer;

/**
 * Trains {@link NerTagger}s from CoNLL sentences with the averaged perceptron. Deterministic: the same
 * sentences, lexicon and {@link Settings} give the same model, byte for byte. {@link #main} is the command
 * that builds the bundled model ({@link NerTrainerCommand}).
 */
public final class NerTrainer {

    /**
     * How to train.
     *
     * @param epochs    passes over the training sentences
     * @param seed      seeds the order of the sentences in each pass
     * @param minCount  a feature seen fewer times than this in training is left out
     * @param minWeight a feature whose averaged weights all lie within this of 0 is left out of the model
     * @param dropout   the chance that a feature is left out of one training step ({@link Perceptron})
     */
    public record Settings(int epochs, long seed, int minCount, double minWeight, double dropout) {

        public Settings {
            if (epochs < 1 || minCount < 1 || minWeight < 0 || dropout < 0 || dropout >= 1) {
                throw new IllegalArgumentException("need epochs >= 1, minCount >= 1, minWeight >= 0, 0 <= dropout < 1; "
                        + "got " + epochs + ", " + minCount + ", " + minWeight + ", " + dropout);
            }
        }

        public Settings withEpochs(int n) {
            return new Settings(n, seed, minCount, minWeight, dropout);
        }
    }

    /**
     * Sentences to train on, and how much each of their mistakes counts: 1 for the corpus whose conventions
     * the model should follow, less for one that annotates differently.
     */
    public record Corpus(List<ConllSentence> sentences, double weight) {

        public Corpus {
            sentences = List.copyOf(sentences);
            if (!(weight > 0 && weight <= 1)) {
                throw new IllegalArgumentException("a corpus weight is in (0, 1]; got " + weight);
            }
        }
    }

    private final Lexicon lexicon;
    private final NerFeatures features;

    public NerTrainer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.features = new NerFeatures(lexicon);
    }

    public static void main(String[] args) {
        System.exit(NerTrainerCommand.run(args, System.out, System.err));
    }

    /** A tagger trained on {@code sentences} for {@code settings.epochs()} passes. */
    public NerTagger train(List<ConllSentence> sentences, Settings settings) {
        return trainWeighted(List.of(new Corpus(sentences, 1)), settings);
    }

    /** A tagger trained on several corpora, each with its weight. */
    public NerTagger trainWeighted(List<Corpus> corpora, Settings settings) {
        return new NerTagger(trainModel(corpora, settings, null), lexicon);
    }

    /**
     * The number of passes, up to {@code settings.epochs()}, after which the model scores best on
     * {@code dev} (strict micro-F1; the earliest wins a tie); it stops once {@code patience} passes in a
     * row have not improved. {@code report} is told each pass's scores.
     */
    public int bestEpochs(List<Corpus> train, List<ConllSentence> dev, Settings settings, int patience,
                          ObjIntConsumer<NerScore> report) {
        List<List<String>> gold = dev.stream().map(ConllSentence::tags).toList();
        int[] best = {0};
        double[] bestF1 = {-1};
        try {
            trainModel(train, settings, (model, epoch) -> {
                NerScore score = NerScore.of(gold, tagAll(new NerTagger(model, lexicon), dev));
                report.accept(score, epoch);
                if (score.micro().f1() > bestF1[0]) {
                    bestF1[0] = score.micro().f1();
                    best[0] = epoch;
                } else if (epoch - best[0] >= patience) {
                    throw new StopTraining();
                }
            });
        } catch (StopTraining stop) {
            // patience ran out
        }
        return best[0];
    }

    /** The tags of each sentence. */
    public static List<List<String>> tagAll(NerTagger tagger, List<ConllSentence> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            out.add(tagger.tag(ConllTokens.of(s.words())));
        }
        return out;
    }

    private static final class StopTraining extends RuntimeException {
        StopTraining() {
            super(null, null, false, false);
        }
    }

    /**
     * Trains; after each pass, {@code afterEpoch} (if not null) gets the averaged model so far, pruned by
     * {@code minWeight}.
     */
    NerModel trainModel(List<Corpus> corpora, Settings settings, ObjIntConsumer<NerModel> afterEpoch) {
        List<ConllSentence> sentences = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Corpus c : corpora) {
            sentences.addAll(c.sentences());
            c.sentences().forEach(s -> weights.add(c.weight()));
        }
        List<long[][]> hashed = new ArrayList<>(sentences.size());
        FeatureIndex seen = new FeatureIndex(1 << 20);
        int[] counts = new int[1 << 20];
        for (ConllSentence s : sentences) {
            long[][] f = features.extract(ConllTokens.of(s.words()));
            hashed.add(f);
            for (long[] token : f) {
                for (long h : token) {
                    int i = seen.add(h);
                    if (i >= counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[i]++;
                }
            }
        }
        long[] seenKeys = seen.keys();
        FeatureIndex kept = new FeatureIndex(seenKeys.length);
        for (int i = 0; i < seenKeys.length; i++) {
            if (counts[i] >= settings.minCount()) {
                kept.add(seenKeys[i]);
            }
        }
        List<Perceptron.Example> examples = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            examples.add(example(hashed.get(s), sentences.get(s).tags(), kept, weights.get(s).floatValue()));
        }
        long[] keys = kept.keys();
        Perceptron perceptron = new Perceptron(keys.length, settings.dropout(), new Random(settings.seed()));
        NerModel model = null;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            perceptron.epoch(examples);
            if (afterEpoch != null || epoch == settings.epochs()) {
                model = perceptron.averaged(keys, NerFeatures.VERSION, settings.minWeight());
            }
            if (afterEpoch != null) {
                afterEpoch.accept(model, epoch);
            }
        }
        return model;
    }

    private static Perceptron.Example example(long[][] hashed, List<String> tags, FeatureIndex index, float weight) {
        int[][] indexed = new int[hashed.length][];
        for (int t = 0; t < hashed.length; t++) {
            int[] buf = new int[hashed[t].length];
            int n = 0;
            for (long h : hashed[t]) {
                int i = index.get(h);
                if (i >= 0) {
                    buf[n++] = i;
                }
            }
            indexed[t] = Arrays.copyOf(buf, n);
        }
        // a corpus's stray I-X after O would teach a transition that decoding forbids
        List<String> repaired = NerSpan.repaired(tags);
        int[] gold = new int[tags.size()];
        for (int t = 0; t < gold.length; t++) {
            gold[t] = NerLabel.parse(repaired.get(t)).ordinal();
        }
        return new Perceptron.Example(indexed, gold, weight);
    }
}
