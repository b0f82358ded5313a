package hadath.core.quote;

import hadath.core.eval.Ratios;
import hadath.core.entity.Entity;
import hadath.core.entity.Mention;
import hadath.core.pipeline.Analysis;
import hadath.core.text.CharSpan;
import java.util.List;
import java.util.Locale;

/**
 * Quotation scores: a predicted quote finds a gold quote when it covers at least half of it; precision is
 * the share of predicted quotes that find one, recall the share of gold quotes found; a found quote's
 * speaker is right when the predicted speaker entity has a mention on one of the gold speaker's mentions
 * (or both are null, an unnamed source), its cue when the cue texts are equal. Quotes reported over a
 * span the gold marks as not speech (a name in quote marks) are counted apart. Immutable; {@link #plus}
 * adds documents up.
 */
public record QuoteScore(int gold, int predicted, int goldFound, int predictedRight, int speakersRight, int cuesRight,
                         int notSpeechReported) {

    /** A gold quote: its span, the spans that refer to its speaker (empty for an unnamed source), its cue or null. */
    public record Gold(CharSpan span, List<CharSpan> speakerMentions, String cue) {
    }

    public static QuoteScore of(List<Gold> gold, List<CharSpan> notSpeech, Analysis analysis) {
        List<Quote> predicted = analysis.quotes();
        boolean[] used = new boolean[gold.size()];
        int predictedRight = 0;
        int goldFound = 0;
        int speakers = 0;
        int cues = 0;
        for (Quote q : predicted) {
            boolean right = false;
            for (int g = 0; g < gold.size(); g++) {
                if (covers(q.span(), gold.get(g).span())) {
                    right = true;
                    if (!used[g]) {
                        used[g] = true;
                        goldFound++;
                        speakers += speakerRight(gold.get(g), q, analysis.entities()) ? 1 : 0;
                        String cue = gold.get(g).cue();
                        cues += (cue == null ? q.cueText() == null : cue.equals(q.cueText())) ? 1 : 0;
                    }
                    break;
                }
            }
            predictedRight += right ? 1 : 0;
        }
        int wrongSpeech = 0;
        for (Quote q : predicted) {
            for (CharSpan n : notSpeech) {
                if (q.span().overlaps(n)) {
                    wrongSpeech++;
                    break;
                }
            }
        }
        return new QuoteScore(gold.size(), predicted.size(), goldFound, predictedRight, speakers, cues, wrongSpeech);
    }

    private static boolean covers(CharSpan predicted, CharSpan gold) {
        int overlap = Math.min(predicted.end(), gold.end()) - Math.max(predicted.start(), gold.start());
        return overlap > 0 && 2L * overlap >= gold.length();
    }

    private static boolean speakerRight(Gold gold, Quote q, List<Entity> entities) {
        if (gold.speakerMentions().isEmpty() || q.speaker() == null) {
            return gold.speakerMentions().isEmpty() && q.speaker() == null;
        }
        for (Entity e : entities) {
            if (e.id().equals(q.speaker())) {
                for (Mention m : e.mentions()) {
                    for (CharSpan s : gold.speakerMentions()) {
                        if (m.span().overlaps(s)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    public QuoteScore plus(QuoteScore o) {
        return new QuoteScore(gold + o.gold, predicted + o.predicted, goldFound + o.goldFound,
                predictedRight + o.predictedRight, speakersRight + o.speakersRight, cuesRight + o.cuesRight,
                notSpeechReported + o.notSpeechReported);
    }

    public double precision() {
        return Ratios.share(predictedRight, predicted);
    }

    public double recall() {
        return Ratios.share(goldFound, gold);
    }

    public double f1() {
        return Ratios.f1(precision(), recall());
    }

    /** Speakers right among the gold quotes found. */
    public double speakerAccuracy() {
        return Ratios.share(speakersRight, goldFound);
    }

    public double cueAccuracy() {
        return Ratios.share(cuesRight, goldFound);
    }

    public String report() {
        return String.format(Locale.ROOT, "quotes: gold %d, predicted %d, found %d%n"
                        + "precision %.3f  recall %.3f  F1 %.3f%nspeakers right %.3f (%d/%d)  cues right %.3f (%d/%d)%n"
                        + "quotes reported over names or scare quotes: %d%n",
                gold, predicted, goldFound, precision(), recall(), f1(), speakerAccuracy(), speakersRight, goldFound,
                cueAccuracy(), cuesRight, goldFound, notSpeechReported);
    }
}
