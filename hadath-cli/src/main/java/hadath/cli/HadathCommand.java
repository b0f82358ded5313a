package hadath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hadath} command. Exit codes: 0 success, 2 bad usage or input, 1 internal error. */
@Command(name = "hadath", mixinStandardHelpOptions = true, versionProvider = HadathCommand.Version.class,
        description = "Hadath reads Arabic news and turns it into political-event data.",
        subcommands = {AnalyzeCommand.class, NerCommand.class, IngestCommand.class, ExportCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class})
public final class HadathCommand implements Runnable {

    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed; try 'hadath --help'");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HadathCommand());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof BadInputException) {
                err.println("hadath: " + e.getMessage());
                err.flush();
                return EXIT_BAD_INPUT;
            }
            err.println("hadath: internal error: " + e);
            if (System.getenv("HADATH_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("hadath: set HADATH_DEBUG=1 for the stack trace, and please report it");
            }
            err.flush();
            return EXIT_INTERNAL;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("hadath: " + e.getMessage());
            err.println("hadath: try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            err.flush();
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    /** The version from the jar's build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = HadathCommand.class.getResourceAsStream("/hadath/cli/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"hadath " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
