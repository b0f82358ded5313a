package hadath.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Query parameters read strictly: a bad value is a 400 naming the parameter and what it accepts. */
public final class Params {

    /** Longest accepted text parameter (a search, a name); longer is a 400, not a slow query. */
    public static final int MAX_TEXT = 500;

    private Params() {
    }

    public static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + " is " + v.length() + " characters; at most " + MAX_TEXT + " allowed");
        }
        return v.strip();
    }

    public static int integer(Context ctx, String name, int otherwise) {
        String v = text(ctx, name);
        if (v == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, got '" + v + "'");
        }
    }

    public static Integer integerOrNull(Context ctx, String name, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        int n = integer(ctx, name, 0);
        if (n < min || n > max) {
            throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    public static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        return v == null ? null : date(v, name);
    }

    public static LocalDate date(String v, String name) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, got '" + v + "'");
        }
    }

    /** One of a fixed set of words, case-insensitive; null when absent. */
    public static String choice(Context ctx, String name, List<String> allowed) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ApiException.badRequest("unknown " + name + " '" + v + "'; expected one of " + String.join(", ", allowed));
        }
        return lower;
    }
}
