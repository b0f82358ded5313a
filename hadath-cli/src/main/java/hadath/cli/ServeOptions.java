package hadath.cli;

import hadath.server.AccessToken;
import hadath.server.ServerOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code serve} and {@code demo} share: where to listen and the write token. */
final class ServeOptions {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network)")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "token that write requests must send as 'Authorization: Bearer TOKEN' (default: "
                    + "$HADATH_TOKEN, else the one in ~/.hadath/token, generated and printed on the first start)")
    String token;

    /** The options, and where the token came from, for the start-up message. */
    record Resolved(ServerOptions options, String tokenSource, boolean newToken) {
    }

    /** Checks the port and host before anything slow happens. */
    void check() throws BadInputException {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port", port + " is not a port; expected 0 to 65535");
        }
        if (host.isBlank()) {
            throw new BadInputException("--host", "empty; expected an address such as 127.0.0.1");
        }
        String given = given();
        if (given != null) {
            try {
                AccessToken.check(given);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(token != null ? "--token" : "HADATH_TOKEN", e.getMessage());
            }
        }
    }

    Resolved resolve() throws BadInputException {
        return resolve(TokenFile.defaultPath());
    }

    Resolved resolve(Path tokenFile) throws BadInputException {
        check();
        String given = given();
        if (given != null) {
            return new Resolved(options(given), token != null ? "--token" : "HADATH_TOKEN", false);
        }
        TokenFile.Read read = TokenFile.readOrCreate(tokenFile);
        return new Resolved(options(read.token()), tokenFile.toString(), read.created());
    }

    private String given() {
        String given = token != null ? token : System.getenv("HADATH_TOKEN");
        return given == null || given.isEmpty() ? null : given;
    }

    private ServerOptions options(String writeToken) {
        return new ServerOptions(host.strip(), port, writeToken, ServerOptions.DEFAULT_MAX_BODY);
    }
}
