package hadath.core.event;

import hadath.core.entity.Entity;
import hadath.core.entity.EntityType;
import hadath.core.entity.MentionIndex;
import hadath.core.entity.MentionIndex.At;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.quote.Quote;
import hadath.core.sentence.Sentence;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.time.TimeExpression;
import hadath.core.tokenize.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes events from the event patterns of the lexicon (event-patterns.tsv, CAMEO codes in cameo.tsv).
 * Pure and thread-safe.
 *
 * <p>For each trigger in a sentence, unless negated (لم، لن، لا، عدم ... right before it):
 * <ul>
 *   <li>source: the speaker when the trigger is inside a quotation (a threat in a quote is the speaker's);
 *       else an actor right before it (السيسي يستقبل ...); else, for a verb, the actor named right after it,
 *       past a title (وانتقد وزير الخارجية التركي ...), and for a masdar the nearest actor before it in the
 *       sentence that no preposition governs (the subject of its clause); else the article's current subject,
 *       the last source named (Arabic drops the subject);</li>
 *   <li>not coded: a negated trigger, a verb pattern written with the article (القاطع is no verb), and a
 *       trigger after an appeal, intent, demand or threat in its sentence — it is what they ask;</li>
 *   <li>target: as the pattern says — the actor after its preposition (إلى، مع، على، ضد ...) or its object —
 *       with actors joined by و each a target of their own; for a consultation without one, the other actor
 *       of the sentence; a pattern framed {@code by:من>إلى} takes its source after من and its target after
 *       إلى, or the sentence's other actor (استجابة لدعوة من X، وصل Y: X hosts Y);</li>
 *   <li>a visit to a place (042/043) targets the place's country and is located there;</li>
 *   <li>date: the nearest resolved time of the sentence, else null; location: a place after في in it;</li>
 *   <li>the same (source, code, target, date) twice in the article is one event.</li>
 * </ul>
 * Confidence: 0.8 with a named source, 0.6 with a dropped one, halved after a word of intent (يعتزم، قد).
 */
public final class EventCoder {

    private static final Set<String> NEGATIONS = keys("لم", "لن", "لا", "ما", "ليس", "عدم", "دون", "بدون", "نفى", "نفت");
    private static final Set<String> MODALS = keys("يعتزم", "تعتزم", "ينوي", "تنوي", "قد", "سوف", "يرجح", "يحتمل");
    private static final Set<String> LOCATIVES = keys("في", "ب");
    private static final int WINDOW = 8;
    /** Appeals (02), intents (03), demands (10), threats (13): a later trigger in their sentence is what they ask. */
    private static final Set<String> GOVERNING_ROOTS = Set.of("02", "03", "10", "13");

    private final CameoCodes cameo;
    private final TokenMatcher matcher;

    public EventCoder(Lexicon lexicon) {
        this.cameo = new CameoCodes(lexicon);
        this.matcher = lexicon.matcher();
    }

    private static Set<String> keys(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(KeyNormalizer.key(w));
        }
        return Set.copyOf(out);
    }

    public List<Event> code(Document doc, List<Token> tokens, List<Sentence> sentences, List<LexiconMatch> matches,
                            List<Entity> entities, List<TimeExpression> times, List<Quote> quotes) {
        if (cameo.size() == 0) {
            return List.of();
        }
        int[] sentenceOf = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
                sentenceOf[i] = s.index();
            }
        }
        At[] actorAt = MentionIndex.byFirstToken(tokens, entities, e -> true);
        boolean[] roleToken = LexiconMatch.covering(tokens.size(), matches, EnumSet.of(EntryKind.ROLE, EntryKind.NISBA));
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = null;
        int governingSentence = -1;
        for (LexiconMatch m : matches) {
            LexiconEntry pattern = patternOf(m);
            if (pattern == null) {
                continue;
            }
            CameoCode code = cameo.get(pattern.attribute("cameo")).orElse(null);
            if (code == null || negated(tokens, sentenceOf, m.tokens().start()) || verbWithArticle(pattern, m, tokens)) {
                continue;
            }
            Sentence sentence = sentences.get(sentenceOf[m.tokens().start()]);
            if (sentence.index() == governingSentence && GOVERNING_ROOTS.contains(code.root()) == false) {
                continue; // what an appeal, demand, intent or threat asks for is its content, not an event of its own
            }
            if (GOVERNING_ROOTS.contains(code.root())) {
                governingSentence = sentence.index();
            }
            int sEnd = sentence.tokens().end();
            String frame = pattern.attribute("target");
            At source;
            List<At> targets = new ArrayList<>();
            boolean named = true;
            if (frame != null && frame.startsWith("by:")) {
                String[] preps = frame.substring(3).split(">");
                source = actorAfterWord(tokens, actorAt, roleToken, m.tokens().end(), sEnd, preps[0]);
                At target = preps.length > 1
                        ? actorAfterWord(tokens, actorAt, roleToken, m.tokens().end(), sEnd, preps[1]) : null;
                if (target == null) {
                    target = otherActor(actorAt, sentence, source, true);
                }
                if (target != null) {
                    targets.add(target);
                }
            } else {
                source = speakerOf(quotes, entities, m.span());
                if (source == null) {
                    source = adjacentBefore(actorAt, sentence.tokens().start(), m.tokens().start());
                }
                boolean verb = "verb".equals(pattern.attribute("form"));
                if (source == null && verb) {
                    source = subjectAfter(tokens, actorAt, roleToken, m.tokens().end(), sEnd);
                }
                if (source == null) {
                    source = subjectBefore(tokens, actorAt, sentence.tokens().start(), m.tokens().start());
                }
                if (source == null && !verb) {
                    source = subjectAfter(tokens, actorAt, roleToken, m.tokens().end(), sEnd);
                }
                if (source == null && current != null) {
                    source = actorOf(entities, current);
                    named = false;
                }
                int from = source != null && source.start() >= m.tokens().end() ? source.end() : m.tokens().end();
                At target = frame == null || frame.isEmpty() || frame.equals("obj")
                        ? firstActorAfter(tokens, actorAt, from, sEnd, source)
                        : actorAfterWord(tokens, actorAt, roleToken, from, sEnd, frame);
                if (target == null && frame != null && !frame.isEmpty() && !frame.equals("obj")) {
                    target = firstActorAfter(tokens, actorAt, from, sEnd, source);
                }
                if (target == null && code.root().equals("04")) {
                    target = otherActor(actorAt, sentence, source, false);
                }
                while (target != null) {
                    targets.add(target);
                    target = conjoined(tokens, actorAt, target.end(), sEnd);
                }
            }
            if (source != null && named) {
                current = source.entity();
            }
            if (targets.isEmpty()) {
                targets.add(null);
            }
            TimeExpression time = nearestTime(times, tokens, sentence, m.tokens().start());
            LocalDate date = time == null ? null : dateOf(time.value());
            double confidence = (named ? 0.8 : 0.6) * (modal(tokens, sentenceOf, m.tokens().start()) ? 0.5 : 1);
            for (At t : targets) {
                At target = t;
                String location = placeAfterLocative(tokens, actorAt, sentence);
                if (target != null && target.type() == EntityType.PLACE) {
                    if (code.root().equals("04")) {
                        location = target.entity();
                    }
                    target = countryOf(entities, target.country());
                }
                String sourceId = source == null ? null : source.entity();
                String targetId = target == null ? null : target.entity();
                if (sourceId != null && sourceId.equals(targetId)) {
                    continue;
                }
                if (!seen.add(sourceId + "|" + code.code() + "|" + targetId + "|" + date)) {
                    continue;
                }
                events.add(new Event("V" + (events.size() + 1), code.code(), code.name(), code.plover(),
                        code.ploverMode(), code.goldstein(), code.quadClass(), sourceId, targetId, date,
                        time == null ? null : time.id(), location, m.span(), doc.slice(m.span()), sentence.span(),
                        confidence));
            }
        }
        return events;
    }

    private static LexiconEntry patternOf(LexiconMatch m) {
        for (LexiconEntry e : m.entries()) {
            if (e.kind() == EntryKind.EVENT_PATTERN) {
                return e;
            }
        }
        return null;
    }

    private static boolean negated(List<Token> tokens, int[] sentenceOf, int trigger) {
        for (int i = trigger - 1; i >= 0 && i >= trigger - 2 && sentenceOf[i] == sentenceOf[trigger]; i--) {
            if (NEGATIONS.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    private static boolean modal(List<Token> tokens, int[] sentenceOf, int trigger) {
        for (int i = trigger - 1; i >= 0 && i >= trigger - 2 && sentenceOf[i] == sentenceOf[trigger]; i--) {
            if (MODALS.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpeaker(At a) {
        return a != null && a.type() != EntityType.PLACE;
    }

    private static At speakerOf(List<Quote> quotes, List<Entity> entities, CharSpan trigger) {
        for (Quote q : quotes) {
            if (q.span().contains(trigger) && q.speaker() != null) {
                return actorOf(entities, q.speaker());
            }
        }
        return null;
    }

    private static At actorOf(List<Entity> entities, String id) {
        for (Entity e : entities) {
            if (e.id().equals(id)) {
                return At.of(e);
            }
        }
        return null;
    }

    private static At countryOf(List<Entity> entities, String iso3) {
        if (iso3 == null) {
            return null;
        }
        for (Entity e : entities) {
            if (e.type() == EntityType.COUNTRY && iso3.equals(e.country())) {
                return At.of(e);
            }
        }
        return null;
    }

    /** The actor right after the trigger, past role words (وانتقد وزير الخارجية التركي هاكان فيدان). */
    private static At subjectAfter(List<Token> tokens, At[] actorAt, boolean[] roleToken, int from, int end) {
        At first = null;
        for (int i = from; i < end && i < from + WINDOW; i++) {
            if (isSpeaker(actorAt[i])) {
                if (actorAt[i].type() == EntityType.PERSON) {
                    return actorAt[i];
                }
                first = first == null ? actorAt[i] : first;
                i = actorAt[i].end() - 1;
            } else if (!roleToken[i] && !tokens.get(i).surface().equals("،")) {
                break;
            }
        }
        return first;
    }

    /** The nearest actor before the trigger in its sentence that no preposition governs. */
    private At subjectBefore(List<Token> tokens, At[] actorAt, int sentenceStart, int trigger) {
        At best = null;
        for (int i = sentenceStart; i < trigger; i++) {
            At a = actorAt[i];
            if (isSpeaker(a) && a.end() <= trigger && (i == sentenceStart || !governed(tokens, i))) {
                best = a;
            }
        }
        return best;
    }

    /** After a preposition, or with one attached (لواشنطن، بموسكو). */
    private boolean governed(List<Token> tokens, int i) {
        Token prev = tokens.get(i - 1);
        return (matcher.isFunctionWord(prev) && !prev.key().equals("و"))
                || (!tokens.get(i).key().startsWith("ال") && "بلك".indexOf(tokens.get(i).key().charAt(0)) >= 0
                && tokens.get(i).candidates().size() > 1);
    }

    /** The first actor after {@code from}, but not one after في (where, or about what: الأوضاع في السودان). */
    private static At firstActorAfter(List<Token> tokens, At[] actorAt, int from, int end, At not) {
        for (int i = from; i < end && i < from + WINDOW; i++) {
            At a = actorAt[i];
            if (isSpeaker(a) || (a != null && a.type() == EntityType.PLACE)) {
                boolean locative = i > 0 && LOCATIVES.contains(tokens.get(i - 1).key());
                if (!locative && (not == null || !a.entity().equals(not.entity()))) {
                    return a;
                }
                i = a.end() - 1;
            }
        }
        return null;
    }

    /** SVO: an actor ending right before the trigger (السيسي يستقبل أردوغان). */
    private static At adjacentBefore(At[] actorAt, int sentenceStart, int trigger) {
        for (int i = trigger - 1; i >= sentenceStart && i >= trigger - 6; i--) {
            if (isSpeaker(actorAt[i]) && actorAt[i].end() == trigger) {
                return actorAt[i];
            }
        }
        return null;
    }

    /** A verb takes no article: القاطع is an adjective, not قاطع "boycotted". */
    private static boolean verbWithArticle(LexiconEntry pattern, LexiconMatch m, List<Token> tokens) {
        return "verb".equals(pattern.attribute("form")) && !m.candidate().isLiteral()
                && tokens.get(m.tokens().start()).key().contains("ال" + m.candidate().key());
    }

    /** The actor after a word (a preposition written apart, or attached as a clitic to the actor's first word). */
    private static At actorAfterWord(List<Token> tokens, At[] actorAt, boolean[] roleToken, int from, int end,
                                        String word) {
        String key = KeyNormalizer.key(word);
        for (int i = from; i < end && i < from + WINDOW; i++) {
            Token t = tokens.get(i);
            if (t.key().equals(key)) {
                return subjectAfter(tokens, actorAt, roleToken, i + 1, end) != null
                        ? subjectAfter(tokens, actorAt, roleToken, i + 1, end) : placeAt(actorAt, i + 1);
            }
            if (key.length() == 1 && actorAt[i] != null && t.key().startsWith(key)) {
                return actorAt[i];
            }
        }
        return null;
    }

    private static At placeAt(At[] actorAt, int i) {
        return i < actorAt.length && actorAt[i] != null && actorAt[i].type() == EntityType.PLACE ? actorAt[i] : null;
    }

    /** Another actor joined by و: وإيران، والاتحاد الأوروبي. */
    private static At conjoined(List<Token> tokens, At[] actorAt, int after, int end) {
        if (after < end && actorAt[after] != null && tokens.get(after).key().startsWith("و")
                && (isSpeaker(actorAt[after]) || actorAt[after].type() == EntityType.PLACE)) {
            return actorAt[after];
        }
        return null;
    }

    /** The sentence's first actor other than the source (a person first when {@code person}). */
    private static At otherActor(At[] actorAt, Sentence sentence, At source, boolean person) {
        At any = null;
        for (int i = sentence.tokens().start(); i < sentence.tokens().end(); i++) {
            At a = actorAt[i];
            if (isSpeaker(a) && (source == null || !a.entity().equals(source.entity()))) {
                if (!person || a.type() == EntityType.PERSON) {
                    return a;
                }
                any = any == null ? a : any;
            }
        }
        return any;
    }

    private static String placeAfterLocative(List<Token> tokens, At[] actorAt, Sentence sentence) {
        for (int i = sentence.tokens().start() + 1; i < sentence.tokens().end(); i++) {
            At a = actorAt[i];
            if (a != null && a.type() == EntityType.PLACE && LOCATIVES.contains(tokens.get(i - 1).key())) {
                return a.entity();
            }
        }
        return null;
    }

    private static TimeExpression nearestTime(List<TimeExpression> times, List<Token> tokens, Sentence sentence,
                                              int trigger) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        int at = tokens.get(trigger).span().start();
        for (TimeExpression t : times) {
            if (t.value() != null && sentence.span().contains(t.span())) {
                int distance = Math.abs(t.span().start() - at);
                if (distance < bestDistance) {
                    best = t;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static LocalDate dateOf(String value) {
        if (value == null || value.length() < 10 || !value.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        return LocalDate.parse(value.substring(0, 10));
    }
}
