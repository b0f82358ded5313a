package hadath.bench;

import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.sentence.Sentence;
import hadath.core.sentence.SentenceSplitter;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.Tokenizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH for the front-end stages on one generated article of about 800 words. Multiply the ops/s by the
 * article's token count (printed at setup) for tokens/s.
 * Run: {@code java -jar hadath-bench/target/benchmarks.jar FrontEnd}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FrontEndBenchmark {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private TokenMatcher matcher;
    private String article;
    private List<Token> tokens;

    @Setup
    public void setup() {
        Lexicon lexicon = Lexicon.bundled();
        matcher = lexicon.matcher();
        article = new CorpusGenerator(lexicon).articles(1, 800, 42).get(0);
        tokens = tokenizer.tokenize(article);
        System.out.println("article: " + tokens.size() + " tokens");
    }

    @Benchmark
    public List<Token> tokenize() {
        return tokenizer.tokenize(article);
    }

    @Benchmark
    public List<Sentence> split() {
        return splitter.split(tokens);
    }

    @Benchmark
    public List<LexiconMatch> match() {
        return matcher.match(tokens);
    }

    @Benchmark
    public List<LexiconMatch> tokenizeSplitMatch() {
        List<Token> t = tokenizer.tokenize(article);
        splitter.split(t);
        return matcher.match(t);
    }
}
