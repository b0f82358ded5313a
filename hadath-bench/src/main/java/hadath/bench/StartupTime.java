package hadath.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Wall time of {@code hadath analyze} on one article, start to exit, as a user sees it: the shaded jar
 * started {@code runs} times in a fresh JVM each (after two unmeasured runs that warm the file cache).
 *
 * <pre>java -cp hadath-bench/target/benchmarks.jar hadath.bench.StartupTime
 *      [jar=hadath-cli/target/hadath.jar] [runs=10] [words=800] [extra analyze flags...]</pre>
 *
 * The article is generated (about {@code words} words) and written to a temporary file.
 */
public final class StartupTime {

    private StartupTime() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "hadath-cli/target/hadath.jar");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int words = args.length > 2 ? Integer.parseInt(args[2]) : 800;
        List<String> extra = args.length > 3 ? Arrays.asList(args).subList(3, args.length) : List.of();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + ": no such jar; build it with ./mvnw -pl hadath-cli -am package");
        }
        Path article = Files.createTempFile("hadath-startup", ".txt");
        try {
            Files.writeString(article, new CorpusGenerator(hadath.core.lexicon.Lexicon.bundled())
                    .articles(1, words, 11).get(0));
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString(), "analyze"));
            command.addAll(extra);
            command.add(article.toString());
            double[] seconds = new double[runs];
            for (int i = -2; i < runs; i++) {
                long start = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                int code = p.waitFor();
                if (code != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
                }
                if (i >= 0) {
                    seconds[i] = (System.nanoTime() - start) / 1e9;
                }
            }
            Arrays.sort(seconds);
            double mean = Arrays.stream(seconds).average().orElseThrow();
            System.out.printf(Locale.ROOT, "hadath analyze %s(%d words), %d runs: min %.2f s, median %.2f s, "
                            + "mean %.2f s, max %.2f s%n", extra.isEmpty() ? "" : String.join(" ", extra) + " ",
                    words, runs, seconds[0], seconds[runs / 2], mean, seconds[runs - 1]);
        } finally {
            Files.deleteIfExists(article);
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
