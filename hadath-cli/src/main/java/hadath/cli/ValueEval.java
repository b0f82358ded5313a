package hadath.cli;

import hadath.core.eval.Ratios;
import com.fasterxml.jackson.databind.JsonNode;
import hadath.core.entity.ner.ConllCorpus;
import hadath.core.entity.ner.ConllFormat;
import hadath.core.entity.ner.ConllSentence;
import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What {@code eval times} and {@code eval amounts} share: reading gold files ({@code NAME.gold.json} beside
 * {@code NAME.txt}: {"published": date or null, "times": [{start, end, value, relative}], "amounts": [{start, end,
 * value, unit}]}) and Wojood CoNLL files, and printing the scores.
 */
final class ValueEval {

    private ValueEval() {
    }

    /** The gold files named, a directory standing for every NAME.gold.json in it. */
    static List<Path> goldFiles(List<Path> paths) throws BadInputException {
        return GoldFiles.list(paths, name -> name.endsWith(".gold.json"));
    }

    /**
     * What both commands do: score the gold files' {@code field} list (when gold files are given) and the
     * Wojood spans of {@code wojoodTypes} (when a Wojood file is given), printing the figures.
     */
    static int evaluate(String command, List<Path> golds, Path wojood, String field, Set<String> wojoodTypes,
                        Function<JsonNode, String> goldValue, Function<Analysis, List<SpanValueScore.Item>> predicted,
                        PrintWriter out) throws BadInputException {
        if (golds.isEmpty() && wojood == null) {
            throw new BadInputException(command, "give gold files or directories, or --wojood FILE");
        }
        Pipeline pipeline = new Pipeline(PipelineConfig.defaults());
        if (!golds.isEmpty()) {
            out.print(scoreGold(goldFiles(golds), pipeline, field, goldValue, predicted, out).report(field));
        }
        if (wojood != null) {
            scoreWojood(wojood, wojoodTypes, pipeline, predicted, out);
        }
        out.flush();
        return 0;
    }

    /** Scores every gold file's {@code field} list, printing one line per file, and returns the total. */
    static SpanValueScore scoreGold(List<Path> files, Pipeline pipeline, String field,
                                    Function<JsonNode, String> goldValue,
                                    Function<Analysis, List<SpanValueScore.Item>> predicted, PrintWriter out)
            throws BadInputException {
        SpanValueScore total = SpanValueScore.ZERO;
        for (Path file : files) {
            GoldFiles.Gold read = GoldFiles.read(file);
            String name = read.name();
            JsonNode gold = read.json();
            List<SpanValueScore.Item> items = new ArrayList<>();
            for (JsonNode g : gold.path(field)) {
                items.add(new SpanValueScore.Item(new CharSpan(g.path("start").asInt(), g.path("end").asInt()),
                        goldValue.apply(g)));
            }
            SpanValueScore score = SpanValueScore.of(items, predicted.apply(pipeline.analyze(read.document())));
            out.printf(Locale.ROOT, "%-32s gold %3d  predicted %3d  right %3d  span found %3d%n", name, score.gold(),
                    score.predicted(), score.goldRight(), score.goldSpan());
            total = total.plus(score);
        }
        return total;
    }

    /**
     * Span scores against a Wojood CoNLL file: each sentence's words joined by spaces are analysed without a
     * publication date; the gold spans are the outer-layer (first tag column) spans of {@code types}. Prints the
     * totals and the recall of each type.
     */
    static void scoreWojood(Path file, Set<String> types, Pipeline pipeline,
                            Function<Analysis, List<SpanValueScore.Item>> predicted, PrintWriter out)
            throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file.toString(), "no such file");
        }
        List<ConllSentence> sentences;
        try {
            sentences = ConllCorpus.read(file, ConllFormat.WOJOOD, UnaryOperator.identity());
        } catch (RuntimeException e) {
            throw new BadInputException(file.toString(), e.getMessage());
        }
        SpanValueScore total = SpanValueScore.ZERO;
        Map<String, int[]> byType = new LinkedHashMap<>();
        types.stream().sorted().forEach(t -> byType.put(t, new int[2]));
        for (ConllSentence s : sentences) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[s.size()];
            int[] ends = new int[s.size()];
            for (int w = 0; w < s.size(); w++) {
                if (w > 0) {
                    text.append(' ');
                }
                starts[w] = text.codePointCount(0, text.length());
                text.append(s.words().get(w));
                ends[w] = text.codePointCount(0, text.length());
            }
            List<SpanValueScore.Item> gold = new ArrayList<>();
            List<String> goldTypes = new ArrayList<>();
            for (int w = 0; w < s.size(); w++) {
                String tag = s.tags().get(w);
                String type = tag.length() > 2 ? tag.substring(2) : null;
                String previous = w == 0 ? "O" : s.tags().get(w - 1);
                boolean continues = tag.startsWith("I-") && previous.length() > 2 && previous.substring(2).equals(type);
                if (type != null && types.contains(type) && !continues) {
                    int end = w + 1;
                    while (end < s.size() && s.tags().get(end).equals("I-" + type)) {
                        end++;
                    }
                    gold.add(new SpanValueScore.Item(new CharSpan(starts[w], ends[end - 1]), null));
                    goldTypes.add(type);
                }
            }
            List<SpanValueScore.Item> found = new ArrayList<>();
            for (SpanValueScore.Item p : predicted.apply(pipeline.analyze(Document.of(text.toString())))) {
                found.add(new SpanValueScore.Item(p.span(), null));
            }
            total = total.plus(SpanValueScore.of(gold, found));
            for (int g = 0; g < gold.size(); g++) {
                int[] counts = byType.get(goldTypes.get(g));
                counts[0]++;
                SpanValueScore.Item item = gold.get(g);
                counts[1] += found.stream().anyMatch(p -> SpanValueScore.overlaps(p, item)) ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "%s: %d sentences, first tag column%n", file, sentences.size());
        out.print(total.spanReport("spans of " + String.join("/", byType.keySet())));
        byType.forEach((type, c) -> out.printf(Locale.ROOT, "  %-9s gold %4d  found %4d  recall %.3f%n", type, c[0], c[1],
                Ratios.share(c[1], c[0])));
    }
}
