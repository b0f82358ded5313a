package hadath.core.lexicon;

/** A lexicon file that cannot be used; the message starts with {@code file:line:} where a line is at fault. */
public final class LexiconException extends RuntimeException {

    public LexiconException(String message) {
        super(message);
    }

    public static LexiconException at(String file, int line, String problem) {
        return new LexiconException(file + ":" + line + ": " + problem);
    }
}
