package hadath.core.entity.ner;

/** A CoNLL file that cannot be read; the message starts with {@code file:line:} where a line is at fault. */
public final class ConllException extends RuntimeException {

    public ConllException(String message) {
        super(message);
    }

    public static ConllException at(String file, int line, String problem) {
        return new ConllException(file + ":" + line + ": " + problem);
    }
}
