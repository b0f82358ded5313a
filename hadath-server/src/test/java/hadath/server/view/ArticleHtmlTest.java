package hadath.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ArticleHtmlTest {

    private static final Pattern TAG = Pattern.compile("<(/?)span[^>]*>");

    private static Highlight h(int start, int end, String kind, String ref) {
        return new Highlight(start, end, kind, ref, null);
    }

    @Test
    void textIsEscapedInsideAndOutsideSpans() {
        String text = "قال <script>alert(1)</script> و\"><img onerror=x>";
        String html = ArticleHtml.render(text, List.of(h(4, 12, "quote", "Q1")));
        assertThat(html).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;").contains("&quot;&gt;&lt;img onerror=x&gt;");
        assertThat(html).startsWith("قال <span class=\"hl hl-quote\" data-ref=\"Q1\">&lt;script&gt;</span>");
    }

    @Test
    void labelsAndRefsAreEscapedInAttributes() {
        String html = ArticleHtml.render("أبو ظبي", List.of(new Highlight(0, 3, "place", "E\"1", "a\"><b>")));
        assertThat(html).contains("data-ref=\"E&quot;1\"").contains("title=\"a&quot;&gt;&lt;b&gt;\"");
    }

    @Test
    void nestedSpansNestInTheMarkup() {
        // a name inside a quote
        String html = ArticleHtml.render("قال إن لافروف وصل", List.of(h(7, 13, "person", "E1"), h(4, 16, "quote", "Q1")));
        assertThat(html).isEqualTo("قال <span class=\"hl hl-quote\" data-ref=\"Q1\">إن <span class=\"hl hl-person\" "
                + "data-ref=\"E1\">لافروف</span> وص</span>ل");
    }

    @Test
    void overlappingSpansAreSplitAndReopened() {
        String html = ArticleHtml.render("abcdefghij", List.of(h(0, 6, "quote", "Q1"), h(3, 9, "event", "V1")));
        assertThat(html).isEqualTo("<span class=\"hl hl-quote\" data-ref=\"Q1\">abc<span class=\"hl hl-event\" "
                + "data-ref=\"V1\">def</span></span><span class=\"hl hl-event\" data-ref=\"V1\">ghi</span>j");
    }

    @Test
    void offsetsAreCodePointsNotChars() {
        // the emoji is two UTF-16 chars but one code point
        String text = "😀 مصر";
        String html = ArticleHtml.render(text, List.of(h(2, 5, "country", "E1")));
        assertThat(html).isEqualTo("😀 <span class=\"hl hl-country\" data-ref=\"E1\">مصر</span>");
    }

    @Test
    void spansOutsideTheTextOrEmptyAreLeftOut() {
        String html = ArticleHtml.render("مصر", List.of(h(1, 9, "country", "E1"), h(2, 2, "time", "T1")));
        assertThat(html).isEqualTo("مصر");
    }

    @Test
    void sameSpanTwiceNestsByKind() {
        String html = ArticleHtml.render("قال", List.of(h(0, 3, "cue", "Q1"), h(0, 3, "event", "V1")));
        assertThat(html).isEqualTo("<span class=\"hl hl-event\" data-ref=\"V1\"><span class=\"hl hl-cue\" "
                + "data-ref=\"Q1\">قال</span></span>");
    }

    /** Whatever the spans, the markup is balanced and the visible text is the article, unchanged. */
    @Property(tries = 300)
    void anySpansKeepTheTextAndBalanceTheTags(@ForAll @Size(max = 40) String text,
                                              @ForAll @Size(max = 8) List<@IntRange(min = -2, max = 45) Integer> ends) {
        List<Highlight> spans = new ArrayList<>();
        for (int i = 0; i + 1 < ends.size(); i += 2) {
            spans.add(h(Math.min(ends.get(i), ends.get(i + 1)), Math.max(ends.get(i), ends.get(i + 1)),
                    i % 4 == 0 ? "quote" : "person", "X" + i));
        }
        String html = ArticleHtml.render(text, spans);
        int depth = 0;
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            depth += m.group(1).isEmpty() ? 1 : -1;
            assertThat(depth).isNotNegative();
        }
        assertThat(depth).isZero();
        String visible = TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertThat(visible).isEqualTo(text);
    }
}
