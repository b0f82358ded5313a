package hadath.core.lexicon;

import java.util.List;

/**
 * The dual of a role noun, which news uses for two office holders at once (الرئيسان التركي والروسي، وزيرا
 * الخارجية المصري والأردني، وزيري خارجية البلدين). Arabic forms it regularly: -ان in the nominative and -ين
 * otherwise, ة turning into ت before them, and the ن dropped when a genitive follows (وزير الخارجية → وزيرا
 * الخارجية). So the role lexicon does not list duals; they are made here from each title's forms.
 */
public final class Duals {

    private Duals() {
    }

    /**
     * The dual forms of a role form: a single word (الرئيس → الرئيسان، الرئيسين) or a noun and its genitive
     * (وزير الخارجية → وزيرا الخارجية، وزيري الخارجية). None for a definite noun with adjectives (الأمين العام,
     * whose adjectives would have to agree) or a word ending in a long vowel (whose dual is irregular).
     */
    public static List<String> of(String form) {
        String[] words = form.strip().split("\\s+");
        String head = words[0];
        char last = head.charAt(head.length() - 1);
        if (head.length() < 3 || last == 'ا' || last == 'ى' || last == 'و') {
            return List.of();
        }
        String stem = last == 'ة' ? head.substring(0, head.length() - 1) + "ت" : head;
        // a participle (المستشار، المتحدث، مبعوث) has a sound plural spelled like the oblique dual: المستشارين،
        // مستشاري الرئيس are advisers far more often than two of them, so it keeps the nominative only
        boolean participle = (head.startsWith("ال") ? head.substring(2) : head).startsWith("م") && last != 'ة';
        if (words.length == 1) {
            return participle ? List.of(stem + "ان") : List.of(stem + "ان", stem + "ين");
        }
        if (head.startsWith("ال") || !words[1].startsWith("ال")) {
            return List.of(); // الأمين العام، المبعوث الأممي: adjectives; مدير عام: no genitive
        }
        String rest = form.strip().substring(head.length());
        return participle ? List.of(stem + "ا" + rest) : List.of(stem + "ا" + rest, stem + "ي" + rest);
    }
}
