package hadath.cli;

import hadath.store.Store;
import hadath.store.export.CsvEvents;
import hadath.store.export.ExportFormat;
import hadath.store.export.GdeltEvents;
import hadath.store.export.GdeltMentions;
import hadath.store.export.PloverEvents;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hadath export}: the stored events as GDELT 2.0, PLOVER, CSV, the contract's JSON Lines, or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the stored events.",
                "gdelt: GDELT 2.0 Events (61 tab-separated columns) and, beside --out, a NAME.mentions.EXT file of "
                        + "GDELT 2.0 Mentions; plover: PLOVER JSON Lines; csv: one row per event with a header; "
                        + "jsonl: every stored article as hadath.analysis/1 JSON Lines; parquet: the CSV's columns "
                        + "(needs --out)."})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "gdelt, plover, csv, jsonl or parquet")
    String format;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "./hadath.db",
            description = "SQLite file (default ${DEFAULT-VALUE}), jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB")
    String db;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException, IOException {
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format", e.getMessage());
        }
        if (f == ExportFormat.PARQUET && out == null) {
            throw new BadInputException("--format parquet", "writes a binary file; give --out FILE.parquet");
        }
        if (out != null && out.toAbsolutePath().getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
            throw new BadInputException("--out", "directory " + out.toAbsolutePath().getParent() + " does not exist");
        }
        PrintWriter err = spec.commandLine().getErr();
        long n;
        try (Store store = DbOption.open(db, true)) {
            n = switch (f) {
                case GDELT -> {
                    long events = lines(store::forEachEvent, GdeltEvents::line, null, out);
                    if (out == null) {
                        err.println("hadath: the GDELT mentions file needs --out FILE; not written");
                    } else {
                        Path mentions = mentionsFile(out);
                        long m = lines(store::forEachEventMention, GdeltMentions::line, null, mentions);
                        err.println("hadath: wrote " + m + " mentions to " + mentions);
                    }
                    yield events;
                }
                case PLOVER -> lines(store::forEachEvent, PloverEvents::line, null, out);
                case CSV -> lines(store::forEachEvent, CsvEvents::line, CsvEvents.header(), out);
                case JSONL -> lines(store::forEachAnalysisJson, s -> s, null, out);
                case PARQUET -> ParquetEvents.write(store, out);
            };
        }
        err.println("hadath: wrote " + n + (f == ExportFormat.JSONL ? " articles" : " events")
                + (out == null ? "" : " to " + out));
        err.flush();
        return 0;
    }

    /** events.tsv → events.mentions.tsv; events → events.mentions (GDELT names its files the same way). */
    static Path mentionsFile(Path events) {
        String name = events.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String mentions = dot > 0 ? name.substring(0, dot) + ".mentions" + name.substring(dot) : name + ".mentions";
        return events.resolveSibling(mentions);
    }

    private <T> long lines(Consumer<Consumer<T>> rows, java.util.function.Function<T, String> format, String header,
                           Path file) throws IOException {
        AtomicLong n = new AtomicLong();
        Writer w = file == null ? spec.commandLine().getOut()
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            BufferedWriter out = w instanceof BufferedWriter b ? b : new BufferedWriter(w, 1 << 16);
            if (header != null) {
                out.write(header);
                out.write('\n');
            }
            try {
                rows.accept(row -> {
                    try {
                        out.write(format.apply(row));
                        out.write('\n');
                        n.incrementAndGet();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.flush();
        } finally {
            if (file != null) {
                w.close();
            }
        }
        return n.get();
    }
}
