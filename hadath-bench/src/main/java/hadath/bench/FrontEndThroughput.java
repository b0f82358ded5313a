package hadath.bench;

import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.sentence.SentenceSplitter;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.Tokenizer;
import java.util.List;
import java.util.Locale;

/**
 * Whole-corpus throughput of tokenise + split + match on one thread, over generated articles:
 * {@code java -cp hadath-bench/target/benchmarks.jar hadath.bench.FrontEndThroughput [articles] [words]}.
 * Prints the lexicon load time and a table of tokens/s per round after a warm-up round.
 */
public final class FrontEndThroughput {

    private FrontEndThroughput() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        long t0 = System.nanoTime();
        Lexicon lexicon = Lexicon.bundled();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "lexicon: %d entries, %d keys, loaded in %.0f ms%n", lexicon.entries().size(),
                lexicon.keyCount(), loadMs);
        List<String> corpus = new CorpusGenerator(lexicon).articles(count, words, 7);
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        TokenMatcher matcher = lexicon.matcher();
        System.out.printf(Locale.ROOT, "%-8s %10s %12s %12s %10s%n", "round", "articles", "tokens", "tokens/s", "matches");
        for (int round = 0; round < 4; round++) {
            long tokens = 0;
            long matches = 0;
            long start = System.nanoTime();
            for (String article : corpus) {
                List<Token> t = tokenizer.tokenize(article);
                tokens += t.size();
                splitter.split(t);
                matches += matcher.match(t).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%-8s %10d %12d %12.0f %10d%n", round == 0 ? "warm-up" : "run " + round,
                    corpus.size(), tokens, tokens / seconds, matches);
        }
    }
}
