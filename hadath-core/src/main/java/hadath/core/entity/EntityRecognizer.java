package hadath.core.entity;

import hadath.core.entity.ner.NerSpan;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.sentence.Sentence;
import hadath.core.sentence.SentenceSplitter;
import hadath.core.text.Document;
import hadath.core.tokenize.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the actors and places an article names and which mentions are the same. Pure and thread-safe.
 *
 * <p>Passes, in order (later ones need what earlier ones found), each a class of this package:
 * <ol>
 *   <li>{@link LexiconNames}: names from the lexicon: people, organisations (with a following nisba: مجلس الدوما
 *       الروسي), countries, seats of power (البيت الأبيض, an organisation with its government's code), places; a
 *       capital after a word that is neither a function word nor a clitic-bearing conjunct stands for its country
 *       (خطط واشنطن) and becomes a metonym mention of it, otherwise it is the place (إلى موسكو، ضد طهران);</li>
 *   <li>{@link ModelNames}: the statistical tagger's names where the lexicon knows nothing;
 *       {@link QuotedShortNames}: a short name in quote marks after an organisation's name is that
 *       organisation;</li>
 *   <li>{@link OrganisationsInTitles}: organisations inside role phrases (رئيس مجلس الدوما الروسي → مجلس الدوما
 *       الروسي);</li>
 *   <li>{@link TitlesWithNames}: role phrases next to a name, before it or in apposition after a comma, give
 *       that person a role and, if the lexicon has none, an actor code (الرئيس الروسي فلاديمير بوتين); after a
 *       title, a name led by a known first name is a new person;</li>
 *   <li>{@link Surnames}: a word equal to the last name of a person already named is that person (قاليباف), and
 *       a word that is the last name of exactly one person in the lexicon, and nothing else, names them
 *       (بوتين);</li>
 *   <li>{@link LoneTitles}: role phrases alone: a title refers to the most salient person named before it who
 *       holds that title, or has its actor code and a role with the same head (رئيس مجلس الدوما الروسي →
 *       فالودين); a description (المسؤول الإيراني) to the most salient person of its country; a group (رجال
 *       الأعمال الروس) is an entity of its own. Salience is the number of mentions so far, then recency;</li>
 *   <li>{@link StatesOfTitled}: an unknown person under a title that names no state is of the setting's state;
 *       {@link CountedGroups}: collectives counted with a number (اعتقلت 27 متظاهرا); {@link NisbaCountries}: a
 *       nisba on a thing (الخطة الإسرائيلية) is a mention of its state; {@link StateNouns}: المملكة، السلطنة
 *       alone name the setting's state when it is one;</li>
 *   <li>{@link OrganisationHeads}: a definite head noun alone (الصندوق) names the organisation it heads.</li>
 * </ol>
 */
public final class EntityRecognizer {

    private final TitlePhraseFinder titles;
    private final LexiconNames lexiconNames;
    private final ModelNames modelNames;
    private final TitlesWithNames titlesWithNames;
    private final Surnames surnames;
    private final LoneTitles loneTitles;
    private final StatesOfTitled statesOfTitled;
    private final CountedGroups counted;
    private final NisbaCountries nisbaCountries;
    private final StateNouns stateNouns;

    public EntityRecognizer(Lexicon lexicon) {
        this.titles = new TitlePhraseFinder(lexicon);
        this.surnames = new Surnames(lexicon);
        this.lexiconNames = new LexiconNames(lexicon);
        this.modelNames = new ModelNames(lexicon, surnames);
        this.titlesWithNames = new TitlesWithNames(lexicon.matcher());
        this.loneTitles = new LoneTitles(lexicon);
        this.statesOfTitled = new StatesOfTitled(lexicon);
        this.counted = new CountedGroups(lexicon);
        this.nisbaCountries = new NisbaCountries(lexicon);
        this.stateNouns = new StateNouns(lexicon);
    }

    /**
     * @param matches non-overlapping lexicon matches in text order
     * @param all     the best match at every start, overlapping ({@link TokenMatcher#matchAll})
     */
    public List<Entity> recognize(Document doc, List<Token> tokens, List<LexiconMatch> matches, List<LexiconMatch> all) {
        return recognize(doc, tokens, new SentenceSplitter().split(tokens), matches, all, List.of());
    }

    /**
     * @param sentences  the document's sentences (a collective takes the country its sentence is set in)
     * @param modelNames names a statistical tagger found ({@link hadath.core.entity.ner.NerTagger}); they add
     *                   people, organisations and places where the lexicon knows nothing
     */
    public List<Entity> recognize(Document doc, List<Token> tokens, List<Sentence> sentences, List<LexiconMatch> matches,
                                  List<LexiconMatch> all, List<NerSpan> modelNames) {
        RecognitionRun run = new RecognitionRun(doc, tokens, sentences);
        // how often the text names each state: what picks the Tripoli, or the Oman or Amman, it means
        Map<String, Integer> statesNamed = statesNamed(all);
        lexiconNames.find(run, matches, statesNamed);
        this.modelNames.find(run, modelNames, all, statesNamed);
        QuotedShortNames.join(run);
        List<TitlePhrase> phrases = titles.find(doc, tokens, matches);
        OrganisationsInTitles.find(run, phrases, all);
        List<TitlePhrase> lone = titlesWithNames.attach(run, phrases, matches, all);
        surnames.find(run, all);
        loneTitles.resolve(run, lone);
        statesOfTitled.find(run);
        counted.find(run);
        nisbaCountries.find(run, matches, phrases);
        stateNouns.find(run);
        OrganisationHeads.find(run);
        return run.build();
    }

    /**
     * How often the text names each state, by its name, a nisba, a person, an organisation or a place of it
     * that is neither ambiguous nor an ordinary word: what tells Tripoli in Libya from Tripoli in Lebanon.
     */
    static Map<String, Integer> statesNamed(List<LexiconMatch> matches) {
        Map<String, Integer> named = new HashMap<>();
        for (LexiconMatch m : matches) {
            LexiconEntry e = Preference.preferred(m);
            if (e != null && e.country() != null && !e.has(Flags.AMBIGUOUS) && !e.has(Flags.COMMON_WORD)) {
                named.merge(e.country(), 1, Integer::sum);
            }
        }
        return named;
    }
}
