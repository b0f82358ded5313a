package hadath.core.entity.ner;

/** A CoNLL file that cannot be read; the message starts with {@code file:line:} where a line is at fault. */
public final class ConllException extends RuntimeException {

    private final int line;
    private final String problem;

    public ConllException(String message) {
        super(message);
        this.line = 0;
        this.problem = message;
    }

    private ConllException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    public static ConllException at(String file, int line, String problem) {
        return new ConllException(file, line, problem);
    }

    /** The line at fault, counted from 1; 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    /** The message without the {@code file:line:} in front, so a caller can name the file its own way. */
    public String problem() {
        return problem;
    }
}
