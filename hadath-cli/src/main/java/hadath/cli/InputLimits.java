package hadath.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Limits on what an article file may be. */
public record InputLimits(long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]i?b?|b)?", Pattern.CASE_INSENSITIVE);

    public InputLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, got " + maxBytes);
        }
    }

    /** Parses 5MB, 500KB, 1.5M, 2000000 (bytes); binary units (1 MB = 1,048,576 bytes). */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size; expected a number with an optional "
                    + "unit B, KB, MB or GB, e.g. 5MB");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return (long) (n * factor);
    }

    public static String describe(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
