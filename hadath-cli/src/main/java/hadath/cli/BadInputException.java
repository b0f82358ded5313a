package hadath.cli;

/** Input the user must fix: exit code 2 and one line on stderr, {@code name: problem}. */
public final class BadInputException extends Exception {

    public BadInputException(String name, String problem) {
        super(name + ": " + problem);
    }
}
