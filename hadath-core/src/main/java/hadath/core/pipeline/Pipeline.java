package hadath.core.pipeline;

import hadath.core.amount.Amount;
import hadath.core.amount.AmountRecognizer;
import hadath.core.entity.Entity;
import hadath.core.entity.EntityRecognizer;
import hadath.core.entity.Nasab;
import hadath.core.entity.ner.NerSpan;
import hadath.core.entity.ner.NerTagger;
import hadath.core.event.Event;
import hadath.core.event.EventCoder;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.quote.Quote;
import hadath.core.quote.QuoteFinder;
import hadath.core.sentence.Sentence;
import hadath.core.sentence.SentenceSplitter;
import hadath.core.text.Document;
import hadath.core.text.Scripts;
import hadath.core.time.TimeExpression;
import hadath.core.time.TimeRecognizer;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.Tokenizer;
import java.util.List;

/**
 * The Hadath pipeline: document in, {@link Analysis} out. Thread-safe and stateless once built, so one
 * instance serves a whole JVM (cli, server threads, Spark executors).
 *
 * <p>The stages run in the order DESIGN.md gives, each taking what the earlier ones found. Events are coded
 * only when the configuration asks for them ({@link PipelineConfig#events}).
 */
public final class Pipeline {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Lexicon lexicon;
    private final TokenMatcher matcher;
    private final EntityRecognizer entities;
    private final NerTagger ner;
    private final QuoteFinder quotes;
    private final EventCoder events;
    private final TimeRecognizer timeRecognizer = new TimeRecognizer();
    private final AmountRecognizer amountRecognizer = new AmountRecognizer();

    public Pipeline(PipelineConfig config) {
        this.lexicon = config.lexicon();
        this.matcher = config.lexicon().matcher();
        this.entities = new EntityRecognizer(config.lexicon());
        this.ner = config.ner();
        this.quotes = new QuoteFinder(config.lexicon());
        this.events = config.events() ? new EventCoder(config.lexicon()) : null;
    }

    public Analysis analyze(Document doc) {
        List<Token> tokens = tokenizer.tokenize(doc.text());
        List<Sentence> sentences = splitter.split(tokens);
        // entities need the lexicon matches; later stages need the entities. Event phrases are matched apart,
        // so that نشرت الشرطة does not hide the police from the entities (one walk finds both readings)
        TokenMatcher.Readings read = matcher.readings(tokens, EntryKind.EVENT_PATTERN);
        List<LexiconMatch> all = read.allBut();
        // محمد بن سلمان بن عبد العزيز: the father's name inside a lineage is no person of its own
        List<LexiconMatch> matches = LexiconMatch.longestNonOverlapping(Nasab.withoutFathers(tokens, all));
        // the tagger was trained on the lexicon's matches with event phrases among them (NerFeatures)
        List<NerSpan> names = ner == null ? List.of() : ner.spans(tokens, lexicon, read.all());
        List<Entity> found = entities.recognize(doc, tokens, sentences, matches, all, names);
        List<TimeExpression> times = timeRecognizer.recognize(doc, tokens, all);
        // amounts skip the numbers of dates and take the year their sentence names
        List<Amount> amounts = amountRecognizer.recognize(doc, tokens, sentences, all, times);
        // speakers are entities, so quotes come after them
        List<Quote> said = quotes.find(doc, tokens, sentences, matches, found);
        // events need actors, dates and speakers (a threat in a quote is the speaker's)
        List<Event> coded = events == null ? List.of() : events.code(doc, tokens, sentences, matches,
                LexiconMatch.longestNonOverlapping(read.only()), found, times, said);
        return new Analysis(doc, Scripts.language(doc.text()), tokens, sentences, matches, found,
                times, amounts, said, coded);
    }
}
