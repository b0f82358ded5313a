package hadath.bench;

import hadath.core.entity.Entity;
import hadath.core.entity.EntityRecognizer;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.quote.Quote;
import hadath.core.quote.QuoteFinder;
import hadath.core.sentence.Sentence;
import hadath.core.sentence.SentenceSplitter;
import hadath.core.text.Document;
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
 * JMH for the stages after the front end, on one generated article of about 800 words (ops/s × tokens
 * printed at setup = tokens/s): entities (lexicon rules, no statistical tagger), quotes, and the whole
 * pipeline as shipped. Run: {@code java -jar hadath-bench/target/benchmarks.jar Stage}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {

    private Document doc;
    private List<Token> tokens;
    private List<Sentence> sentences;
    private List<LexiconMatch> all;
    private List<LexiconMatch> matches;
    private List<Entity> entities;
    private EntityRecognizer recognizer;
    private QuoteFinder quotes;
    private Pipeline pipeline;

    @Setup
    public void setup() {
        Lexicon lexicon = Lexicon.bundled();
        doc = Document.of(new CorpusGenerator(lexicon).articles(1, 800, 42).get(0));
        tokens = new Tokenizer().tokenize(doc.text());
        sentences = new SentenceSplitter().split(tokens);
        all = lexicon.matcher().matchAll(tokens);
        matches = LexiconMatch.longestNonOverlapping(all);
        recognizer = new EntityRecognizer(lexicon);
        entities = recognizer.recognize(doc, tokens, matches, all);
        quotes = new QuoteFinder(lexicon);
        pipeline = new Pipeline(PipelineConfig.defaults());
        System.out.println("article: " + tokens.size() + " tokens");
    }

    @Benchmark
    public List<Entity> entities() {
        return recognizer.recognize(doc, tokens, matches, all);
    }

    @Benchmark
    public List<Quote> quotes() {
        return quotes.find(doc, tokens, sentences, matches, entities);
    }

    @Benchmark
    public Analysis wholePipeline() {
        return pipeline.analyze(doc);
    }
}
