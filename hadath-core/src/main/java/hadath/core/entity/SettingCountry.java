package hadath.core.entity;

import hadath.core.text.CharSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The country a clause is set in, for collectives named without a nisba (المتظاهرون، قوات الأمن، مسلحون): the
 * country of the nearest place or country named before them in their sentence, else the nearest after them in
 * it (آلاف المتظاهرين يحتشدون في بغداد), else the nearest named before them in the article (a dateline or an
 * earlier وفي بغداد، sets the scene for what follows). Built once the places of a run are known; lives for one
 * call.
 */
final class SettingCountry {

    private static final String IN = hadath.core.normalize.KeyNormalizer.key("في");

    private final RecognitionRun run;
    /** the starts of the place and country mentions, ascending, and the country of each. */
    private final int[] starts;
    private final String[] countries;

    SettingCountry(RecognitionRun run) {
        this.run = run;
        List<Placed> placed = new ArrayList<>();
        for (EntityDraft d : run.drafts.values()) {
            if ((d.type == EntityType.PLACE || d.type == EntityType.COUNTRY) && d.country != null && !sea(d)) {
                for (Mention m : d.mentions) {
                    placed.add(new Placed(m.span().start(), d.country));
                }
            }
        }
        placed.sort(Comparator.comparingInt(Placed::start));
        starts = placed.stream().mapToInt(Placed::start).toArray();
        countries = placed.stream().map(Placed::country).toArray(String[]::new);
    }

    /**
     * A sea, gulf or strait is shared water whose gazetteer country is only the nearest sensible one (the Red
     * Sea is filed under SAU): a ministry in a story set on it (أدانت البحرين هجوما في البحر الأحمر. ودعت
     * وزارة الخارجية) is not that country's.
     */
    private static boolean sea(EntityDraft d) {
        return d.entry != null && "sea".equals(d.entry.attribute("kind"));
    }

    private record Placed(int start, String country) {
    }

    /** The setting's country at token {@code token}, or null when the article names no place before or near it. */
    String at(int token) {
        int at = run.tokens.get(token).span().start();
        CharSpan sentence = run.sentences.get(run.sentenceOf[token]).span();
        int from = sentence.start();
        int to = sentence.end();
        int before = lastBefore(at);
        if (before >= 0 && starts[before] >= from) {
            return countries[before];
        }
        int after = before + 1;
        while (after < starts.length && starts[after] <= at) {
            after++;
        }
        if (after < starts.length && starts[after] < to) {
            return countries[after];
        }
        return before >= 0 ? countries[before] : null;
    }

    /**
     * The country of a place or country named right after في at token {@code end}, the end of a collective
     * (المجلس العسكري في مالي، قوات الأمن في البصرة): where that body is, whatever else the sentence names
     * first. Null otherwise.
     */
    String locatedAt(int end) {
        if (end + 1 >= run.tokens.size() || !IN.equals(run.tokens.get(end).key())
                || run.sentenceOf[end + 1] != run.sentenceOf[end]) {
            return null;
        }
        int at = run.tokens.get(end + 1).span().start();
        int i = lastBefore(at + 1);
        return i >= 0 && starts[i] == at ? countries[i] : null;
    }

    /** The index of the last mention starting before {@code at}, or -1. */
    private int lastBefore(int at) {
        return hadath.core.text.Sorted.firstAtLeast(starts.length, i -> starts[i], at) - 1;
    }
}
