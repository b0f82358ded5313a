package hadath.core.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dual forms of an event verb, which news uses for two actors at once (بحثا، اتفقا، حثتا، طالبتا
 * بالإفراج، يبحثان، تطالبان). Arabic forms them regularly from the past and the present, so they are made
 * here from each pattern's forms, for phrases too; a dual a row lists itself keeps its listed reading. A verb
 * before an explicit subject stays singular, so a dual verb always carries its subject as a pronoun: the two
 * parties told before.
 */
final class VerbDuals {

    private VerbDuals() {
    }

    /**
     * The duals of a pattern form whose first word is the past of a verb in {@code pastVerbs} (طالب بالإفراج →
     * طالبتا بالإفراج، طالبا بالإفراج) or a present in ي (يطالب بالإفراج → يطالبان، تطالبان بالإفراج). The
     * masculine past dual of a three-letter verb is left out: بحثا، قصفا are as often the accusative of the
     * masdar, and so is that of a فاعل verb (لاحقا is "later"). None for a verb ending in ا or و, whose dual
     * is spelled like its plural (دعوا).
     */
    static List<String> of(String form, Set<String> pastVerbs) {
        String stripped = form.strip();
        int space = stripped.indexOf(' ');
        String word = space < 0 ? stripped : stripped.substring(0, space);
        String rest = space < 0 ? "" : stripped.substring(space);
        char last = word.charAt(word.length() - 1);
        List<String> out = new ArrayList<>();
        if (pastVerbs.contains(word)) {
            String stem = word.substring(0, word.length() - 1);
            if (last == 'ى') { // التقى → التقيا، التقتا
                out.add(stem + "يا" + rest);
                out.add(stem + "تا" + rest);
            } else if (last != 'ا' && last != 'و' && last != 'ي') {
                out.add(word + "تا" + rest);
                if (word.length() >= 4 && word.charAt(1) != 'ا') { // not لاحقا، طالبا (later, a student)
                    out.add(word + "ا" + rest);
                }
            }
        } else if (word.startsWith("ي") && word.length() >= 4 && last != 'ا' && last != 'و' && last != 'ي'
                && last != 'ى' && !word.endsWith("ون") && !word.endsWith("ان")) {
            out.add(word + "ان" + rest); // يبحث → يبحثان، تبحثان
            out.add("ت" + word.substring(1) + "ان" + rest);
        }
        return out;
    }
}
