package hadath.core.amount;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule per test, on sentences written for these tests. */
class AmountRecognizerTest {

    private static final Pipeline PIPELINE = new Pipeline(PipelineConfig.lexiconOnly());

    private static List<Amount> amounts(String text) {
        return PIPELINE.analyze(Document.of(text)).amounts();
    }

    /** The text has exactly one amount, with this text, value and unit. */
    private static Amount check(String text, String expectedText, double value, String unit) {
        List<Amount> found = amounts(text);
        assertThat(found).as(text).hasSize(1);
        Amount a = found.get(0);
        assertThat(a.text()).isEqualTo(expectedText);
        assertThat(a.value()).isEqualTo(value);
        assertThat(a.unit()).isEqualTo(unit);
        assertThat(text.substring(a.span().start(), a.span().end())).isEqualTo(a.text());
        return a;
    }

    private static void checkNone(String text) {
        assertThat(amounts(text)).as(text).isEmpty();
    }

    @Test
    void dollarAloneIsUsd() {
        check("خصصت الحكومة 40 مليون دولار للإعمار.", "40 مليون دولار", 4e7, "USD");
    }

    @Test
    void aQualifiedCurrencyIsItsOwnCode() {
        check("دفعت الشركة 12 مليون دولار كندي كغرامة.", "12 مليون دولار كندي", 1.2e7, "CAD");
        check("قدمت المملكة قرضاً بقيمة 2.5 مليار ريال سعودي.", "2.5 مليار ريال سعودي", 2.5e9, "SAR");
        check("خصصت الحكومة 500 مليون جنيه إسترليني للمدارس.", "500 مليون جنيه إسترليني", 5e8, "GBP");
    }

    @Test
    void aBareCurrencyNameSharedByCountriesHasNoCode() {
        check("بلغ سعر الخبز ألف ليرة في الأسواق.", "ألف ليرة", 1000, null);
    }

    @Test
    void percentagesInEverySpelling() {
        check("ارتفع التضخم إلى 12.5 بالمئة خلال الربع.", "12.5 بالمئة", 12.5, "percent");
        check("تراجعت البطالة إلى 7 في المئة.", "7 في المئة", 7, "percent");
        check("بلغت المشاركة ٤٥ في المائة من الناخبين.", "٤٥ في المائة", 45, "percent");
        check("تراجعت البطالة إلى ٧٫٥٪ في البلاد.", "٧٫٥٪", 7.5, "percent");
        check("نما الاقتصاد 3% في البلاد.", "3%", 3, "percent");
    }

    @Test
    void peopleAndCasualtiesAreCounted() {
        check("قُتل 25 شخصاً في الهجوم.", "25 شخصاً", 25, "person");
        check("سقط عشرون قتيلاً في الغارة.", "عشرون قتيلاً", 20, "killed");
        check("نُقل ثلاثون جريحاً إلى المستشفى.", "ثلاثون جريحاً", 30, "injured");
        check("وصل 150 لاجئاً إلى الجزيرة.", "150 لاجئاً", 150, "refugee");
        check("أرسلت الولايات المتحدة ثلاثة آلاف جندي إلى المنطقة.", "ثلاثة آلاف جندي", 3000, "soldier");
    }

    @Test
    void barrelsAndTonnes() {
        check("ينتج العراق ٣ ملايين برميل يومياً.", "٣ ملايين برميل", 3e6, "barrel");
        check("صدّرت البلاد ٢٬٠٠٠ طن من القمح.", "٢٬٠٠٠ طن", 2000, "tonne");
    }

    @Test
    void approximationWordsMakeItApproximate() {
        assertThat(check("بلغت الكلفة نحو ملياري دولار.", "نحو ملياري دولار", 2e9, "USD").approx()).isTrue();
        assertThat(check("كلّف المشروع حوالى 30 مليون يورو.", "حوالى 30 مليون يورو", 3e7, "EUR").approx()).isTrue();
        assertThat(check("كلّف المشروع قرابة خمسمئة ألف دولار.", "قرابة خمسمئة ألف دولار", 5e5, "USD").approx()).isTrue();
        assertThat(check("خسر الاقتصاد ما يقارب خمسة وعشرين مليار دولار.", "ما يقارب خمسة وعشرين مليار دولار", 2.5e10,
                "USD").approx()).isTrue();
        assertThat(check("نزح زهاء مئتي ألف شخص.", "زهاء مئتي ألف شخص", 2e5, "person").approx()).isTrue();
        assertThat(check("تجاوز الدين 100 مليار دولار تقريباً.", "100 مليار دولار تقريباً", 1e11, "USD").approx())
                .isTrue();
    }

    @Test
    void aProcliticOnTheApproximationStaysOutOfTheSpan() {
        assertThat(check("قُدّرت الأضرار بنحو 3 ملايين دولار.", "نحو 3 ملايين دولار", 3e6, "USD").approx()).isTrue();
    }

    @Test
    void boundsAreKeptApartFromApproximation() {
        Amount more = check("نزح أكثر من 40 ألف شخص.", "أكثر من 40 ألف شخص", 4e4, "person");
        assertThat(more.bound()).isEqualTo("more-than");
        assertThat(more.approx()).isFalse();
        assertThat(check("ارتفع السعر بأقل من 2 دولار.", "أقل من 2 دولار", 2, "USD").bound()).isEqualTo("less-than");
        assertThat(check("خصصت ما لا يقل عن 500 مليون يورو.", "ما لا يقل عن 500 مليون يورو", 5e8, "EUR").bound())
                .isEqualTo("at-least");
    }

    @Test
    void aBareNumberIsNotAnAmount() {
        checkNone("احتل المنتخب المركز 20 في الترتيب.");
        checkNone("صوّت 120 من أعضاء المجلس لصالح القرار.");
    }

    @Test
    void yearsAndDatesAreNotAmounts() {
        checkNone("جرت الانتخابات في 7 حزيران 2020 بهدوء.");
        checkNone("نما الاقتصاد في عام 2019 بشدة.");
    }

    @Test
    void ordinalsAreNotAmounts() {
        checkNone("احتفلت البلاد بالذكرى الخامسة للاستقلال.");
    }

    @Test
    void theSubjectBeforeTheVerbOfMeasureIsWhatIsMeasured() {
        Amount a = check("قال الوزير إن حجم الاستثمارات الأجنبية في البلاد، بلغ 8 مليارات دولار.", "8 مليارات دولار",
                8e9, "USD");
        assertThat(a.about()).isEqualTo("حجم الاستثمارات الأجنبية في البلاد");
    }

    @Test
    void theSubjectAfterTheVerbOfMeasureIsWhatIsMeasured() {
        assertThat(check("بلغت قيمة الصادرات النفطية 5 مليارات دولار.", "5 مليارات دولار", 5e9, "USD").about())
                .isEqualTo("قيمة الصادرات النفطية");
        assertThat(check("ارتفع معدل التضخم إلى 12 بالمئة.", "12 بالمئة", 12, "percent").about())
                .isEqualTo("معدل التضخم");
    }

    @Test
    void byAPercentageStaysOutOfWhatIsMeasured() {
        assertThat(check("تراجع سعر صرف الليرة بنسبة 30% خلال شهر.", "30%", 30, "percent").about())
                .isEqualTo("سعر صرف الليرة");
    }

    @Test
    void theThingAfterAShareNounIsWhatIsMeasured() {
        List<Amount> found = amounts("بلغت التجارة 4 مليارات دولار، منها 3 مليارات دولار قيمة الواردات الصينية.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).about()).isEqualTo("الواردات الصينية");
    }

    @Test
    void theNounBeforeBiqimaIsWhatIsMeasured() {
        assertThat(check("وقعت الشركتان اتفاقية التعاون بقيمة 3 مليارات يورو.", "3 مليارات يورو", 3e9, "EUR").about())
                .isEqualTo("اتفاقية التعاون");
    }

    @Test
    void noClauseNoAbout() {
        assertThat(check("قُتل 25 شخصاً في الهجوم.", "25 شخصاً", 25, "person").about()).isNull();
    }

    @Test
    void theYearOfTheSentenceIsTheAmountsYear() {
        assertThat(check("بلغت الصادرات 5 مليارات دولار في عام 2019.", "5 مليارات دولار", 5e9, "USD").year())
                .isEqualTo(2019);
        assertThat(check("بلغت الصادرات 5 مليارات دولار.\nوفي عام 2019 تراجعت.", "5 مليارات دولار", 5e9, "USD").year())
                .isNull();
    }

    @Test
    void theYearOfARelativeYearNeedsThePublicationDate() {
        Document doc = Document.builder("بلغ العجز 3 مليارات دولار العام الماضي.")
                .published(java.time.LocalDate.parse("2021-02-09")).build();
        assertThat(PIPELINE.analyze(doc).amounts().get(0).year()).isEqualTo(2020);
    }

    @Test
    void idsFollowTheTextOrder() {
        List<Amount> found = amounts("قُتل 5 جنود وأصيب 12 مدنياً وتضررت 3 منازل.");
        assertThat(found).extracting(Amount::id).containsExactly("A1", "A2", "A3");
        assertThat(found).extracting(Amount::unit).containsExactly("soldier", "civilian", "house");
    }
}
