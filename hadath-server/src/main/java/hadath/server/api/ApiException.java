package hadath.server.api;

/**
 * A request the client must fix, or a thing that is not there: becomes {@code {"error": message}} with the
 * status, for the API and the pages alike. The message names the problem and what is allowed.
 */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("client errors only (4xx), got " + status);
        }
        this.status = status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public int status() {
        return status;
    }
}
