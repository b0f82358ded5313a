package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.lexicon.TokenMatcher;
import hadath.core.text.CharSpan;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pass of {@link EntityRecognizer} that gives role phrases to the names beside them: a title before a name,
 * past forms of address (الأمين العام لحزب الله سماحة الشيخ نعيم قاسم), or in apposition after a comma (X، رئيس
 * ...), gives that person a role and, if the lexicon has none, an actor code (الرئيس الروسي فلاديمير بوتين); after
 * a title, a name led by a known first name is a new person. The phrases left alone go on to coreference
 * ({@link LoneTitles}). Thread-safe.
 */
final class TitlesWithNames {

    private final TokenMatcher matcher;

    TitlesWithNames(TokenMatcher matcher) {
        this.matcher = matcher;
    }

    /** Attaches titles to the names beside them; returns the titles left alone. */
    List<TitlePhrase> attach(RecognitionRun run, List<TitlePhrase> phrases, List<LexiconMatch> matches,
                             List<LexiconMatch> all) {
        Map<Integer, LexiconMatch> matchAt = new HashMap<>();
        for (LexiconMatch m : matches) {
            matchAt.put(m.tokens().start(), m);
        }
        Map<Integer, TitlePhrase> honorificAt = new HashMap<>();
        for (TitlePhrase t : phrases) {
            if (t.honorific()) {
                honorificAt.put(t.tokens().start(), t);
            }
        }
        List<TitlePhrase> lone = new ArrayList<>();
        for (TitlePhrase t : phrases) {
            if (t.kind().equals("group")) {
                lone.add(t);
                continue;
            }
            int after = skipComma(run.tokens, t.tokens().end(), +1);
            // الأمين العام لحزب الله سماحة الشيخ نعيم قاسم: forms of address stand between a title and its name
            // (a description does not take them: وطالب فضيلة الشيخ is a verb before its subject)
            for (TitlePhrase h = t.kind().equals("title") ? honorificAt.get(after) : null; h != null;
                 h = honorificAt.get(after)) {
                after = h.tokens().end();
            }
            EntityDraft person = personAt(run.nameAt.get(after));
            if (person == null) {
                person = newName(run, after, matchAt, all);
            }
            if (person == null && t.honorific()) {
                continue; // معالي، فخامة alone name nobody: a form of address is said of every holder of a rank
            }
            if (person == null && t.kind().equals("description")) {
                lone.add(t); // a description names no one by apposition: الخبير، X is rare; X، المسؤول ... is not
                continue;
            }
            if (person == null) {
                int before = skipComma(run.tokens, t.tokens().start() - 1, -1);
                if (before < t.tokens().start() - 1) { // apposition needs the comma: X، رئيس ...
                    person = personAt(run.nameEndingAt.get(before));
                }
            }
            if (person != null && otherState(t, person)) {
                lone.add(t); // استقبل الرئيس التركي الشيخ تميم: the title of one state is no role of another's ruler
                continue;
            }
            if (person != null) {
                person.addRole(t);
                for (int i = t.tokens().start(); i < t.tokens().end(); i++) {
                    run.covered[i] = true;
                }
            } else {
                lone.add(t);
            }
        }
        return lone;
    }

    /** Whether a title names a state other than the one the lexicon gives the person. */
    private static boolean otherState(TitlePhrase t, EntityDraft person) {
        return t.country() != null && person.entry != null && person.country != null
                && !person.country.equals(t.country());
    }

    private static EntityDraft personAt(EntityDraft d) {
        return d != null && d.type == EntityType.PERSON ? d : null;
    }

    private static int skipComma(List<Token> tokens, int i, int step) {
        if (i >= 0 && i < tokens.size() && tokens.get(i).isComma()) {
            return i + step;
        }
        return i;
    }

    /**
     * A name the lexicon does not know, right after a title: a known first name, then up to three words that
     * are not function words, punctuation or other lexicon entries (name particles and first names allowed), nor
     * a word that begins another constituent ({@link NameBoundary}: النظام، اليوم).
     */
    private EntityDraft newName(RecognitionRun run, int start, Map<Integer, LexiconMatch> matchAt,
                                List<LexiconMatch> all) {
        if (start >= run.tokens.size() || !preferenceIs(matchAt.get(start), EntryKind.GIVEN_NAME)) {
            return null;
        }
        int end = start + 1;
        while (end < run.tokens.size() && end - start < 4) {
            Token t = run.tokens.get(end);
            LexiconMatch m = matchAt.get(end);
            boolean nameWord = m == null || Preference.is(m, EntryKind.GIVEN_NAME) || Preference.is(m, EntryKind.NAME_PARTICLE);
            if (!t.isWord() || t.newlineBefore() || matcher.isFunctionWord(t) || !nameWord || run.covered[end]
                    || NameBoundary.beginsAnother(run.tokens, all, end)) {
                break;
            }
            end++;
        }
        if (end - start < 2) {
            return null; // a first name alone is too weak
        }
        CharSpan span = new CharSpan(run.tokens.get(start).span().start(), run.tokens.get(end - 1).span().end());
        StringBuilder key = new StringBuilder("name:");
        for (int i = start; i < end; i++) {
            key.append(run.tokens.get(i).key()).append(' ');
        }
        EntityDraft d = run.draft(key.toString().strip(), EntityType.PERSON, null);
        run.surname(d, run.tokens.get(end - 1).key());
        run.mention(d, span, MentionKind.NAME, start, end);
        return d;
    }

    private static boolean preferenceIs(LexiconMatch m, EntryKind kind) {
        return m != null && Preference.is(m, kind);
    }
}
