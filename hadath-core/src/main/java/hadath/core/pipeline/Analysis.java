package hadath.core.pipeline;

import hadath.core.amount.Amount;
import hadath.core.entity.Entity;
import hadath.core.event.Event;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.quote.Quote;
import hadath.core.sentence.Sentence;
import hadath.core.text.Document;
import hadath.core.time.TimeExpression;
import hadath.core.tokenize.Token;
import java.util.List;

/**
 * Everything the pipeline found in one document. Immutable. The JSON contract shows the document,
 * entities, times, amounts, quotes and events; tokens, sentences and lexicon matches are here for the
 * stages and tools that build on them.
 */
public record Analysis(Document document, String language, List<Token> tokens, List<Sentence> sentences,
                       List<LexiconMatch> matches, List<Entity> entities, List<TimeExpression> times,
                       List<Amount> amounts, List<Quote> quotes, List<Event> events) {

    public Analysis {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        matches = List.copyOf(matches);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        amounts = List.copyOf(amounts);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }
}
