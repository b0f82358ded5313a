package hadath.server.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The article text as HTML with its highlights as {@code <span class="hl hl-KIND" data-ref="ID">}.
 *
 * <p>Every piece of article text and every attribute value is escaped here, because the templates insert the
 * result unescaped. Offsets are code points (the contract's unit), converted to UTF-16 indices before
 * slicing, so text outside the BMP does not shift the spans. Spans may nest (a name inside a quote) or
 * overlap (an event trigger across a quote's edge): a span that is still open when an inner-opened one
 * closes is closed and reopened around it, so the markup stays well formed and each fragment keeps its
 * {@code data-ref}. Spans outside the text or empty are left out rather than failing the page, since a
 * stored analysis may come from another version of the pipeline.
 */
public final class ArticleHtml {

    private static final List<String> ORDER = List.of("quote", "event", "cue", "person", "organization",
            "country", "place", "group", "time", "amount");

    private ArticleHtml() {
    }

    public static String render(String text, List<Highlight> highlights) {
        int[] charAt = codePointIndex(text);
        int length = charAt.length - 1;
        List<Highlight> spans = new ArrayList<>();
        for (Highlight h : highlights) {
            if (h.start() >= 0 && h.end() <= length && h.start() < h.end()) {
                spans.add(h);
            }
        }
        // outer spans first at the same start, so they end up outside
        spans.sort(Comparator.comparingInt(Highlight::start)
                .thenComparing(Comparator.comparingInt(Highlight::end).reversed())
                .thenComparingInt(h -> rank(h.kind())));
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(length);
        for (Highlight h : spans) {
            cuts.add(h.start());
            cuts.add(h.end());
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        List<Highlight> open = new ArrayList<>();
        int next = 0;
        int previous = 0;
        for (int cut : cuts) {
            Html.escape(text, charAt[previous], charAt[cut], out);
            closeEndingAt(cut, open, out);
            while (next < spans.size() && spans.get(next).start() == cut) {
                Highlight h = spans.get(next++);
                openTag(h, out);
                open.add(h);
            }
            previous = cut;
        }
        return out.toString();
    }

    private static void closeEndingAt(int cut, List<Highlight> open, StringBuilder out) {
        if (open.stream().noneMatch(h -> h.end() == cut)) {
            return;
        }
        List<Highlight> reopen = new ArrayList<>();
        while (open.stream().anyMatch(h -> h.end() == cut)) {
            Highlight top = open.remove(open.size() - 1);
            out.append("</span>");
            if (top.end() != cut) {
                reopen.add(0, top);
            }
        }
        for (Highlight h : reopen) {
            openTag(h, out);
            open.add(h);
        }
    }

    private static void openTag(Highlight h, StringBuilder out) {
        out.append("<span class=\"hl hl-").append(h.kind()).append("\" data-ref=\"");
        Html.escape(h.ref(), 0, h.ref().length(), out);
        out.append('"');
        if (h.label() != null) {
            out.append(" title=\"");
            Html.escape(h.label(), 0, h.label().length(), out);
            out.append('"');
        }
        out.append('>');
    }

    private static int rank(String kind) {
        int i = ORDER.indexOf(kind);
        return i < 0 ? ORDER.size() : i;
    }

    /** The UTF-16 index of every code-point offset, the text's length included. */
    static int[] codePointIndex(String text) {
        int n = text.codePointCount(0, text.length());
        int[] index = new int[n + 1];
        int ci = 0;
        for (int cp = 0; cp < n; cp++) {
            index[cp] = ci;
            ci += Character.charCount(text.codePointAt(ci));
        }
        index[n] = ci;
        return index;
    }
}
