package hadath.cli;

import hadath.core.json.AnalysisJson;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hadath analyze}: articles in, {@code hadath.analysis/1} JSON out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse Arabic articles and print hadath.analysis/1 JSON: one object for one article, "
                + "JSON Lines for several.",
                "Bad files are reported on stderr (file: problem) and skipped; the exit code is then 2."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files; - reads standard input")
    List<String> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date, the anchor for relative dates (overrides --meta)")
    String published;

    @Option(names = "--meta", paramLabel = "FILE.json",
            description = "metadata for every article: {\"id\", \"title\", \"source\", \"url\", \"published\"}")
    Path meta;

    @Option(names = "--pretty", description = "indent the JSON (one article only; several are always JSON Lines)")
    boolean pretty;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "5MB",
            description = "refuse larger files (default: ${DEFAULT-VALUE}; units B, KB, MB, GB)")
    String maxSize;

    @Option(names = "--html", paramLabel = "POLICY", defaultValue = "refuse",
            description = "what to do with an HTML file: refuse (default) or strip (analyse its text; offsets then "
                    + "refer to the extracted text)")
    String html;

    @Option(names = "--experimental-events",
            description = "code events too (experimental until the event coder is done: most events are still wrong)")
    boolean events;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    public AnalyzeCommand() {
        this(System.in);
    }

    AnalyzeCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws BadInputException {
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader(new InputLimits(InputOptions.size(maxSize)), InputOptions.html(html));
        ArticleMeta base = meta == null ? ArticleMeta.NONE : ArticleMeta.read(meta);
        LocalDate date = published == null ? base.published() : ArticleMeta.date(published, "--published");

        // one article at a time, read, analysed, written and dropped: memory does not grow with the file count
        boolean bad = false;
        Pipeline pipeline = null;
        Writer out = spec.commandLine().getOut();
        boolean single = files.size() == 1;
        for (String file : files) {
            ArticleReader.Article a;
            try {
                a = reader.read(file, stdin);
            } catch (BadInputException e) {
                err.println("hadath: " + e.getMessage());
                bad = true;
                continue;
            }
            if (a.warning() != null) {
                err.println("hadath: warning: " + a.name() + ": " + a.warning());
            }
            if (pipeline == null) {
                pipeline = new Pipeline(PipelineConfig.defaults().withEvents(events)); // not for bad input alone
            }
            Document doc = Document.builder(a.text())
                    .id(base.id() != null && single ? base.id() : idOf(a.name()))
                    .title(base.title()).source(base.source()).url(base.url()).published(date)
                    .build();
            AnalysisJson.write(pipeline.analyze(doc), out, pretty && single);
            spec.commandLine().getOut().println();
        }
        spec.commandLine().getOut().flush();
        err.flush();
        return bad ? HadathCommand.EXIT_BAD_INPUT : 0;
    }

    /** The file name without directory and extension; "stdin" for standard input. */
    static String idOf(String name) {
        if (name.startsWith("<")) {
            return "stdin";
        }
        String base = Path.of(name).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
