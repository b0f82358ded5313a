package hadath.core.entity.ner;

import java.util.List;
import java.util.Locale;

/**
 * ANERcorp cut by sentences, in file order: the first {@code share} trains, the rest is held out and is
 * never trained or tuned on; the last {@code 1 - share} of the training part is the dev split that tuning
 * looks at. Contiguous cuts, because the corpus is articles in a row: a random cut would put sentences of
 * one article on both sides and flatter the scores.
 *
 * @param trainEnd  sentences {@code [0, trainEnd)} train
 * @param devStart  sentences {@code [devStart, trainEnd)} are the dev split
 */
record Splits(List<ConllSentence> all, int trainEnd, int devStart) {

    Splits {
        all = List.copyOf(all);
        if (!(0 < devStart && devStart < trainEnd && trainEnd < all.size())) {
            throw new IllegalArgumentException("cannot split " + all.size() + " sentences at " + devStart + " and "
                    + trainEnd + "; every part needs a sentence");
        }
    }

    static Splits of(List<ConllSentence> all, double share) {
        int trainEnd = (int) Math.floor(all.size() * share);
        return new Splits(all, trainEnd, (int) Math.floor(trainEnd * share));
    }

    List<ConllSentence> train() {
        return all.subList(0, trainEnd);
    }

    List<ConllSentence> fit() {
        return all.subList(0, devStart);
    }

    List<ConllSentence> dev() {
        return all.subList(devStart, trainEnd);
    }

    List<ConllSentence> heldOut() {
        return all.subList(trainEnd, all.size());
    }

    /** The last line of the training part (the blank line that ends its last sentence). */
    int lastTrainLine() {
        return all.get(trainEnd).line() - 1;
    }

    int lastLine() {
        ConllSentence last = all.get(all.size() - 1);
        return last.line() + last.size() - 1;
    }

    String file() {
        return all.get(0).file();
    }

    String describe() {
        return String.format(Locale.ROOT, "ANERcorp %s: %d sentences, %d tokens; training part: sentences 1..%d "
                        + "(lines 1..%d, %d tokens), dev split: sentences %d..%d (lines %d..%d), held out: sentences "
                        + "%d..%d (lines %d..%d, %d tokens)", file(), all.size(), NerTrainerCommand.tokens(all), trainEnd,
                lastTrainLine(), NerTrainerCommand.tokens(train()), devStart + 1, trainEnd, all.get(devStart).line(),
                lastTrainLine(), trainEnd + 1, all.size(), lastTrainLine() + 1, lastLine(),
                NerTrainerCommand.tokens(heldOut()));
    }
}
