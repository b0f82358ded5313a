package hadath.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an {@link AnalyzeJob} reads, how, and what it writes where. Parsed from spark-submit's application
 * arguments; every mistake is named with what is allowed.
 *
 * @param input      a Hadoop-compatible path (file:, hdfs:, s3a:, ...): a file, a directory or a glob
 * @param inputFormat how the articles are stored there
 * @param output     the directory the tables are written under (one sub-directory per table)
 * @param outputs    which tables/formats to write
 * @param published  the publication date of articles that carry none (text files), or null
 * @param events     whether to code events (experimental, as {@code hadath analyze --experimental-events})
 * @param partitions how many partitions to analyse in, or 0 to keep the input's
 * @param master     the Spark master when not given by spark-submit (e.g. local[2]), or null
 * @param db         a store to save every analysis into as well ({@code jdbc:postgresql://...}, or a SQLite
 *                   path for one machine), or null
 */
public record JobOptions(String input, InputFormat inputFormat, String output, Set<OutputFormat> outputs,
                         LocalDate published, boolean events, int partitions, String master, String db) {

    /** How articles are stored. */
    public enum InputFormat {
        /** JSON Lines, one article per line: text, and optionally id, published, url, title, source. */
        JSONL,
        /** Parquet with the columns of JSONL. */
        PARQUET,
        /** UTF-8 text files, one article each; the id is the file name without extension, as hadath analyze. */
        TEXT
    }

    /** What is written under the output directory. */
    public enum OutputFormat {
        /** entities/, quotes/, events/ and documents/ as Parquet. */
        PARQUET,
        /** analyses/: the hadath.analysis/1 JSON of each article, one per line (what hadath analyze prints). */
        JSONL,
        /** gdelt/: the events as GDELT 2.0 Event records (61 tab-separated columns, no header), per article. */
        GDELT
    }

    public static final String USAGE = "usage: AnalyzeJob --input PATH --input-format jsonl|parquet|text "
            + "--output DIR [--output-format parquet,jsonl,gdelt] [--published YYYY-MM-DD] [--experimental-events] "
            + "[--partitions N] [--master URL] [--db jdbc:postgresql://...]";

    public static JobOptions parse(String... args) {
        String input = null;
        InputFormat inputFormat = null;
        String output = null;
        Set<OutputFormat> outputs = EnumSet.of(OutputFormat.PARQUET);
        LocalDate published = null;
        boolean events = false;
        int partitions = 0;
        String master = null;
        String db = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--experimental-events" -> events = true;
                case "--input" -> input = value(args, ++i, flag);
                case "--input-format" -> inputFormat = choice(InputFormat.class, value(args, ++i, flag), flag);
                case "--output" -> output = value(args, ++i, flag);
                case "--output-format" -> outputs = outputFormats(value(args, ++i, flag));
                case "--published" -> published = date(value(args, ++i, flag));
                case "--partitions" -> partitions = count(value(args, ++i, flag));
                case "--master" -> master = value(args, ++i, flag);
                case "--db" -> db = value(args, ++i, flag);
                default -> throw new IllegalArgumentException("unknown option '" + flag + "'; " + USAGE);
            }
        }
        if (input == null || inputFormat == null || output == null) {
            throw new IllegalArgumentException("--input, --input-format and --output are required; " + USAGE);
        }
        return new JobOptions(input, inputFormat, output, outputs, published, events, partitions, master, db);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
        }
        return args[i];
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String flag) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException("unknown " + flag + " '" + value + "'; expected one of "
                    + String.join(", ", allowed));
        }
    }

    private static Set<OutputFormat> outputFormats(String value) {
        Set<OutputFormat> out = EnumSet.noneOf(OutputFormat.class);
        for (String part : value.split(",")) {
            out.add(choice(OutputFormat.class, part.strip(), "--output-format"));
        }
        return out;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--published '" + value + "' is not a date; expected YYYY-MM-DD");
        }
    }

    private static int count(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--partitions '" + value + "' is not a positive whole number");
    }
}
