package hadath.core.entity;

import hadath.core.text.CharSpan;
import hadath.core.tokenize.Token;

/**
 * The country a clause is set in, for collectives named without a nisba (المتظاهرون، قوات الأمن، مسلحون): the
 * country of the nearest place or country named before them in their sentence, else the nearest after them in
 * it (آلاف المتظاهرين يحتشدون في بغداد), else the nearest named before them in the article (a dateline or an
 * earlier وفي بغداد، sets the scene for what follows). Pure.
 */
final class SettingCountry {

    private SettingCountry() {
    }

    static String at(RecognitionRun run, int token) {
        int sentenceStart = token;
        while (sentenceStart > 0 && !ends(run.tokens.get(sentenceStart - 1)) && !run.tokens.get(sentenceStart).newlineBefore()) {
            sentenceStart--;
        }
        int sentenceEnd = token;
        while (sentenceEnd < run.tokens.size() && !ends(run.tokens.get(sentenceEnd))
                && (sentenceEnd == token || !run.tokens.get(sentenceEnd).newlineBefore())) {
            sentenceEnd++;
        }
        int at = run.tokens.get(token).span().start();
        int from = run.tokens.get(sentenceStart).span().start();
        int to = run.tokens.get(Math.min(sentenceEnd, run.tokens.size() - 1)).span().end();
        String before = null;
        int beforeAt = -1;
        String after = null;
        int afterAt = Integer.MAX_VALUE;
        for (EntityDraft d : run.drafts.values()) {
            if ((d.type != EntityType.PLACE && d.type != EntityType.COUNTRY) || d.country == null) {
                continue;
            }
            for (Mention m : d.mentions) {
                CharSpan s = m.span();
                if (s.start() < at && s.start() > beforeAt) {
                    before = d.country;
                    beforeAt = s.start();
                } else if (s.start() > at && s.start() < to && s.start() < afterAt) {
                    after = d.country;
                    afterAt = s.start();
                }
            }
        }
        if (before != null && beforeAt >= from) {
            return before;
        }
        return after != null ? after : before;
    }

    private static boolean ends(Token t) {
        String s = t.surface();
        return s.equals(".") || s.equals("؟") || s.equals("!") || s.equals("?");
    }
}
