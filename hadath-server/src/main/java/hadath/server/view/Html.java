package hadath.server.view;

/** HTML escaping for text built outside the templates (the templates escape on their own). */
public final class Html {

    private Html() {
    }

    /** Escapes {@code & < > " '}, enough for element content and quoted attribute values. */
    public static String escape(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escape(s, 0, s.length(), out);
        return out.toString();
    }

    static void escape(CharSequence s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
