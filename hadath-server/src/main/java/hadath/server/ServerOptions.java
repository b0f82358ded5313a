package hadath.server;

import java.util.Objects;

/**
 * How the server listens and whom it lets write.
 *
 * @param host         the address to bind; 127.0.0.1 unless the user asks for more
 * @param port         the TCP port, or 0 for any free one (tests)
 * @param token        the token write endpoints require ({@code Authorization: Bearer TOKEN})
 * @param maxBodyBytes the largest request body accepted; larger is a 413
 */
public record ServerOptions(String host, int port, String token, long maxBodyBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** A 1,000,000-character article in Arabic is about 2 MB of UTF-8, plus JSON escaping. */
    public static final long DEFAULT_MAX_BODY = 4L * 1024 * 1024;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        AccessToken.check(token);
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1 KB, got " + maxBodyBytes);
        }
    }

    public static ServerOptions local(int port, String token) {
        return new ServerOptions(DEFAULT_HOST, port, token, DEFAULT_MAX_BODY);
    }
}
