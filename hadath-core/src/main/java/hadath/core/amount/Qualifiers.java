package hadath.core.amount;

import hadath.core.text.CharSpan;
import hadath.core.tokenize.Candidate;
import hadath.core.tokenize.Token;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words before an amount that make it approximate (نحو، حوالى، قرابة، زهاء، ما يقارب) or a bound
 * (أكثر من، أقل من، ما لا يقل عن، ما لا يزيد عن), and تقريباً after it. Their first word may carry a
 * proclitic (بنحو، وبأكثر من). A closed grammatical class, so it lives here rather than in a lexicon file.
 */
final class Qualifiers {

    /** A qualifier found: its tokens end at {@code end}; {@code bound} is null for an approximation. */
    record Qualifier(int end, CharSpan span, boolean approx, String bound) {
    }

    private record Phrase(List<String> keys, boolean approx, String bound) {
    }

    /** Longest first, so ما لا يقل عن is tried before ما يقل عن. */
    private static final List<Phrase> PHRASES = List.of(
            new Phrase(List.of("ما", "لا", "يقل", "عن"), false, "at-least"),
            new Phrase(List.of("ما", "لا", "يزيد", "عن"), false, "at-most"),
            new Phrase(List.of("ما", "لا", "يزيد", "علي"), false, "at-most"),
            new Phrase(List.of("لا", "يقل", "عن"), false, "at-least"),
            new Phrase(List.of("ما", "يزيد", "عن"), false, "more-than"),
            new Phrase(List.of("ما", "يزيد", "علي"), false, "more-than"),
            new Phrase(List.of("ما", "يربو", "علي"), false, "more-than"),
            new Phrase(List.of("ما", "يقرب", "من"), true, null),
            new Phrase(List.of("ما", "يقارب"), true, null),
            new Phrase(List.of("ما", "يناهز"), true, null),
            new Phrase(List.of("اكثر", "من"), false, "more-than"),
            new Phrase(List.of("ازيد", "من"), false, "more-than"),
            new Phrase(List.of("اقل", "من"), false, "less-than"),
            new Phrase(List.of("نحو"), true, null),
            new Phrase(List.of("حوالي"), true, null),
            new Phrase(List.of("قرابه"), true, null),
            new Phrase(List.of("زهاء"), true, null));

    /** The first words of the phrases: a token that is none of them (almost every token) is passed at once. */
    private static final Set<String> FIRST_WORDS = PHRASES.stream().map(p -> p.keys().get(0))
            .collect(Collectors.toUnmodifiableSet());

    private Qualifiers() {
    }

    /** The qualifier starting at token {@code i}, or null. */
    static Qualifier at(List<Token> tokens, int i) {
        if (!mayStartPhrase(tokens.get(i))) {
            return null;
        }
        for (Phrase p : PHRASES) {
            if (i + p.keys().size() > tokens.size() || !tokens.get(i).hasCandidate(p.keys().get(0))) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < p.keys().size() && all; k++) {
                all = tokens.get(i + k).key().equals(p.keys().get(k));
            }
            if (all) {
                Token first = tokens.get(i);
                int prefix = first.key().length() - p.keys().get(0).length();
                int end = i + p.keys().size();
                CharSpan span = new CharSpan(first.inner(prefix, 0).start(), tokens.get(end - 1).span().end());
                return new Qualifier(end, span, p.approx(), p.bound());
            }
        }
        return null;
    }

    private static boolean mayStartPhrase(Token t) {
        List<Candidate> candidates = t.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            if (FIRST_WORDS.contains(candidates.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    static boolean isApproxAfter(Token t) {
        return t.key().equals("تقريبا");
    }
}
