package hadath.cli;

import hadath.server.AccessToken;
import hadath.server.ServerOptions;
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
            description = "token that write requests must send as 'Authorization: Bearer TOKEN' "
                    + "(default: $HADATH_TOKEN, else a new random one, printed at start)")
    String token;

    /** The options, or the problem with them; {@code generated} tells whether the token is new. */
    record Resolved(ServerOptions options, boolean generated) {
    }

    Resolved resolve() throws BadInputException {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port", port + " is not a port; expected 0 to 65535");
        }
        if (host.isBlank()) {
            throw new BadInputException("--host", "empty; expected an address such as 127.0.0.1");
        }
        String given = token != null ? token : System.getenv("HADATH_TOKEN");
        String source = token != null ? "--token" : "HADATH_TOKEN";
        if (given != null) {
            try {
                AccessToken.check(given);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(source, e.getMessage());
            }
        }
        boolean generated = given == null || given.isEmpty();
        return new Resolved(new ServerOptions(host.strip(), port, generated ? AccessToken.generate() : given,
                ServerOptions.DEFAULT_MAX_BODY), generated);
    }
}
