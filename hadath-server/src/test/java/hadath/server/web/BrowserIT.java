package hadath.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hadath.server.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every page in a real headless Chromium: what a person would see, with screenshots in target/screenshots. */
class BrowserIT {

    @TempDir
    static Path dir;
    static TestServer t;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir);
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        t.close();
    }

    private void open(String path) {
        browser.driver.get(t.uri(path).toString());
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(15));
    }

    private String css(WebElement e, String property) {
        return e.getCssValue(property);
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void articlePageHighlightsEveryKindAndClickingARecordFindsItsSpan() throws Exception {
        open("/articles/" + t.ids.get("visit"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(css(browser.driver.findElement(By.tagName("body")), "font-family")).contains("Noto Naskh Arabic");
        WebElement quote = browser.driver.findElement(By.cssSelector("#article-text .hl-quote"));
        assertThat(quote.getText()).isEqualTo("نعمل مع مصر على خطة مشتركة لإعادة إعمار غزة");
        assertThat(css(quote, "background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        Set<String> colours = new HashSet<>();
        for (String kind : List.of("person", "country", "place", "quote", "time", "amount")) {
            WebElement span = browser.driver.findElement(By.cssSelector("#article-text .hl-" + kind));
            colours.add(css(span, "background-color"));
        }
        assertThat(colours).as("a colour per kind").hasSize(6);
        assertThat(browser.driver.findElements(By.cssSelector("#article-text .hl-event"))).isNotEmpty();

        String ref = quote.getAttribute("data-ref");
        browser.driver.findElement(By.cssSelector(".record[data-target='" + ref + "']")).click();
        waiting().until(ExpectedConditions.attributeContains(quote, "class", "active"));
        assertThat(browser.driver.findElements(By.cssSelector("#article-text .hl.active")))
                .allSatisfy(e -> assertThat(e.getAttribute("data-ref")).isEqualTo(ref));
        browser.screenshot("article");
    }

    @Test
    void htmlInAnArticleIsShownAsText() throws Exception {
        open("/articles/" + t.ids.get("xss"));
        String text = browser.driver.findElement(By.id("article-text")).getText();
        assertThat(text).contains("<script>alert('xss')</script>").contains("\"><img src=x onerror=alert(2)>");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("<b>غريب</b>");
        assertThat(browser.driver.findElements(By.cssSelector("main img, main b"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("script")))
                .allSatisfy(s -> assertThat(s.getAttribute("src")).matches(".*/(webjars|static)/.*"));
        assertNoAlert();
        browser.screenshot("article-xss");
    }

    @Test
    void pasteAndAnalyseShowsTheTextHighlightedWithoutStoringIt() throws Exception {
        long before = t.store.counts().documents();
        open("/analyze");
        WebElement box = browser.driver.findElement(By.id("text"));
        box.sendKeys(TestServer.resource("clash.txt") + "\n<script>alert('pasted')</script>");
        browser.driver.findElement(By.id("analyze-button")).click();
        WebElement quote = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#result #article-text .hl-quote")));
        assertThat(quote.getText()).isEqualTo("القصف انتهاك صارخ لسيادة العراق");
        assertThat(browser.driver.findElement(By.id("article-text")).getText()).contains("<script>alert('pasted')</script>");
        assertNoAlert();
        assertThat(t.store.counts().documents()).isEqualTo(before);
        browser.screenshot("analyze");
    }

    @Test
    void searchFindsArticlesAndQuotesInAnySpelling() throws Exception {
        // عراق without the article finds العراق, in the articles and in the quotes
        open("/search?q=" + URLEncoder.encode("عراق", StandardCharsets.UTF_8));
        List<WebElement> docs = browser.driver.findElements(By.cssSelector(".doc h3 a"));
        assertThat(docs).extracting(WebElement::getText).contains("قصف تركي في شمال العراق");
        assertThat(browser.driver.findElements(By.cssSelector(".quote .quote-text"))).extracting(WebElement::getText)
                .anySatisfy(q -> assertThat(q).contains("لسيادة العراق"));
        browser.screenshot("search");
    }

    @Test
    void actorPageShowsNamesPartnersQuotesAndTimeline() throws Exception {
        open("/actors?q=" + URLEncoder.encode("المتحدث باسم الحكومة العراقية", StandardCharsets.UTF_8));
        if (!browser.driver.getCurrentUrl().matches(".*/actors/\\d+$")) {
            browser.driver.findElement(By.cssSelector("#actor-list a")).click();
        }
        assertThat(browser.driver.findElement(By.cssSelector("#names")).getText()).contains("المتحدث باسم الحكومة العراقية");
        assertThat(browser.driver.findElement(By.cssSelector("#quotes")).getText()).contains("انتهاك صارخ");
        waiting().until(d -> d.findElement(By.id("timeline-chart")).getAttribute("data-events") != null);
        browser.screenshot("actor");
    }

    @Test
    void eventsTableFiltersAndOffersDownloads() throws Exception {
        open("/events");
        assertThat(browser.driver.findElements(By.cssSelector("table.events tr"))).hasSizeGreaterThan(1);
        assertThat(browser.driver.findElement(By.id("download-csv")).getAttribute("href")).contains("format=csv");
        assertThat(browser.driver.findElement(By.id("download-gdelt")).getAttribute("href")).contains("format=gdelt");
        browser.screenshot("events");
        open("/events?root=04");
        List<WebElement> codes = browser.driver.findElements(By.cssSelector("table.events td code"));
        assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(c.getText()).startsWith("04"));
    }

    @Test
    void networkIsDrawn() throws Exception {
        open("/network");
        waiting().until(d -> d.findElement(By.id("network")).getAttribute("data-nodes") != null);
        Object nodes = browser.driver.executeScript("return window.hadathNetwork.nodes().length");
        Object edges = browser.driver.executeScript("return window.hadathNetwork.edges().length");
        assertThat(((Number) nodes).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) edges).intValue()).isGreaterThanOrEqualTo(1);
        Object widths = browser.driver.executeScript(
                "return window.hadathNetwork.edges().map(function (e) { return e.data('color'); }).join(' ')");
        assertThat((String) widths).contains("rgb(");
        browser.screenshot("network");
    }

    @Test
    void timelineChartCountsEventsByQuadClass() throws Exception {
        open("/timeline?granularity=month");
        waiting().until(d -> d.findElement(By.id("timeline-chart")).getAttribute("data-events") != null);
        int drawn = Integer.parseInt(browser.driver.findElement(By.id("timeline-chart")).getAttribute("data-events"));
        assertThat(drawn).isPositive();
        Object datasets = browser.driver.executeScript("return window.hadathChart.data.datasets.length");
        assertThat(((Number) datasets).intValue()).isGreaterThanOrEqualTo(1);
        browser.screenshot("timeline");
    }
}
