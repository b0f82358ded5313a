package hadath.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hadath eval}: scores Hadath against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Hadath against gold annotations and print precision, recall and F1.",
        subcommands = {EvalNerCommand.class, EvalQuotesCommand.class, EvalEventsCommand.class, EvalTimesCommand.class,
                EvalAmountsCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to evaluate: ner, quotes, times or amounts");
    }
}
