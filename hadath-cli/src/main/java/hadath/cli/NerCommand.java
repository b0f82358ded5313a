package hadath.cli;

import hadath.core.pipeline.PipelineConfig;
import hadath.core.pipeline.WordTagging;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hadath ner --conll FILE}: one IOB2 tag per token of a CoNLL file. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Tag the tokens of a CoNLL file (token in the first column, blank line between sentences) "
                + "with named-entity tags: token<TAB>tag, one line per input token, blank lines kept.",
                "Tags are IOB2 B-/I- PER, LOC (countries and places), ORG, or O; a token with clitics is tagged whole."})
public final class NerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "the CoNLL file to tag")
    Path conll;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        ConllInput input = ConllInput.read(conll);
        WordTagging tagging = new WordTagging(PipelineConfig.defaults());
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> tags = input.sentences().stream().map(sentence -> tagging.tag(ConllInput.words(sentence)))
                .toList();
        for (int[] line : input.layout()) {
            if (line == ConllInput.BLANK) {
                out.println();
            } else {
                out.print(input.sentences().get(line[0]).get(line[1])[0]);
                out.print('\t');
                out.println(tags.get(line[0]).get(line[1]));
            }
        }
        out.flush();
        return 0;
    }
}
