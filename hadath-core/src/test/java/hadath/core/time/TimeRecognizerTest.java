package hadath.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule per test, on sentences written for these tests; publication 2021-02-09 (a Tuesday) unless said. */
class TimeRecognizerTest {

    private static final Pipeline PIPELINE = new Pipeline(PipelineConfig.lexiconOnly());
    private static final LocalDate TUESDAY = LocalDate.parse("2021-02-09");

    private static List<TimeExpression> times(String text, LocalDate published) {
        return PIPELINE.analyze(Document.builder(text).published(published).build()).times();
    }

    /** The text has exactly one time expression, with this text and value. */
    private static TimeExpression check(String text, LocalDate published, String expectedText, String value) {
        List<TimeExpression> found = times(text, published);
        assertThat(found).as(text).hasSize(1);
        TimeExpression t = found.get(0);
        assertThat(t.text()).isEqualTo(expectedText);
        assertThat(t.value()).isEqualTo(value);
        assertThat(text.substring(text.offsetByCodePoints(0, t.span().start()),
                text.offsetByCodePoints(0, t.span().end()))).isEqualTo(t.text());
        return t;
    }

    private static void checkNone(String text) {
        assertThat(times(text, TUESDAY)).as(text).isEmpty();
    }

    @Test
    void todayYesterdayAndTomorrowResolveAgainstPublication() {
        check("وصل الوفد اليوم إلى بيروت.", TUESDAY, "اليوم", "2021-02-09");
        check("عاد الوزير أمس من جنيف.", TUESDAY, "أمس", "2021-02-08");
        check("تنتهي المحادثات غداً في الدوحة.", TUESDAY, "غداً", "2021-02-10");
    }

    @Test
    void theDayBeforeYesterdayIsTwoDaysBack() {
        check("اندلعت الاشتباكات أول من أمس في الحي.", TUESDAY, "أول من أمس", "2021-02-07");
        check("اندلعت الاشتباكات أمس الأول في الحي.", TUESDAY, "أمس الأول", "2021-02-07");
    }

    @Test
    void theDayAfterTomorrowIsTwoDaysAhead() {
        check("ويصل المبعوث بعد غد إلى صنعاء.", TUESDAY, "بعد غد", "2021-02-11");
    }

    @Test
    void aPartOfDayAddsItsTimeMlSuffix() {
        check("وصل الرئيس مساء أمس إلى الرياض.", TUESDAY, "مساء أمس", "2021-02-08TEV");
        check("دوّى انفجار صباح اليوم في المرفأ.", TUESDAY, "صباح اليوم", "2021-02-09TMO");
        check("سقطت قذيفتان فجر اليوم قرب الحدود.", TUESDAY, "فجر اليوم", "2021-02-09TMO");
        check("هدأت الاشتباكات ليلة أمس في المدينة.", TUESDAY, "ليلة أمس", "2021-02-08TNI");
        check("انتهى الاجتماع عصر اليوم بلا نتيجة.", TUESDAY, "عصر اليوم", "2021-02-09TAF");
    }

    @Test
    void withoutPublicationDateARelativeDayKeepsItsOffset() {
        TimeExpression t = check("عاد الوزير أول من أمس من جنيف.", null, "أول من أمس", null);
        assertThat(t.relative()).isEqualTo("-P2D");
        assertThat(check("تنتهي المحادثات غداً.", null, "غداً", null).relative()).isEqualTo("P1D");
    }

    @Test
    void aWeekdayInAppositionThatFitsIsNoConflict() {
        TimeExpression t = check("وصل الوفد اليوم (الثلاثاء) إلى بيروت.", TUESDAY, "اليوم (الثلاثاء)", "2021-02-09");
        assertThat(t.conflict()).isNull();
    }

    @Test
    void aWeekdayThatContradictsPublicationWinsAndIsReported() {
        TimeExpression t = check("وصل الوفد اليوم (الاثنين) إلى بيروت.", TUESDAY, "اليوم (الاثنين)", "2021-02-08");
        assertThat(t.conflict()).isEqualTo("weekday Monday but 2021-02-09 is a Tuesday");
        assertThat(check("عُقد الاجتماع أمس الأحد.", TUESDAY, "أمس الأحد", "2021-02-07").conflict()).isNotNull();
    }

    @Test
    void aWeekdayWithPastOrNextIsTheOneBeforeOrAfterPublication() {
        check("التقى الوزيران الأحد الماضي في عمّان.", TUESDAY, "الأحد الماضي", "2021-02-07");
        check("تعقد القمة الخميس المقبل في الجزائر.", TUESDAY, "الخميس المقبل", "2021-02-11");
        check("تظاهر الآلاف يوم الجمعة في الساحة.", TUESDAY, "يوم الجمعة", "2021-02-05");
        check("وصل مساء السبت إلى القاهرة.", TUESDAY, "مساء السبت", "2021-02-06TEV");
    }

    @Test
    void levantineEgyptianAndMaghrebiMonthsGiveTheSameDates() {
        check("جرت الانتخابات في 7 حزيران 2020 بهدوء.", null, "7 حزيران 2020", "2020-06-07");
        check("جرت الانتخابات في 7 يونيو 2020 بهدوء.", null, "7 يونيو 2020", "2020-06-07");
        check("جرت الانتخابات في 7 جوان 2020 بهدوء.", null, "7 جوان 2020", "2020-06-07");
        check("وقّع الاتفاق في 3 تشرين الأول 2019.", null, "3 تشرين الأول 2019", "2019-10-03");
    }

    @Test
    void aMonthAndYearAloneIsAMonth() {
        check("تراجعت الليرة في أيلول 2020 بشدة.", null, "أيلول 2020", "2020-09");
        check("أُعلن القرار في شباط/فبراير 2021.", null, "شباط/فبراير 2021", "2021-02");
    }

    @Test
    void aDateWithoutYearTakesTheYearNearestPublication() {
        check("يبدأ المعرض في 3 آذار في بغداد.", TUESDAY, "3 آذار", "2021-03-03");
        check("انتهى المعرض في 28 كانون الأول بنجاح.", TUESDAY, "28 كانون الأول", "2020-12-28");
        check("يبدأ المعرض في 3 آذار في بغداد.", null, "3 آذار", "XXXX-03-03");
    }

    @Test
    void aMonthWithPastIsTheLastSuchMonthBeforePublication() {
        check("زار الرئيس موسكو في آذار الماضي.", TUESDAY, "آذار الماضي", "2020-03");
    }

    @Test
    void aWeekdayBeforeADateThatDoesNotFitIsReportedAndTheDateKept() {
        TimeExpression t = check("وقع الهجوم يوم الاثنين 7 شباط 2021.", null, "يوم الاثنين 7 شباط 2021", "2021-02-07");
        assertThat(t.conflict()).isEqualTo("weekday Monday but 2021-02-07 is a Sunday");
        assertThat(check("وقع الهجوم يوم الأحد 7 شباط 2021.", null, "يوم الأحد 7 شباط 2021", "2021-02-07").conflict())
                .isNull();
    }

    @Test
    void aRangeOfDaysIsAnInterval() {
        check("تعقد الجلسات بين 5 و7 آب في جنيف.", LocalDate.parse("2021-07-01"), "بين 5 و7 آب",
                "2021-08-05/2021-08-07");
        check("تعقد الجلسات من 10 إلى 12 أكتوبر 2022.", null, "من 10 إلى 12 أكتوبر 2022", "2022-10-10/2022-10-12");
    }

    @Test
    void hijriDatesAreConvertedToGregorian() {
        check("بدأ الصيام في 1 رمضان 1442 هـ في المملكة.", null, "1 رمضان 1442 هـ", "2021-04-13");
        check("أُعلن القرار في 15 شعبان 1442هـ.", null, "15 شعبان 1442هـ", "2021-03-28");
    }

    @Test
    void aHijriMonthWithoutDayIsItsGregorianInterval() {
        check("ترتفع الأسعار في رمضان 1442 هـ عادة.", null, "رمضان 1442 هـ", "2021-04-13/2021-05-12");
    }

    @Test
    void aMonthThatIsAlsoAWordNeedsADayOrAYear() {
        checkNone("أكد الوزير أن آب العائلة لم يحضر.");
        checkNone("قدم الشاب مارس الرياضة منذ صغره.");
    }

    @Test
    void yearsAfterYearNouns() {
        check("نما الاقتصاد في عام 2019 بنسبة كبيرة.", null, "عام 2019", "2019");
        check("وفي العام 2018 تراجعت الصادرات.", null, "العام 2018", "2018");
        check("انخفض الإنتاج سنة 2017 إلى النصف.", null, "سنة 2017", "2017");
        check("خُصصت الأموال لعام 2022 كله.", null, "عام 2022", "2022");
    }

    @Test
    void aYearAfterFiIsTheYearAlone() {
        check("ارتفعت الأسعار في 2020 بشكل كبير.", null, "2020", "2020");
    }

    @Test
    void aNumberAfterFiWithAUnitIsNotAYear() {
        checkNone("شارك في 2000 جندي في المناورات.");
    }

    @Test
    void aHijriYearIsItsGregorianInterval() {
        check("تأسست المدرسة عام 1400 هـ في مكة.", null, "عام 1400 هـ", "1979-11-21/1980-11-08");
    }

    @Test
    void aYearInParenthesesWithItsEraWord() {
        check("هاجرت العائلة سنة ( 1931 ) م إلى الخارج.", null, "سنة ( 1931 ) م", "1931");
        check("بُني الجامع عام ( 1335 ) هجري على يد الوالي.", null, "عام ( 1335 ) هجري", "1916-10-28/1917-10-17");
        check("وُلد الشاعر عام 1911 ميلادي في القرية.", null, "عام 1911 ميلادي", "1911");
    }

    @Test
    void aBareYearAfterAPrepositionOrInParentheses() {
        check("تدهور الاقتصاد منذ 2011 بشكل متواصل.", null, "2011", "2011");
        check("هُجّر السكان بعد ( 1967 ) من قراهم.", null, "( 1967 )", "1967");
        check("ارتفعت الأسعار مطلع 2019 بشكل حاد.", null, "2019", "2019");
    }

    @Test
    void aNumberBeforeAPeriodNounIsACountNotAYear() {
        check("بُنيت القلعة قبل 2000 سنة تقريباً.", TUESDAY, "قبل 2000 سنة", "0021");
    }

    @Test
    void aDateInDigitsIsDayMonthYear() {
        check("صدر القرار بتاريخ 14/3/2012 عن المجلس.", null, "14/3/2012", "2012-03-14");
        check("صدر القرار بتاريخ ( 4 / 3 / 1968 ) عن المجلس.", null, "4 / 3 / 1968", "1968-03-04");
        check("عُقد المؤتمر في 3-5-2009 في الرباط.", null, "3-5-2009", "2009-05-03");
    }

    @Test
    void aMonthNameWithItsDateInDigitsIsOneDate() {
        check("وقّع الاتفاق في تشرين الثاني ( 14 / 11 / 1952 ) في القدس.", null, "تشرين الثاني ( 14 / 11 / 1952 )",
                "1952-11-14");
    }

    @Test
    void aMonthAndAYearInParentheses() {
        check("صدر العدد الأول في آذار ( 1950 ) في يافا.", null, "آذار ( 1950 )", "1950-03");
    }

    @Test
    void relativeWeeksMonthsAndYears() {
        check("ارتفعت الأسعار الأسبوع الماضي بشكل حاد.", TUESDAY, "الأسبوع الماضي", "2021-W05");
        check("تبدأ المفاوضات الشهر المقبل في فيينا.", TUESDAY, "الشهر المقبل", "2021-03");
        check("تراجع النمو العام الماضي بسبب الجائحة.", TUESDAY, "العام الماضي", "2020");
        check("يتوقع البنك نمواً خلال العام الجاري في المنطقة.", TUESDAY, "العام الجاري", "2021");
        check("تضاعفت الأسعار هذا العام في السوق.", TUESDAY, "هذا العام", "2021");
    }

    @Test
    void relativePeriodsWithoutPublicationKeepTheirOffset() {
        assertThat(check("ارتفعت الأسعار الأسبوع الماضي بشكل حاد.", null, "الأسبوع الماضي", null).relative())
                .isEqualTo("-P1W");
        assertThat(check("تبدأ المفاوضات الشهر المقبل.", null, "الشهر المقبل", null).relative()).isEqualTo("P1M");
    }

    @Test
    void agoCountsBackFromPublication() {
        check("اعتُقل الناشط قبل ثلاثة أيام في العاصمة.", TUESDAY, "قبل ثلاثة أيام", "2021-02-06");
        check("أُغلق المعبر منذ أسبوعين بلا سبب.", TUESDAY, "منذ أسبوعين", "2021-W04");
        check("غادر البلاد قبل شهر تقريباً.", TUESDAY, "قبل شهر", "2021-01");
        check("انتُخب قبل 5 سنوات رئيساً للبلدية.", TUESDAY, "قبل 5 سنوات", "2016");
        assertThat(check("أُغلق المعبر منذ أسبوعين بلا سبب.", null, "منذ أسبوعين", null).relative()).isEqualTo("-P2W");
    }

    @Test
    void sinceAYearIsTheYearNotAnOffset() {
        check("تدور الحرب منذ عام 2011 في البلاد.", TUESDAY, "عام 2011", "2011");
    }

    @Test
    void aFewDaysAgoHasNoDate() {
        checkNone("وصل الوفد قبل أيام إلى المدينة.");
    }

    @Test
    void todayFollowedByADefiniteWordIsNotToday() {
        checkNone("عاد الوفد في اليوم التالي إلى بلاده.");
        checkNone("احتفلت البلاد باليوم الوطني بحضور الوزير.");
    }

    @Test
    void theFirstOfTwoVisitsIsNotAnOrdinalDate() {
        checkNone("في أول زيارة خارجية له التقى الرئيس.");
    }

    @Test
    void idsFollowTheTextOrder() {
        List<TimeExpression> found = times("وصل أمس وغادر اليوم ويعود الأسبوع المقبل.", TUESDAY);
        assertThat(found).extracting(TimeExpression::id).containsExactly("T1", "T2", "T3");
        assertThat(found).extracting(TimeExpression::value).containsExactly("2021-02-08", "2021-02-09", "2021-W07");
    }
}
