package hadath.core.entity.ner;

import hadath.core.lexicon.Lexicon;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** PROVENANCE.md of a model the command built: data, licences, command, settings, scores, size, speed. */
record Provenance(NerTrainerCommand.Options options, Splits splits, List<ConllSentence> wojood, int wojoodValSentences,
                  Lexicon lexicon, int epochs, double tuneSeconds, double trainSeconds, int features, long bytes,
                  double tokensPerSecond, NerScore heldOut, NerScore wojoodVal) {

    String markdown() {
        StringBuilder b = new StringBuilder();
        NerTrainer.Settings s = options.settings();
        b.append("# The bundled named-entity model\n\n");
        b.append("`ner-model.bin.gz` holds the weights of `hadath.core.entity.ner.NerTagger` (an averaged perceptron "
                + "with Viterbi decoding over O, B-/I-PER, LOC, ORG). It was trained by Hadath's own code, "
                + "`NerTrainer`, on ").append(LocalDate.now(ZoneOffset.UTC)).append(". This file is written by the "
                + "same command; do not edit it by hand.\n\n");
        b.append("## Rebuild\n\nFrom the repository root, with `../shared/data` beside it:\n\n```sh\n")
                .append(NerTrainerCommand.COMMAND).append("\n```\n\n")
                .append("The same data, lexicon, code and settings give the same model, byte for byte. The lexicon's "
                        + "matches are features, so retrain when the lexicon grows or the features change (a model "
                        + "trained with other features is refused at load).\n\n");
        b.append("## Data\n\n| corpus | what trained it | licence | cite |\n|---|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| ANERcorp, `%s` | lines 1..%d: sentences 1..%d of %d, the first 90%% "
                        + "counted in sentences (%,d tokens) | free for research; CAMeL Lab re-release CC BY-SA 4.0 | "
                        + "Benajiba, Rosso & Benedí, *ANERsys*, CICLing 2007 |%n", splits.file(), splits.lastTrainLine(),
                splits.trainEnd(), splits.all().size(), NerTrainerCommand.tokens(splits.train())));
        b.append(String.format(Locale.ROOT, "| Wojood sample, `%s` | all: %d sentences (%,d tokens), outermost "
                        + "layer, at weight %s (its mistakes count %s of ANERcorp's) | MIT (SinaLab/ArabicNER sample) | "
                        + "Jarrar et al., *Wojood*, LREC 2022 |%n%n", NerTrainerCommand.WOJOOD, wojood.size(),
                NerTrainerCommand.tokens(wojood), options.wojoodWeight(), options.wojoodWeight()));
        b.append(String.format(Locale.ROOT, "Held out: `%s` lines %d..%d (sentences %d..%d, %,d tokens). They are "
                        + "never trained on, no feature or setting is chosen by their scores, and the command scores "
                        + "them once, at its end.%n%n", splits.file(), splits.lastTrainLine() + 1, splits.lastLine(),
                splits.trainEnd() + 1, splits.all().size(), NerTrainerCommand.tokens(splits.heldOut())));
        b.append(String.format(Locale.ROOT, "Dev split: sentences %d..%d of the training part (lines %d..%d). The "
                        + "number of epochs is the one that scored best there when training on the rest; the final "
                        + "model then trains on the whole training part.%n%n", splits.devStart() + 1,
                splits.trainEnd(), splits.all().get(splits.devStart()).line(), splits.lastTrainLine()));
        b.append("The features, the feature dropout and the Wojood weight were chosen by hand on folds of the "
                + "training part (train on nine tenths, score the tenth) and, for the Wojood weight, on "
                + "`" + NerTrainerCommand.WOJOOD_VAL + "`; see the comments in `NerTrainerCommand` and `Perceptron`.\n\n");
        b.append("The weights are derived from ANERcorp's annotations. ANERcorp is free for research and CAMeL Lab "
                + "re-releases it under CC BY-SA 4.0; whether a model's weights are an adaptation under that licence "
                + "is unsettled, so check before shipping this model outside research use.\n\n");
        b.append("Tags: PERS → PER; LOC and GPE → LOC; ORG → ORG; MISC and every other Wojood type → O.\n\n");
        b.append("## Settings\n\n");
        b.append(String.format(Locale.ROOT, "- epochs: %d (chosen on the dev split out of at most %d, patience %d)%n"
                        + "- seed: %d; min feature count: %d; min weight kept: %s; feature dropout: %s%n- features: `%s`%n"
                        + "- lexicon: %,d keys (%s)%n%n", epochs, options.maxEpochs(), options.patience(), s.seed(),
                s.minCount(), s.minWeight(), s.dropout(), NerFeatures.VERSION, lexicon.keyCount(),
                lexicon.counts().entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                        + e.getValue()).collect(Collectors.joining(", "))));
        b.append("## Scores\n\nStrict CoNLL span scores (type and exact token span), MISC ignored.\n\n")
                .append("The CLI scores the model by the same reading of the files (Wojood's outermost layer):\n\n```sh\n")
                .append("./hadath eval ner --gold ../shared/data/").append(NerTrainerCommand.ANERCORP).append(" --last 0.1\n")
                .append("./hadath eval ner --gold ../shared/data/").append(NerTrainerCommand.WOJOOD_VAL).append("\n```\n\n")
                .append(String.format(Locale.ROOT, "They print the scores below while the lexicon is the one the "
                        + "model was trained with (its matches are features), but `--last 0.1` scores the last %d of "
                        + "the %d held-out sentences (it rounds where the split floors), so its figures may differ "
                        + "slightly.%n%n", cliHeldOut(), splits.heldOut().size()))
                .append("Held-out last 10% of `").append(splits.file()).append("`:\n\n").append(table(heldOut));
        if (wojoodVal != null) {
            b.append("\n`").append(NerTrainerCommand.WOJOOD_VAL).append("` (").append(wojoodValSentences)
                    .append(" sentences, not trained on, but the Wojood weight was chosen on it; Wojood tags a country that acts "
                            + "as ORG):\n\n")
                    .append(table(wojoodVal));
        }
        b.append(String.format(Locale.ROOT, "%n## Size and speed%n%n- model: %,d bytes gzipped, %,d features%n"
                        + "- training: %.0f s choosing the epochs, %.0f s for the final model%n"
                        + "- tagging: %,.0f tokens/s on one thread (lexicon matching and features included, "
                        + "tokenising not), %d cores, Java %s%n", bytes, features, tuneSeconds, trainSeconds,
                tokensPerSecond, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        return b.toString();
    }

    /** How many sentences {@code hadath eval ner --last 0.1} scores: the CLI rounds the cut, {@link Splits} floors it. */
    private int cliHeldOut() {
        int n = splits.all().size();
        return n - (int) Math.round(n * NerTrainerCommand.TRAIN_SHARE);
    }

    private static String table(NerScore score) {
        StringBuilder b = new StringBuilder("| type | precision | recall | F1 | gold | predicted |\n|---|---|---|---|---|---|\n");
        for (String type : NerLabel.TYPES) {
            row(b, type, score.of(type));
        }
        row(b, "**micro**", score.micro());
        return b.toString();
    }

    private static void row(StringBuilder b, String name, NerScore.Counts c) {
        b.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %d | %d |%n", name, c.precision(), c.recall(),
                c.f1(), c.gold(), c.predicted()));
    }
}
