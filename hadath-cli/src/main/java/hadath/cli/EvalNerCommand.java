package hadath.cli;

import hadath.core.entity.ner.ConllCorpus;
import hadath.core.entity.ner.ConllException;
import hadath.core.entity.ner.ConllFormat;
import hadath.core.entity.ner.ConllSentence;
import hadath.core.entity.ner.NerScore;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.pipeline.WordTagging;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
                "Gold formats: anercorp (TOKEN [FIELD ...] TAG, the tag is the last field) or wojood (TOKEN TAG [TAG ...], "
                + "one tag per nesting layer; the first, outermost, is scored, as the trainer reads it). PERS is read "
                + "as PER, GPE as LOC, every other type as O."})
public final class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold CoNLL file")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE",
            description = "predictions (token<TAB>tag, as hadath ner writes them) instead of tagging now")
    Path pred;

    @Option(names = "--format", paramLabel = "anercorp|wojood",
            description = "the gold file's format; by default it is detected: wojood when a line has nested tags "
                    + "or a type only Wojood has (GPE, DATE, NORP ...), anercorp otherwise")
    String format;

    @Option(names = "--last", paramLabel = "FRACTION",
            description = "score only the last FRACTION of the gold sentences, e.g. 0.1 for a held-out tenth")
    Double last;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        ConllFormat goldFormat = format == null ? detect(gold) : named(format);
        List<ConllSentence> sentences = read(gold, goldFormat);
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
            List<ConllSentence> predictions = read(pred, detect(pred));
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
        noteStrayInsideTags(sentences);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d sentences, %d tokens, read as %s%s%n", gold, sentences.size(),
                sentences.stream().mapToInt(ConllSentence::size).sum(), goldFormat.id(),
                format == null ? " (detected; --format to choose)" : "");
        out.print(score.report());
        out.flush();
        return 0;
    }

    /**
     * Says on stderr how many gold I-X tags follow neither B-X nor I-X: they are scored as beginnings, as
     * conlleval scores them (ANERcorp has such slips), and whoever reads the score should know they are there.
     */
    private void noteStrayInsideTags(List<ConllSentence> sentences) {
        int count = 0;
        String first = null;
        for (ConllSentence s : sentences) {
            String previous = "O";
            for (int i = 0; i < s.size(); i++) {
                String tag = s.tags().get(i);
                if (tag.startsWith("I-") && (previous.equals("O") || !previous.substring(2).equals(tag.substring(2)))) {
                    count++;
                    first = first == null ? gold + ":" + (s.line() + i) : first;
                }
                previous = tag;
            }
        }
        if (count > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "hadath: note: %d gold I- tag%s with no B- before %s scored as the start of an "
                    + "entity, as conlleval does (first at %s)%n", count, count == 1 ? "" : "s",
                    count == 1 ? "it is" : "them are", first);
            err.flush();
        }
    }

    private static ConllFormat named(String name) throws BadInputException {
        try {
            return ConllFormat.named(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format", e.getMessage());
        }
    }

    private static ConllFormat detect(Path file) throws BadInputException {
        checkFile(file);
        try {
            return ConllCorpus.detect(file);
        } catch (ConllException | UncheckedIOException e) {
            throw bad(file, e);
        }
    }

    private static List<ConllSentence> read(Path file, ConllFormat format) throws BadInputException {
        checkFile(file);
        List<ConllSentence> sentences;
        try {
            sentences = ConllCorpus.read(file, format);
        } catch (ConllException | UncheckedIOException e) {
            throw bad(file, e);
        }
        if (sentences.isEmpty()) {
            throw new BadInputException(file.toString(), "no sentences");
        }
        return sentences;
    }

    private static void checkFile(Path file) throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file.toString(), Files.isDirectory(file) ? "is a directory" : "no such file");
        }
    }

    /** {@code path:line: problem}, with the path as the user gave it rather than the bare file name. */
    private static BadInputException bad(Path file, RuntimeException e) {
        if (e instanceof ConllException c) {
            return new BadInputException(c.line() > 0 ? file + ":" + c.line() : file.toString(), c.problem());
        }
        return new BadInputException(file.toString(), "cannot be read: " + e.getCause().getMessage());
    }
}
