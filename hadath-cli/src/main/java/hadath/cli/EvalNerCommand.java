package hadath.cli;

import hadath.core.entity.ner.ConllCorpus;
import hadath.core.entity.ner.ConllSentence;
import hadath.core.entity.ner.NerScore;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.pipeline.WordTagging;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hadath eval ner}: strict CoNLL span scores of Hadath's tags against a gold CoNLL file. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Tag the tokens of a gold CoNLL file (or read predictions from --pred) and print strict span "
                + "precision, recall and F1 per type (PER, LOC, ORG) and micro-averaged, by CoNLL rules; MISC ignored.",
                "Gold tags: the last field of each line (ANERcorp) or, with --layout first, the first tag after the "
                + "token (Wojood's outer layer); PERS is read as PER, GPE as LOC."})
public final class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold CoNLL file")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE",
            description = "predictions (token<TAB>tag, as hadath ner writes them) instead of tagging now")
    Path pred;

    @Option(names = "--layout", defaultValue = "last", paramLabel = "last|first",
            description = "where the gold tag is: last field (default) or first tag column")
    String layout;

    @Option(names = "--last", paramLabel = "FRACTION",
            description = "score only the last FRACTION of the gold sentences, e.g. 0.1 for a held-out tenth")
    Double last;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        List<ConllSentence> sentences = read(gold, layout());
        if (last != null) {
            if (last <= 0 || last > 1) {
                throw new BadInputException("--last", "'" + last + "' is not a fraction in (0, 1]");
            }
            int from = (int) Math.round(sentences.size() * (1 - last));
            sentences = sentences.subList(from, sentences.size());
        }
        List<List<String>> goldTags = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        if (pred != null) {
            List<ConllSentence> predictions = read(pred, ConllCorpus.Layout.LAST_FIELD);
            if (predictions.size() != sentences.size()) {
                throw new BadInputException(pred.toString(), predictions.size() + " sentences, the gold file has "
                        + sentences.size());
            }
            for (int i = 0; i < sentences.size(); i++) {
                if (predictions.get(i).size() != sentences.get(i).size()) {
                    throw new BadInputException(pred.toString(), "sentence " + (i + 1) + " has "
                            + predictions.get(i).size() + " tokens, the gold one " + sentences.get(i).size());
                }
                goldTags.add(sentences.get(i).tags());
                predicted.add(predictions.get(i).tags());
            }
        } else {
            WordTagging tagging = new WordTagging(PipelineConfig.defaults());
            for (ConllSentence s : sentences) {
                goldTags.add(s.tags());
                predicted.add(tagging.tag(s.words()));
            }
        }
        NerScore score = NerScore.of(goldTags, predicted);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d sentences, %d tokens%n", gold, sentences.size(),
                sentences.stream().mapToInt(ConllSentence::size).sum());
        out.print(score.report());
        out.flush();
        return 0;
    }

    private ConllCorpus.Layout layout() throws BadInputException {
        return switch (layout) {
            case "last" -> ConllCorpus.Layout.LAST_FIELD;
            case "first" -> ConllCorpus.Layout.FIRST_TAG;
            default -> throw new BadInputException("--layout", "unknown layout '" + layout + "'; expected last or first");
        };
    }

    private static List<ConllSentence> read(Path file, ConllCorpus.Layout layout) throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file.toString(), Files.isDirectory(file) ? "is a directory" : "no such file");
        }
        try {
            List<ConllSentence> sentences = ConllCorpus.read(file, layout);
            if (sentences.isEmpty()) {
                throw new BadInputException(file.toString(), "no sentences");
            }
            return sentences;
        } catch (RuntimeException e) {
            throw new BadInputException(file.toString(), e.getMessage());
        }
    }
}
