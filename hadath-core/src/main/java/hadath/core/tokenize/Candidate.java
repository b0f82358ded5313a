package hadath.core.tokenize;

/**
 * One way to look a token up: a key, and how many letters of the token's key were taken as clitics at
 * its start ({@code prefix}) and end ({@code suffix}). {@code prefix == suffix == 0} is the token as written.
 * Only that literal key may be empty (a lone tatweel has no letters left); a stripped one never is.
 */
public record Candidate(String key, int prefix, int suffix) {

    public Candidate {
        if ((key.isEmpty() && (prefix > 0 || suffix > 0)) || prefix < 0 || suffix < 0) {
            throw new IllegalArgumentException("bad candidate '" + key + "' (" + prefix + ", " + suffix + ")");
        }
    }

    public boolean isLiteral() {
        return prefix == 0 && suffix == 0;
    }
}
