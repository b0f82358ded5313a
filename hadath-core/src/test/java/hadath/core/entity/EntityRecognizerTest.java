package hadath.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.entity.ner.NerSpan;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.sentence.SentenceSplitter;
import hadath.core.text.Document;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One rule per test, on sentences written for these tests, with the bundled lexicon. */
class EntityRecognizerTest {

    private static final Pipeline PIPELINE = new Pipeline(PipelineConfig.defaults());

    private static List<Entity> entities(String text) {
        return PIPELINE.analyze(Document.of(text)).entities();
    }

    private static Entity withCode(List<Entity> entities, String actorCode) {
        return entities.stream().filter(e -> actorCode.equals(e.actorCode())).findFirst().orElseThrow();
    }

    private static Optional<Entity> named(List<Entity> entities, String canonicalEn) {
        return entities.stream().filter(e -> canonicalEn.equals(e.canonicalEn())).findFirst();
    }

    private static List<String> mentions(Entity e, MentionKind kind) {
        return e.mentions().stream().filter(m -> m.kind() == kind).map(Mention::text).toList();
    }

    /**
     * Archive news of 1990-2015 names bodies and office-holders of that period: an auxiliary force (the South
     * Lebanon Army), the Somali Islamic Courts (a movement, not a court), a transitional government, an Iraqi
     * militia and minister of 2004, a Balkan rebel army, a UN commission and a UN envoy.
     */
    @Test
    void actorsOfThePeriodTakeTheirDictionaryCodes() {
        List<Entity> found = entities("قصف جيش لبنان الجنوبي قرى في الجنوب، وقال أنطوان لحد إن قواته لن تنسحب. "
                + "وسيطرت المحاكم الإسلامية على مقديشو، فيما دعت الحكومة الاتحادية الانتقالية إلى الحوار. "
                + "واتهم حازم الشعلان جيش المهدي بمهاجمة الشرطة، ورحب الأخضر الإبراهيمي بالاتفاق. "
                + "وهاجم جيش تحرير كوسوفو دورية، وطالبت لجنة التحقيق الدولية المستقلة سوريا بالتعاون.");
        assertThat(codeOf(found, "جيش لبنان الجنوبي")).contains("LBNUAF");
        assertThat(codeOf(found, "أنطوان لحد")).contains("LBNUAF");
        assertThat(codeOf(found, "المحاكم الإسلامية")).contains("SOMREB");
        assertThat(codeOf(found, "الحكومة الاتحادية الانتقالية")).contains("SOMGOV");
        assertThat(codeOf(found, "حازم الشعلان")).contains("IRQGOV");
        assertThat(codeOf(found, "جيش المهدي")).contains("IRQUAF");
        assertThat(codeOf(found, "الأخضر الإبراهيمي")).contains("IGOUNO");
        assertThat(codeOf(found, "جيش تحرير كوسوفو")).contains("KOSREB");
        assertThat(codeOf(found, "لجنة التحقيق الدولية المستقلة")).contains("IGOUNO");
    }

    private static Optional<String> codeOf(List<Entity> entities, String mention) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .map(Entity::actorCode).findFirst();
    }

    /**
     * Unions, syndicates, employers' bodies and student unions are actors of their state's civil sector: workers
     * and professionals LAB, journalists MED, judges JUD, employers BUS, students EDU; an organ of the Arab League
     * is the League's code, read whole rather than as the League inside a longer name.
     */
    @Test
    void bodiesOfCivilAndEconomicLifeTakeTheirStatesSectorCode() {
        List<Entity> found = entities("ودعا الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية والاتحاد العام لطلبة تونس "
                + "إلى الحوار، فيما أعلنت نقابة الصحفيين المصريين ونقابة المعلمين الأردنيين الإضراب. "
                + "وانتقد نادي قضاة المغرب القرار، ورحب مجلس جامعة الدول العربية بموقف اتحاد الغرف السعودية.");
        assertThat(named(found, "Tunisian Union of Industry, Trade and Handicrafts").map(Entity::actorCode))
                .contains("TUNBUS");
        assertThat(named(found, "General Union of Tunisian Students").map(Entity::actorCode)).contains("TUNEDU");
        assertThat(named(found, "Egyptian Journalists Syndicate").map(Entity::actorCode)).contains("EGYMED");
        assertThat(named(found, "Jordanian Teachers Syndicate").map(Entity::actorCode)).contains("JORLAB");
        assertThat(named(found, "Moroccan Judges Club").map(Entity::actorCode)).contains("MARJUD");
        assertThat(named(found, "Council of the Arab League").map(Entity::actorCode)).contains("IGOMEAARL");
        assertThat(named(found, "Federation of Saudi Chambers").map(Entity::actorCode)).contains("SAUBUS");
        assertThat(named(found, "Arab League")).isEmpty();
    }

    @Test
    void depositorsAreCiviliansOfWhereTheyGather() {
        assertThat(entities("وفي بيروت، تجمع مئات المودعين أمام مبنى البرلمان.").stream().map(Entity::actorCode))
                .contains("LBNCVL");
    }

    @Test
    void aNameEndsBeforeAPrepositionWrittenApart() {
        assertThat(withTagged("وأشاد الرئيس عون بـ\"الدعم\" السعودي.", "PER", "عون بـ").stream()
                .flatMap(e -> e.mentions().stream()).map(m -> m.text())).contains("عون").doesNotContain("عون بـ");
    }

    @Test
    void aCapitalAfterLamIsWhoseOrForWhomNotWhere() {
        // للرياض: Riyadh's, or for Riyadh (a place takes في، إلى، من); بالرياض stays where
        assertThat(entities("وأشاد الرئيس اللبناني بالدعم للرياض.").stream().map(Entity::type))
                .contains(EntityType.COUNTRY);
        assertThat(entities("واجتمع الرئيس اللبناني بالوزراء بالرياض.").stream().map(Entity::type))
                .doesNotContain(EntityType.COUNTRY);
    }

    @Test
    void aSpokesmanOfAnOrganisationNamedByItsHeadNounIsTheOrganisations() {
        List<Entity> found = withTagged("أعلن الاتحاد العام التونسي للشغل إضرابا. وطالب المتحدث باسم الاتحاد سامي الطاهري "
                + "الحكومة بالعودة إلى التفاوض.", "PER", "سامي الطاهري");
        assertThat(found.stream().filter(e -> "سامي الطاهري".equals(e.name())).map(Entity::actorCode))
                .containsExactly("TUNLAB");
    }

    @Test
    void anOrganOfABodyActsForTheBodyAfterIt() {
        assertThat(entities("وافق المجلس التنفيذي لصندوق النقد الدولي على صرف شريحة جديدة لمصر.").stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("المجلس التنفيذي")))
                .map(Entity::actorCode)).containsExactly("IGOBUSIMF");
        assertThat(entities("وقال المكتب السياسي لحركة حماس إن الحركة ترفض المقترح.").stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("المكتب السياسي")))
                .map(Entity::actorCode)).containsExactly("PSEREBHMS");
    }

    @Test
    void aRulerNamedByStyleAndFirstNameIsTheOneWhoReigns() {
        assertThat(withTagged("واستقبل الملك سلمان الرئيس اللبناني.", "PER", "سلمان").stream()
                .map(Entity::actorCode)).contains("SAUGOV"); // not Bahrain's crown prince Salman: a king
        assertThat(withTagged("واستقبل الشيخ تميم الرئيس اللبناني.", "PER", "تميم").stream()
                .map(Entity::actorCode)).contains("QATGOV");
        // several sheikhs called محمد reign today: the style and the first name tell nobody
        assertThat(withTagged("واستقبل الشيخ محمد الرئيس اللبناني.", "PER", "محمد").stream()
                .map(Entity::actorCode)).containsOnly("LBNGOV", null);
    }

    @Test
    void aRulerTheTaggerPassedByIsFoundByStyleAndTheDate() {
        // no tag at all: the tagger, trained on later news, passes الملك فهد by; in 1995 he reigned, today nobody does
        String text = "واستقبل الملك فهد الرئيس اللبناني في جدة.";
        assertThat(PIPELINE.analyze(Document.builder(text).published(LocalDate.of(1995, 5, 2)).build()).entities()
                .stream().map(Entity::canonicalEn)).contains("Fahd bin Abdulaziz Al Saud");
        assertThat(entities(text).stream().map(Entity::canonicalEn)).doesNotContain("Fahd bin Abdulaziz Al Saud");
        // a name that goes on (الأمير سلمان بن سلطان, the Saudi prince) is not Bahrain's crown prince Salman
        assertThat(withTagged("وقال الأمير سلمان بن سلطان إن الموسم ناجح.", "PER").stream().map(Entity::actorCode))
                .doesNotContain("BHRGOV");
        assertThat(withTagged("وقال الأمير سلمان إن الموسم ناجح.", "PER").stream().map(Entity::actorCode))
                .contains("BHRGOV");
    }

    @Test
    void anAmbiguousPlaceIsInTheStateItsSentenceNames() {
        // the story names Lebanon twice, but this sentence's Tripoli is Libya's: its prime minister is there
        List<Entity> found = entities("التقى الرئيس اللبناني رئيس الحكومة اللبنانية في بيروت. وفي طرابلس، هدد رئيس "
                + "الوزراء الليبي باستخدام القوة.");
        assertThat(found.stream().filter(e -> e.name().equals("طرابلس")).map(Entity::country)).containsExactly("LBY");
        assertThat(entities("التقى الرئيس اللبناني رئيس الحكومة اللبنانية في طرابلس.").stream()
                .filter(e -> e.name().equals("طرابلس")).map(Entity::country)).containsExactly("LBN");
    }

    @Test
    void aCapitalNamingAnAccordIsNoPartyAndABodyOfAPersonIsOfTheirState() {
        // اتفاقات أوسلو: the accord's name, not Norway; حكومة نتنياهو: the government of Netanyahu's state
        List<Entity> found = entities("وطالب الرئيس المصري حكومة نتنياهو بتنفيذ التزاماتها بموجب اتفاقات أوسلو.");
        assertThat(found.stream().map(Entity::country)).doesNotContain("NOR");
        assertThat(found.stream().filter(e -> e.name().equals("حكومة")).map(Entity::actorCode))
                .containsExactly("ISRGOV");
        assertThat(entities("وعقد الوزير لقاء مع نظيره في أوسلو.").stream().map(Entity::name)).contains("أوسلو");
    }

    @Test
    void aPlaceFoundOnlyByStrippingKafIsAnOrdinaryWord() {
        // كنيس is a synagogue, not ك + نيس (Nice); برلين after it is still the place
        assertThat(entities("وخطط الثلاثة لهجوم على كنيس يهودي في برلين.").stream().map(Entity::canonicalEn))
                .doesNotContain("Nice").contains("Berlin");
    }

    @Test
    void aTitleBeforeANameBecomesItsRole() {
        Entity putin = named(entities("قال الرئيس الروسي فلاديمير بوتين إن بلاده لن تتراجع."), "Vladimir Putin").orElseThrow();
        assertThat(putin.roles()).containsExactly("الرئيس الروسي");
        assertThat(putin.actorCode()).isEqualTo("RUSGOV");
    }

    @Test
    void aTitleInAppositionAfterACommaBecomesItsRole() {
        Entity volodin = named(entities("تحدث فيتشيلاف فالودين، رئيس مجلس الدوما الروسي، إلى الصحافيين في سوتشي."), "Vyacheslav Volodin")
                .orElseThrow();
        assertThat(volodin.roles()).containsExactly("رئيس مجلس الدوما الروسي");
        assertThat(volodin.actorCode()).isEqualTo("RUSLEG");
    }

    @Test
    void theOrganisationInsideATitleIsFoundWithItsNisba() {
        List<Entity> found = entities("تحدث فيتشيلاف فالودين، رئيس مجلس الدوما الروسي، إلى الصحافيين في سوتشي.");
        Entity duma = found.stream().filter(e -> e.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
        assertThat(mentions(duma, MentionKind.NAME)).containsExactly("مجلس الدوما الروسي");
        assertThat(duma.actorCode()).isEqualTo("RUSLEG");
    }

    @Test
    void aNisbaOnANounIsADescriptionOfItsCountryButNotInsideATitleNorAPlural() {
        List<Entity> found = entities("رفض الرئيس الروسي فلاديمير بوتين الخطة الإسرائيلية، وقال إن الإيرانيين يؤيدونه.");
        Entity israel = named(found, "Israel").orElseThrow();
        assertThat(israel.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(mentions(israel, MentionKind.DESCRIPTION)).containsExactly("الإسرائيلية");
        assertThat(named(found, "Russia")).isEmpty(); // الروسي belongs to the title
        assertThat(named(found, "Iran")).isEmpty(); // الإيرانيين are people
        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.GROUP);
            assertThat(e.actorCode()).isEqualTo("IRNCVL");
            assertThat(mentions(e, MentionKind.NAME)).containsExactly("الإيرانيين");
        });
    }

    @Test
    void aDefiniteRoleDoesNotOwnTheOrganisationAfterIt() {
        // الحكومة is no construct head: جماعة الحوثيين is the verb's object, not the government's
        List<Entity> found = entities("وحمل وزير الإعلام في الحكومة جماعة الحوثيين المسؤولية عن الهجوم.");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(mentions(e, MentionKind.NAME)).containsExactly("جماعة الحوثيين");
        });
    }

    @Test
    void anInternationalRightsGroupIsAnNgoOfNoCountry() {
        List<Entity> found = entities("وفي القاهرة، دعت منظمات حقوقية دولية السلطات إلى الإفراج عن المعتقلين.");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.GROUP);
            assertThat(e.actorCode()).isEqualTo("NGO");
            assertThat(mentions(e, MentionKind.NAME)).containsExactly("منظمات حقوقية دولية");
        });
    }

    @Test
    void aRightsOrAidGroupWithoutANisbaIsAnNgoOfNoCountry() {
        // rights and aid groups are of no state, as international bodies are and as a rights activist's title is;
        // the conventions code them NGO
        assertThat(entities("وفي تونس، دعت منظمات حقوق الإنسان الحكومة إلى الإفراج عن المعتقلين.").stream()
                .map(Entity::actorCode)).contains("TUNGOV", "NGO").doesNotContain("TUNHRI", "TUNNGO");
        assertThat(entities("وفي الخرطوم، قالت منظمات الإغاثة إن المساعدات لم تصل.").stream()
                .map(Entity::actorCode)).contains("NGO").doesNotContain("SDNNGO", "SDNHRI");
        // a nisba still says whose a group is
        assertThat(entities("وفي تونس، دعت منظمات حقوقية تونسية الحكومة إلى الإفراج عن المعتقلين.").stream()
                .map(Entity::actorCode)).contains("TUNHRI");
    }

    @Test
    void aNisbaBeforeAPersonsNameDescribesThePersonNotTheCountry() {
        List<Entity> found = entities("اتصل وزير الخارجية المصري بنظيره الإيراني عباس عراقجي مساء الخميس.");
        assertThat(named(found, "Iran")).isEmpty();
        assertThat(found).anySatisfy(e -> assertThat(e.actorCode()).isEqualTo("IRNGOV"));
    }

    @Test
    void peopleCountedWithANumberAreTheirCountrysCivilians() {
        List<Entity> found = entities("واعتقلت الشرطة 14 عراقيا قرب الحدود.");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.GROUP);
            assertThat(e.actorCode()).isEqualTo("IRQCVL");
        });
    }

    @Test
    void aCountryWhoseNameIsAnOrdinaryWordIsTheCountryWhereTheTaggerReadsAName() {
        Entity algeria = named(entities("ورفضت الجزائر طلبا فرنسيا بزيادة كميات الغاز."), "Algeria").orElseThrow();
        assertThat(algeria.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(algeria.actorCode()).isEqualTo("DZA");
    }

    @Test
    void anArmedServiceWithANisbaIsThatCountrysMilitary() {
        List<Entity> found = entities("وبدأت القوات البحرية المصرية مناورات في البحر الأحمر.");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.GROUP);
            assertThat(e.actorCode()).isEqualTo("EGYMIL");
        });
    }

    @Test
    void aSurnameAfterTheFullNameIsTheSamePerson() {
        Entity ghalibaf = named(entities("عاد محمد باقر قاليباف من بكين. وقال قاليباف إن المحادثات مثمرة."),
                "Mohammad Bagher Ghalibaf").orElseThrow();
        assertThat(mentions(ghalibaf, MentionKind.ALIAS)).containsExactly("قاليباف");
    }

    @Test
    void aDistinctiveSurnameAloneNamesTheLexiconPerson() {
        Entity putin = named(entities("وقال بوتين إن المحادثات كانت بناءة."), "Vladimir Putin").orElseThrow();
        assertThat(mentions(putin, MentionKind.ALIAS)).containsExactly("بوتين");
    }

    @Test
    void aShortSurnameThatIsAlsoAWordDoesNotNameAnyone() {
        assertThat(entities("وصفت الزيارة بأنها فصل جديد في هيكل التعاون."))
                .noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void aDescriptionRefersToTheSalientPersonOfItsCountry() {
        Entity ghalibaf = named(entities("التقى محمد باقر قاليباف سفراء أوروبيين. ولفت المسؤول الإيراني إلى ضرورة الحوار."),
                "Mohammad Bagher Ghalibaf").orElseThrow();
        assertThat(mentions(ghalibaf, MentionKind.DESCRIPTION)).containsExactly("المسؤول الإيراني");
    }

    @Test
    void aTitleAloneRefersToThePersonWhoHoldsIt() {
        Entity volodin = named(entities("استقبل فيتشيلاف فالودين وفداً صينياً. وفي ختام اللقاء، دعا رئيس مجلس الدوما الروسي إلى تعاون أوسع."),
                "Vyacheslav Volodin").orElseThrow();
        assertThat(mentions(volodin, MentionKind.TITLE)).containsExactly("رئيس مجلس الدوما الروسي");
    }

    @Test
    void aTitleWithKafIsARoleNotAMention() {
        Entity ghalibaf = named(entities("شارك محمد باقر قاليباف في القمة بصفته كرئيس لمجلس الشورى الإيراني."),
                "Mohammad Bagher Ghalibaf").orElseThrow();
        assertThat(ghalibaf.roles()).containsExactly("رئيس لمجلس الشورى الإيراني");
        assertThat(mentions(ghalibaf, MentionKind.TITLE)).isEmpty();
    }

    @Test
    void aCapitalAfterAPrepositionIsThePlace() {
        List<Entity> found = entities("وصل الوفد إلى واشنطن مساء أمس.");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PLACE);
            assertThat(e.name()).isEqualTo("واشنطن");
        });
    }

    @Test
    void aCapitalBeforeAPresentVerbStandsForItsCountryButNotInADateline() {
        List<Entity> found = entities("موسكو تنتقد العقوبات وطهران ترفض التهديدات");
        assertThat(named(found, "Russia").orElseThrow().type()).isEqualTo(EntityType.COUNTRY);
        assertThat(named(found, "Iran").orElseThrow().type()).isEqualTo(EntityType.COUNTRY);
        assertThat(named(entities("موسكو - تنتقد روسيا العقوبات."), "Moscow").orElseThrow().type())
                .isEqualTo(EntityType.PLACE);
    }

    @Test
    void aCapitalAfterANounOrVerbStandsForItsCountry() {
        Entity usa = entities("انتقد الوزير خطط واشنطن في المنطقة.").stream()
                .filter(e -> e.type() == EntityType.COUNTRY).findFirst().orElseThrow();
        assertThat(usa.country()).isEqualTo("USA");
        assertThat(mentions(usa, MentionKind.METONYM)).containsExactly("واشنطن");
    }

    @Test
    void aCapitalJoinedByWawToAStateIsAStateButNotAfterAPlace() {
        assertThat(entities("وأعربت القاهرة وأنقرة عن قلقهما.").stream().filter(e -> e.type() == EntityType.COUNTRY)
                .map(Entity::country)).containsExactlyInAnyOrder("EGY", "TUR");
        assertThat(entities("وصل الوفد إلى القاهرة وأنقرة.").stream().filter(e -> e.type() == EntityType.COUNTRY))
                .isEmpty();
    }

    @Test
    void aSeatOfPowerIsAnOrganisationWithItsGovernmentsCode() {
        Entity whiteHouse = entities("قال البيت الأبيض إن الرئيس سيزور المنطقة.").stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
        assertThat(whiteHouse.actorCode()).isEqualTo("USAGOV");
    }

    @Test
    void aGroupWithNisbasOfSeveralStatesIsOneGroupPerState() {
        List<Entity> found = entities("اجتمع الوزير مع رجال الأعمال الروس والإيرانيين.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.GROUP).extracting(Entity::name, Entity::actorCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("رجال الأعمال الروس", "RUSBUS"),
                        org.assertj.core.groups.Tuple.tuple("إيرانيين", "IRNBUS"));
        assertThat(entities("فرضت واشنطن عقوبات على شركات إيرانية وصينية.")).filteredOn(e -> e.type() == EntityType.GROUP)
                .extracting(Entity::actorCode).containsExactly("IRNBUS", "CHNBUS");
        // السعودية is Saudi Arabia's name and its nisba: after another nisba and و it is the nisba
        assertThat(entities("وبدأت القوات البحرية المصرية والسعودية مناورات مشتركة.")).filteredOn(e -> e.type() == EntityType.GROUP)
                .extracting(Entity::actorCode).containsExactly("EGYMIL", "SAUMIL");
    }

    @Test
    void aTitleInTheConstructStateBeforeItsCountryIsThatCountrysOfficeHolder() {
        // وزير الخارجية loses its article before a genitive: وزير خارجية العراق، رئيس وزراء إسرائيل
        assertThat(withCode(entities("وقال وزير خارجية العراق إن بلاده ترفض التدخل."), "IRQGOV").name())
                .isEqualTo("وزير خارجية العراق");
        assertThat(withCode(entities("واستقبل رئيس وزراء إسرائيل الوفد."), "ISRGOV").name())
                .isEqualTo("رئيس وزراء إسرائيل");
    }

    @Test
    void aCapitalAfterLadaIsTheStateAnEnvoyIsAccreditedTo() {
        Entity france = withCode(entities("واستدعت الجزائر سفيرها لدى باريس للتشاور."), "FRA");
        assertThat(mentions(france, MentionKind.METONYM)).containsExactly("باريس");
    }

    @Test
    void aBrokenPluralNisbaIsThePeople() {
        // المغاربة like المغربيين: Moroccans, civilians of Morocco; المغربية stays an adjective on a thing
        assertThat(withCode(entities("وتظاهر آلاف المغاربة في الرباط."), "MARCVL").name()).isEqualTo("المغاربة");
        assertThat(entities("وقالت الحكومة المغربية إن الاتفاق مهم.")).extracting(Entity::actorCode)
                .doesNotContain("MARCVL");
    }

    @Test
    void theFathersNameInALineageIsPartOfTheSonsName() {
        // سلمان بن عبد العزيز آل سعود (the king) is longer than محمد بن سلمان, but here it is the prince's father
        List<Entity> found = entities("وتلقى الأمير محمد بن سلمان بن عبدالعزيز آل سعود اتصالا هاتفيا.");
        assertThat(found).extracting(Entity::canonicalEn).containsExactly("Mohammed bin Salman");
        assertThat(named(entities("وقال الملك سلمان بن عبد العزيز إن المملكة تدعم السلام."),
                "Salman bin Abdulaziz Al Saud"))
                .isPresent();
    }

    @Test
    void aTitleInTheConstructStateIsNoEarlierPersonsTitle() {
        // أمير البلاد is the emir of the country, not the prince named before
        List<Entity> found = entities("وتلقى الأمير محمد بن سلمان اتصالا هاتفيا. وبعث أمير البلاد برقية تهنئة.");
        assertThat(named(found, "Mohammed bin Salman").orElseThrow().mentions()).extracting(Mention::text)
                .doesNotContain("أمير");
    }

    @Test
    void thePrayerAfterARulersNameIsNobody() {
        // ورعاه in حفظه الله ورعاه is "and protect him", not الرعاة (herders), whose key it shares
        assertThat(entities("بعث الشيخ مشعل الأحمد الجابر الصباح أمير البلاد، حفظه الله ورعاه، ببرقية تعزية."))
                .extracting(Entity::actorCode).containsExactly("KWTGOV");
    }

    @Test
    void aCompoundNameIsFoundJoinedOrApart() {
        // the lexicon lists عبد الله الثاني; the Gulf and Levant press often join it: عبدالله الثاني
        assertThat(withCode(entities("والتقى الملك عبدالله الثاني وفدا أمريكيا."), "JORGOV").name())
                .isEqualTo("عبدالله الثاني");
    }

    @Test
    void aCompoundSurnameIsMentionedWhole() {
        // عبد السلام after محمد عبد السلام: the surname is the compound, عبد included
        Entity e = withCode(entities("وقال محمد عبد السلام إن الجماعة لن تتراجع. واتهم عبد السلام المبعوث الأممي بالانحياز."),
                "YEMUAF");
        assertThat(mentions(e, MentionKind.ALIAS)).containsExactly("عبد السلام");
    }

    @Test
    void aStatesNameAfterTheKindOfStateIsThatState() {
        // official texts name a state with its kind: دولة الإمارات العربية المتحدة، جمهورية تشاد، مملكة إسبانيا
        for (String[] c : new String[][] {{"ترحب دولة الإمارات العربية المتحدة بقرار مجلس الأمن.", "ARE",
                "دولة الإمارات العربية المتحدة"}, {"وأدانت جمهورية تشاد الهجوم.", "TCD", "جمهورية تشاد"},
                {"ووقعت مملكة إسبانيا الاتفاقية.", "ESP", "مملكة إسبانيا"}}) {
            Entity state = withCode(entities(c[0]), c[1]);
            assertThat(state.type()).isEqualTo(EntityType.COUNTRY);
            assertThat(mentions(state, MentionKind.NAME)).containsExactly(c[2]);
        }
    }

    @Test
    void anHonorificWithTheArticleIsAnOrdinaryNoun() {
        // سيادة الرئيس is an honorific; السيادة العراقية is Iraqi sovereignty, nobody
        assertThat(entities("ونددت بغداد بالانتهاك المتكرر للسيادة العراقية.")).extracting(Entity::type)
                .doesNotContain(EntityType.PERSON);
    }

    @Test
    void aGivenNameBeforeAKnownNameMakesALongerNameOfSomeoneElse() {
        // علي يوسف is a Sudanese minister in people-mena; محمود علي يوسف is the AU Commission's chair
        assertThat(entities("ودعا محمود علي يوسف البلدين إلى ضبط النفس.")).extracting(Entity::actorCode)
                .doesNotContain("SDNGOV");
    }

    @Test
    void homesAndResidentialAreasAreTheCiviliansWhoLiveThere() {
        assertThat(entities("وقصفت قوات الدعم السريع أحياء سكنية في مدينة الفاشر السودانية.")).extracting(Entity::actorCode)
                .contains("SDNCVL");
    }

    @Test
    void merzIsTheChancellorNotThePartyMeretz() {
        // ميرتس is Friedrich Merz's surname and was an alias of the Israeli party Meretz (حزب ميرتس)
        assertThat(entities("وأكد ميرتس أن برلين ستواصل دعم أوكرانيا.")).extracting(Entity::actorCode)
                .contains("DEUGOV").doesNotContain("ISROPPMRZ");
        assertThat(entities("وانتقد حزب ميرتس الحكومة.")).extracting(Entity::actorCode).contains("ISROPPMRZ");
    }

    @Test
    void aNounBeforeAGroupInTheGenitiveIsOfThatGroup() {
        // قادة is a role of its own (GOV); قادة المعارضة are the opposition's
        assertThat(entities("اعتقلت السلطات الفنزويلية ثلاثة من قادة المعارضة في كاراكاس."))
                .extracting(Entity::actorCode).contains("VENOPP");
        assertThat(entities("والتقى الرئيس التشادي قادة المتمردين في نجامينا.")).extracting(Entity::actorCode)
                .contains("TCDREB");
        // a single role before a group is no collective of it: وطالب here is the verb (طالب is also a student)
        assertThat(entities("وطالب المحتجون الحكومة الأردنية بطرد السفير الإسرائيلي من عمان.")).extracting(Entity::actorCode)
                .contains("JORCVL");
    }

    @Test
    void twoOfficeHoldersOfTwoStatesAreOnePersonEach() {
        List<Entity> found = entities("وأعلن وزيرا خارجية السعودية وإيران توافق بلديهما.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::actorCode)
                .containsExactly("SAUGOV", "IRNGOV");
        // a plural title before several states is one office holder of each (فرنسا starts like a clitic ف)
        assertThat(entities("واستدعت طهران سفراء فرنسا وبريطانيا وألمانيا.")).filteredOn(e -> e.type() == EntityType.GROUP)
                .extracting(Entity::actorCode).containsExactly("FRAGOV", "GBRGOV", "DEUGOV");
        // one minister of two states is not split
        assertThat(entities("وقال وزير خارجية مصر والأردن إن ...")).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::actorCode).containsExactly("EGYGOV");
    }

    @Test
    void aGroupWithOneNisbaGetsItsCountry() {
        Entity group = entities("اجتمع الوزير مع رجال الأعمال الروس.").stream()
                .filter(e -> e.type() == EntityType.GROUP).findFirst().orElseThrow();
        assertThat(group.actorCode()).isEqualTo("RUSBUS");
    }

    private static Entity group(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.type() == EntityType.GROUP && name.equals(e.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no group named " + name + " in " + entities));
    }

    @Test
    void aGenericMinistryWithANisbaIsThatCountrysGovernment() {
        // organizations.tsv has no Moroccan justice ministry: the generic role and the nisba make it
        Entity ministry = group(entities("ورفضت وزارة العدل المغربية طلب الإفراج عن المتهمين."), "وزارة العدل المغربية");
        assertThat(ministry.actorCode()).isEqualTo("MARGOV");
        assertThat(ministry.country()).isEqualTo("MAR");
    }

    @Test
    void aCourtWithANisbaIsThatCountrysJudiciary() {
        Entity court = group(entities("قضت محكمة الاستئناف الأردنية بسجن المتهم ثلاث سنوات."), "محكمة الاستئناف الأردنية");
        assertThat(court.actorCode()).isEqualTo("JORJUD");
    }

    @Test
    void aSyndicateTakesItsProfessionsSectorAndAPluralNisbaItsCountry() {
        // syndicates not in organizations.tsv (the Jordanian doctors' one is, as JORLAB): a union of its
        // profession (LAB), journalists' ones media (MED), as CONVENTIONS codes them
        List<Entity> found = entities("نددت نقابة الصحفيين اللبنانيين باعتقال المراسل، وأعلنت نقابة الأطباء الكويتيين الإضراب.");
        assertThat(group(found, "نقابة الصحفيين اللبنانيين").actorCode()).isEqualTo("LBNMED");
        assertThat(group(found, "نقابة الأطباء الكويتيين").actorCode()).isEqualTo("KWTLAB");
    }

    @Test
    void theGendarmerieIsPolice() {
        Entity gendarmes = group(entities("اعتقلت قوات الدرك الجزائرية عشرة مهربين قرب الحدود."), "قوات الدرك الجزائرية");
        assertThat(gendarmes.actorCode()).isEqualTo("DZACOP");
    }

    @Test
    void anInstitutionWithoutANisbaTakesTheCountryItsSentenceIsSetIn() {
        List<Entity> found = entities("وفي القاهرة، أحالت النيابة العامة المتهمين إلى محكمة جنايات الجيزة.");
        assertThat(group(found, "النيابة العامة").actorCode()).isEqualTo("EGYJUD");
        Entity ministry = group(entities("وفي تونس، أعلنت وزارة الصحة عن حملة تلقيح جديدة."), "وزارة الصحة");
        assertThat(ministry.actorCode()).isEqualTo("TUNGOV");
    }

    @Test
    void aMasdarThatIsAlsoAnInstitutionIsNotAnActor() {
        // برئاسة "headed by" and الانتخابات البلدية "municipal elections" hold institution words, not institutions
        List<Entity> found = entities("وفي بيروت، وصل وفد برئاسة وزير الخارجية قبيل الانتخابات البلدية.");
        assertThat(found).noneSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.GROUP));
    }

    @Test
    void anUnknownNameAfterATitleIsANewPerson() {
        Entity spokesman = entities("قال وزير الخارجية الأردني سامر الزعبلاوي إن المحادثات مستمرة.").stream()
                .filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertThat(spokesman.name()).isEqualTo("سامر الزعبلاوي");
        assertThat(spokesman.actorCode()).isEqualTo("JORGOV");
        assertThat(spokesman.roles()).containsExactly("وزير الخارجية الأردني");
    }

    @Test
    void aDesignationSeveralStatesShareGoesToTheOneTheArticleIsAbout() {
        List<Entity> found = entities("زار الوزير إيران أمس. وقال إن إيران تريد الحوار، وإن الجمهورية الإسلامية منفتحة.");
        Entity iran = found.stream().filter(e -> "IRN".equals(e.country()) && e.type() == EntityType.COUNTRY)
                .findFirst().orElseThrow();
        assertThat(mentions(iran, MentionKind.ALIAS)).containsExactly("الجمهورية الإسلامية");
        List<Entity> mauritania = entities("زار الوزير موريتانيا أمس، وقال إن الجمهورية الإسلامية منفتحة.");
        assertThat(mauritania).anySatisfy(e -> {
            assertThat(e.country()).isEqualTo("MRT");
            assertThat(mentions(e, MentionKind.ALIAS)).containsExactly("الجمهورية الإسلامية");
        });
    }

    @Test
    void entityIdsFollowTheFirstMention() {
        List<Entity> found = entities("زار بوتين طهران ثم عاد إلى موسكو.");
        assertThat(found).extracting(Entity::id).containsExactly("E1", "E2", "E3");
        assertThat(found.get(0).canonicalEn()).isEqualTo("Vladimir Putin");
    }

    @Test
    void anInternationalRoleNamesItsBody() {
        List<Entity> found = entities("ورحب المبعوث الأممي بالاتفاق.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.actorCode()).isEqualTo("IGOUNO");
        });
    }

    @Test
    void aRoleEndingInADefiniteWordTakesNoCountryAfterIt() {
        // إسرائيل is the object of دعا, not the state whose Secretary-General speaks
        List<Entity> found = entities("ودعا الأمين العام للأمم المتحدة إسرائيل إلى وقف الهجوم.");
        assertThat(found).noneSatisfy(e -> assertThat(e.actorCode()).isEqualTo("ISRIGO"));
        assertThat(named(found, "Israel")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.COUNTRY));
    }

    @Test
    void aDefiniteHeadNounAloneNamesTheLastOrganisationItHeads() {
        List<Entity> found = entities("وافق صندوق النقد الدولي على القرض. وأشاد الصندوق بالتقدم، ورحب المجلس التنفيذي بالخطة.");
        Entity imf = named(found, "International Monetary Fund").orElseThrow();
        assertThat(mentions(imf, MentionKind.ALIAS)).containsExactly("الصندوق");
        // a name of its own after the head noun (السلطات التونسية) is the verb's object, not an adjective
        Entity amnesty = named(entities("ونددت منظمة العفو الدولية بالأحكام. وطالبت المنظمة السلطات التونسية بالإفراج "
                + "عن المعتقلين."), "Amnesty International").orElseThrow();
        assertThat(mentions(amnesty, MentionKind.ALIAS)).containsExactly("المنظمة");
        // no organisation named before: الجبهة is an ordinary word here
        assertThat(entities("ونددت الجبهة بالخطوة.")).isEmpty();
        // الدولة is the state, not a shortening of الدولة الإسلامية
        List<Entity> state = entities("وتبنى تنظيم الدولة الإسلامية الهجوم. وقضت محكمة أمن الدولة بسجن ثمانية.");
        assertThat(state.stream().flatMap(e -> mentions(e, MentionKind.ALIAS).stream())).isEmpty();
    }

    @Test
    void aNisbaOnAStrikeOrAWarMachineIsTheStatesForces() {
        Entity drone = entities("واغتالت مسيّرة إسرائيلية قياديا في الحزب.").get(0);
        assertThat(drone.actorCode()).isEqualTo("ISRMIL");
        assertThat(mentions(drone, MentionKind.DESCRIPTION)).containsExactly("مسيّرة إسرائيلية");
        // the strike is an event of its own, so only the nisba is the forces' mention
        Entity raid = withCode(entities("وقتل ثلاثة في غارة جوية أمريكية."), "USAMIL");
        assertThat(mentions(raid, MentionKind.DESCRIPTION)).containsExactly("أمريكية");
    }

    @Test
    void twoOfficesOfTheSameHeadAreTwoPeopleButAShortTitleIsTheHolder() {
        List<Entity> found = entities("واستقبل وزير الداخلية السعودي وزير الخارجية السعودي في الرياض.");
        assertThat(found.stream().filter(e -> e.type() == EntityType.PERSON)).hasSize(2);
        List<Entity> again = entities("التقى وزير الخارجية السعودي نظيره الأردني. وقال الوزير السعودي إن العلاقات متينة.");
        Entity saudi = withCode(again, "SAUGOV");
        assertThat(saudi.mentions().stream().map(Mention::text)).containsExactly("وزير الخارجية السعودي", "الوزير السعودي");
    }

    @Test
    void aDualTitleWithTwoNisbasIsOneOfficeHolderOfEachState() {
        List<Entity> found = entities("وبحث وزيرا الخارجية المصري والأردني العلاقات الثنائية.");
        assertThat(found.stream().map(Entity::actorCode)).containsExactly("EGYGOV", "JORGOV");
        // المستشارين is the plural advisers as often as two of them: no dual made, no person found
        assertThat(entities("واجتمع الرئيس الفرنسي مع المستشارين في باريس.").stream()
                .filter(e -> e.type() == EntityType.PERSON)).hasSize(1);
    }

    @Test
    void aCapitalAfterAPrepositionOfAPartyIsItsStateButAfterOneOfPlaceAPlace() {
        List<Entity> found = entities("وفرضت لندن عقوبات على طهران.");
        assertThat(found.stream().map(Entity::type)).containsOnly(EntityType.COUNTRY);
        assertThat(entities("ووصل الوزير إلى طهران.").stream().map(Entity::type)).containsExactly(EntityType.PLACE);
    }

    @Test
    void aVerbOfTheEventLexiconIsNoPlaceEvenWhereATownIsSpelledSo() {
        // Waddan (ودان) and Ouadane (وادان) are spelled like و + دان، أدان: neither the lexicon nor the tagger
        // may read the verb as the town
        for (String text : List.of("ودان الأمين العام للأمم المتحدة الهجوم.", "وأدان الرئيس المصري الهجوم.",
                "وسيّرت مصر قافلة إلى غزة.")) {
            String verb = text.split(" ")[0];
            assertThat(entities(text).stream().flatMap(e -> e.mentions().stream()).map(Mention::text)).as(text)
                    .noneMatch(verb::endsWith);
        }
    }

    @Test
    void aPlaceNameTwoStatesShareIsTheOneInTheStateTheTextNamesMost() {
        Entity libyan = entities("اندلعت اشتباكات في طرابلس بين قوات حكومة الوحدة الوطنية الليبية ومسلحين، ودعت ليبيا إلى التهدئة.")
                .stream().filter(e -> e.type() == EntityType.PLACE).findFirst().orElseThrow();
        assertThat(libyan.country()).isEqualTo("LBY");
        Entity lebanese = entities("أطلق الجيش اللبناني النار في طرابلس، وقال وزير الداخلية اللبناني إن الوضع هادئ.")
                .stream().filter(e -> e.type() == EntityType.PLACE).findFirst().orElseThrow();
        assertThat(lebanese.country()).isEqualTo("LBN");
    }

    @Test
    void aNisbaAfterACountedGroupSaysWhoseTheyAre() {
        Entity migrants = withCode(entities("وأنقذت البحرية الإيطالية 112 مهاجرا سودانيا قبالة لامبيدوزا."), "SDNREF");
        assertThat(mentions(migrants, MentionKind.NAME)).containsExactly("مهاجرا سودانيا");
    }

    @Test
    void aCountrySpelledLikeAnotherStatesTownIsTheOneOfTheStateTheTextNamesMore() {
        // عمان is Oman, and Amman in Jordan
        List<Entity> jordan = entities("وطالب المحتجون الحكومة الأردنية بطرد السفير الإسرائيلي من عمان.");
        assertThat(jordan.stream().filter(e -> e.type() == EntityType.PLACE).map(Entity::country)).containsExactly("JOR");
        assertThat(jordan.stream().map(Entity::actorCode)).doesNotContain("OMN").contains("JORCVL");
        List<Entity> oman = entities("واستقبل وزير الخارجية العماني نظيره الإيراني، وقال إن عمان تدعم الحوار.");
        assertThat(oman.stream().map(Entity::actorCode)).contains("OMN");
    }

    @Test
    void aTitleWordBeforeACountryIsTheTitleNotAPersonTheTaggerFound() {
        List<Entity> found = entities("واستقبل سلطان عمان هيثم بن طارق الرئيس الإيراني في مسقط.");
        assertThat(found.stream().flatMap(e -> e.mentions().stream()).map(Mention::text)).doesNotContain("سلطان");
        assertThat(found.stream().map(Entity::actorCode)).contains("OMNGOV", "IRNGOV");
    }

    @Test
    void aHeadlineNamesBySurnameWhomItsBodyNamesInFull() {
        Entity aoun = withCode(entities("الجيش يقصف الحدود وعون يدعو واشنطن إلى التدخل\nبيروت - دعا الرئيس اللبناني جوزاف عون الولايات المتحدة إلى التدخل."), "LBNGOV");
        assertThat(aoun.mentions().stream().map(Mention::text)).contains("عون", "جوزاف عون");
        // in the body, a surname before the full name is no mention of it
        assertThat(entities("بيروت - وقال عون إن الوضع هادئ. وأكد الرئيس اللبناني جوزاف عون ذلك.").stream()
                .flatMap(e -> e.mentions().stream()).map(Mention::text)).doesNotContain("عون");
    }

    @Test
    void countedPeopleAndDetaineesAreTheCiviliansOfWhereTheClauseIsSetAndSettlersAreIsraels() {
        assertThat(entities("وفي عمان، اعتقلت الأجهزة الأمنية الأردنية 16 شخصا.").stream().map(Entity::actorCode))
                .contains("JORCVL");
        assertThat(entities("وفي القاهرة، قضت المحكمة بسجن ثمانية متهمين.").stream().map(Entity::actorCode))
                .contains("EGYCVL");
        assertThat(entities("وفي الضفة الغربية، أطلق مستوطنون النار على مزارعين.").stream().map(Entity::actorCode))
                .contains("ISRSET");
    }

    @Test
    void aCollectiveFollowedByInAndAPlaceIsThatPlacesWhateverTheSentenceNamesFirst() {
        assertThat(entities("وطالبت فرنسا المجلس العسكري في مالي بالإفراج عن رعاياها.").stream()
                .map(Entity::actorCode)).contains("MLIMIL").doesNotContain("FRAMIL");
    }

    @Test
    void aWorldRegionThatActsAsOneSideHasItsCameoRegionCode() {
        assertThat(entities("ودعت الرئاسة الفلسطينية الدول الأوروبية إلى الاعتراف بدولة فلسطين.").stream()
                .map(Entity::actorCode)).contains("EUR");
    }

    @Test
    void muscatIsOmanButNotInTheIdiomForABirthplace() {
        assertThat(entities("وأعلنت مسقط استئناف وساطتها بين واشنطن وطهران.").stream().map(Entity::actorCode))
                .contains("OMN");
        assertThat(entities("وعاد الكاتب إلى مسقط رأسه في حلب.").stream().map(Entity::country)).doesNotContain("OMN")
                .isNotEmpty();
    }
    @Test
    void aMinistryOrAForceNamedByOneWordIsABodyOnlyBeforeAFeminineNisba() {
        assertThat(entities("وكانت الخارجية البولندية قد استدعت القائم بالأعمال الروسي.").stream()
                .map(Entity::actorCode)).contains("POLGOV", "RUSGOV");
        assertThat(entities("وتوغلت قوة إسرائيلية في قرية بريف القنيطرة.").stream().map(Entity::actorCode))
                .contains("ISRMIL");
        // an adjective or a plain noun, and a masculine nisba agrees with something else
        assertThat(entities("وأشاد بالسياسة الخارجية وبقوة الاقتصاد، وارتفعت ميزانية الدفاع البولندي.").stream()
                .map(Entity::type)).containsExactly(EntityType.COUNTRY);
    }

    private static List<String> personNames(List<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON)
                .flatMap(e -> mentions(e, MentionKind.NAME).stream()).toList();
    }

    @Test
    void aNameAfterATitleEndsBeforeADefiniteGroupWord() {
        List<Entity> found = entities("وحمّل وزير الإعلام معمر الإرياني النظام الإيراني المسؤولية.");
        assertThat(personNames(found)).containsExactly("معمر الإرياني");
        assertThat(mentions(withCode(found, "IRNGOV"), MentionKind.NAME)).containsExactly("النظام الإيراني");
    }

    @Test
    void aNameAfterATitleEndsBeforeADayWord() {
        assertThat(personNames(entities("وقال المتحدث عمر الخطيب أمس إن المفاوضات مستمرة.")))
                .containsExactly("عمر الخطيب");
        assertThat(personNames(entities("وقال وزير الإعلام معمر الإرياني اليوم إن الحوثيين مسؤولون.")))
                .containsExactly("معمر الإرياني");
    }

    /**
     * The entities of a text where the tagger read exactly these names (each a run of whole words of the text, with
     * its type): the recogniser's rules under test, not the model's reading.
     */
    private static List<Entity> withTagged(String text, String type, String... names) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        Lexicon lexicon = Lexicon.bundled();
        List<LexiconMatch> all = lexicon.matcher().matchAll(tokens);
        List<NerSpan> spans = new ArrayList<>();
        for (String name : names) {
            int from = text.indexOf(name);
            int start = tokens.stream().filter(t -> t.span().start() == from).findFirst().orElseThrow().index();
            int end = tokens.stream().filter(t -> t.span().end() == from + name.length()).findFirst().orElseThrow()
                    .index() + 1;
            spans.add(new NerSpan(type, new TokenRange(start, end)));
        }
        return new EntityRecognizer(lexicon).recognize(Document.of(text), tokens, new SentenceSplitter().split(tokens),
                LexiconMatch.longestNonOverlapping(all), all, spans);
    }

    @Test
    void aTaggedNameEndsBeforeAnOrganisationWithTheArticle() {
        // the tagger's name runs on into the object; the lexicon's organisation ends it (before, the whole span
        // touched a lexicon name and was dropped, person and all)
        List<Entity> found = withTagged("وحمّل كريم بلحاج الحكومة الجزائرية المسؤولية.", "PER", "كريم بلحاج الحكومة");
        assertThat(personNames(found)).containsExactly("كريم بلحاج");
        assertThat(mentions(withCode(found, "DZAGOV"), MentionKind.NAME)).containsExactly("الحكومة الجزائرية");
    }

    @Test
    void aTaggedNameEndingInTheSurnameOfSomeoneNamedBeforeIsAnotherPerson() {
        // أحمد عون is not Joseph Aoun: the words before the surname are no words of his name
        List<Entity> found = withTagged("واستقبل الرئيس جوزاف عون الوفد في بعبدا، وقال أحمد عون إن الحوار مستمر.",
                "PER", "أحمد عون");
        assertThat(personNames(found)).contains("أحمد عون");
        assertThat(named(found, "Joseph Aoun").orElseThrow().mentions().stream().map(Mention::text))
                .containsExactly("جوزاف عون");
    }

    @Test
    void aTaggedNameEndingInTheSurnameOfSomeoneNamedOnlyLaterIsKept() {
        List<Entity> found = withTagged("وقال أحمد عون إن الحوار مستمر. واستقبل الرئيس جوزاف عون الوفد في بعبدا.",
                "PER", "أحمد عون");
        assertThat(personNames(found)).contains("أحمد عون", "جوزاف عون");
    }

    @Test
    void aTaggedSurnameOrVariantOfSomeoneNamedBeforeIsThatPerson() {
        // the tagger's lone surname, or a name whose words are all of the person's, is left to surname coreference
        List<Entity> found = withTagged("واستقبل الرئيس جوزاف عون الوفد في بعبدا. وقال عون إن الحوار مستمر.",
                "PER", "عون");
        assertThat(found.stream().filter(e -> e.type() == EntityType.PERSON)).hasSize(1);
        assertThat(named(found, "Joseph Aoun").orElseThrow().mentions().stream().map(Mention::text))
                .containsExactly("جوزاف عون", "عون");
    }

    @Test
    void aMasculineSingularNisbaAfterANameIsItsSurname() {
        assertThat(personNames(entities("وقال الناطق أبو حمزة المصري إن الجماعة مستمرة.")))
                .containsExactly("أبو حمزة المصري");
    }

    @Test
    void aTitleBeforeHonorificsIsTheRoleOfTheNameAfterThem() {
        List<Entity> found = entities("وطالب الأمين العام لحزب الله سماحة الشيخ نعيم قاسم الحكومة اللبنانية بالتراجع.");
        assertThat(found.stream().filter(e -> e.type() == EntityType.PERSON)).hasSize(1);
        assertThat(named(found, "Naim Qassem").orElseThrow().roles()).contains("الأمين العام لحزب الله");
        List<Entity> rank = entities("واتهم المتحدث باسم الجيش العميد يحيى سريع الجيش الأمريكي بشن غارات.");
        assertThat(named(rank, "Yahya Saree").orElseThrow().roles()).contains("المتحدث باسم الجيش");
        // a description takes no honorifics: وطالب is the verb, not a student
        assertThat(named(entities("وطالب فضيلة الشيخ أحمد الطيب الحكومة المصرية بالتدخل."), "Ahmed el-Tayeb")
                .orElseThrow().roles()).doesNotContain("طالب");
    }

    @Test
    void theRegimeIsAGovernmentBeforeAMasculineNisbaOnly() {
        assertThat(entities("وحمّل البيان النظام السوري المسؤولية.").stream().map(Entity::actorCode))
                .contains("SYRGOV");
        assertThat(entities("ويرى خبراء أن النظام الانتخابي والسياسة الإيرانية يحتاجان إلى إصلاح.").stream()
                .map(Entity::actorCode)).doesNotContain("IRNGOV");
    }

    @Test
    void aLoadedNameOfAnyCampIsTheActorItDenotesButABareEpithetIsNoActor() {
        // Hezbollah and Houthi media on Israel, Saudi media on the Houthis, Houthi media on the Saudi-led
        // coalition, Gulf media on Iran, Russian media on Ukraine, Kurdish media on Turkey
        assertThat(entities("وشن طيران العدو الصهيوني غارات على الحديدة.").stream().map(Entity::actorCode))
                .containsExactly("ISRMIL", null);
        assertThat(entities("وقصفت ميليشيا الحوثي مدينة مأرب، وردت قوى العدوان بغارات على صعدة.").stream()
                .map(Entity::actorCode)).contains("YEMREB", "SAUMIL");
        assertThat(entities("وقال نظام الملالي إن الكيان المؤقت يهدد المنطقة.").stream().map(Entity::actorCode))
                .contains("IRNGOV", "ISR");
        assertThat(entities("وقصفت قوات نظام كييف مدينة دونيتسك.").stream().map(Entity::actorCode))
                .contains("UKRMIL");
        // قوات الاحتلال alone is Israel's army; with another state's nisba it is that state's
        assertThat(entities("وقصفت قوات الاحتلال التركي قرية في ريف الحسكة.").stream().map(Entity::actorCode))
                .contains("TURMIL").doesNotContain("ISRMIL", "TUR");
        // العدو and المقاومة name different actors in different camps: alone they are nobody
        assertThat(entities("وأعلن العدو أنه قصف المدينة، وردت المقاومة بالصواريخ.").stream().map(Entity::actorCode)
                .filter(java.util.Objects::nonNull)).isEmpty();
    }
    @Test
    void aKnownSurnameWithTheArticleAfterOneOfThePersonsTitlesIsThatPerson() {
        assertThat(entities("الرئيس السيسي يستقبل العاهل الأردني.").stream().map(Entity::actorCode))
                .contains("EGYGOV");
        // after a definite word that is none of their titles, the same word is an adjective
        assertThat(entities("وزار الوفد المركز السيسي للدراسات.").stream().map(Entity::actorCode))
                .doesNotContain("EGYGOV");
    }
    @Test
    void aDatelineNamesACitySoAmmanIsNotOman() {
        assertThat(entities("عمان - طالب النواب الحكومة بالاستقالة.").stream().map(Entity::actorCode))
                .contains("JORLEG", "JORGOV").doesNotContain("OMN");
        assertThat(entities("وقالت عمان إنها ستواصل وساطتها.").stream().map(Entity::actorCode)).contains("OMN");
    }
    @Test
    void anUnknownPersonWithATitleThatNamesNoStateHoldsItWhereTheClauseIsSet() {
        assertThat(entities("عدن - وحمّل وزير الإعلام معمر الإرياني النظام الإيراني المسؤولية عن التصعيد.").stream()
                .map(Entity::actorCode)).contains("YEMGOV", "IRNGOV");
        // an ordinary person's description too (a prisoner, a citizen), but not an international one's
        assertThat(entities("وأفرجت سلطات الاحتلال عن الأسير عمر حسن الشلبي من بلدة بيت فوريك.").stream()
                .map(Entity::actorCode)).contains("PSECVL");
        // a known person keeps the lexicon's state whatever the setting
        assertThat(entities("عدن - وقال وزير الخارجية الأمريكي ماركو روبيو إن بلاده ستدعم الحكومة.").stream()
                .map(Entity::actorCode)).contains("USAGOV");
    }
    @Test
    void aShortNameInQuotesAfterAnOrganisationIsThatOrganisation() {
        List<Entity> found = entities("واتهمت حركة المقاومة الإسلامية \"حماس\" حكومة الاحتلال بعرقلة دخول المساعدات.");
        Entity hamas = withCode(found, "PSEREBHMS");
        assertThat(hamas.mentions().stream().map(Mention::text)).contains("حماس");
        assertThat(found.stream().filter(e -> e.actorCode() == null)).isEmpty();
    }
    @Test
    void thoseResponsibleForSomethingAreNoOfficials() {
        assertThat(entities("ودعا غوتيريش إلى محاسبة المسؤولين عنها في السودان.").stream().map(Entity::actorCode))
                .doesNotContain("SDNGOV");
        assertThat(entities("والتقى المسؤولين السودانيين في بورتسودان.").stream().map(Entity::actorCode))
                .contains("SDNGOV");
    }
    @Test
    void theKingdomAloneIsTheKingdomTheClauseIsSetIn() {
        assertThat(entities("الرياض - وأشاد الرئيس الفرنسي بالجهود التي تبذلها المملكة في سبيل السلام.").stream()
                .map(Entity::actorCode)).contains("SAU");
        // not a state that is no kingdom, and not the head of a name of its own
        assertThat(entities("باريس - وأشاد الوزير بالجهود التي تبذلها المملكة.").stream().map(Entity::actorCode))
                .doesNotContain("FRA");
        assertThat(entities("الرياض - وقالت المملكة المتحدة إنها سترسل مساعدات.").stream().map(Entity::actorCode))
                .contains("GBR").doesNotContain("SAU");
    }

    @Test
    void theKingdomAfterLamWithTheArticleContractedIsTheKingdomTooButNotTheHeadOfAName() {
        // ل + ال is written لل: للمملكة is "to the kingdom" as بالمملكة is "in the kingdom"
        Entity saudi = withCode(entities("الرياض - وأعرب الرئيس الفرنسي عن تقديره للمملكة على جهودها.") , "SAU");
        assertThat(saudi.mentions().stream().map(Mention::text)).contains("مملكة");
        assertThat(entities("مسقط - وقدم الوزير الشكر للسلطنة على وساطتها.").stream().map(Entity::actorCode))
                .contains("OMN");
        assertThat(entities("الرياض - وقدم الوزير الشكر للمملكة المتحدة على دعمها.").stream()
                .map(Entity::actorCode)).contains("GBR").doesNotContain("SAU");
        // a lam that is no article (لمملكة، "to a kingdom") makes no definite noun
        assertThat(entities("الرياض - وقال إن الشعب يحتاج لمملكة عادلة.").stream().map(Entity::actorCode))
                .doesNotContain("SAU");
    }

    @Test
    void theFactionsOfTodaysCivilWarsHaveTheirCodes() {
        // an auxiliary of a government is UAF, a unit of a state's army MIL, rebels REB, jihadists their IMG group
        assertThat(entities("واندلعت اشتباكات بين جهاز دعم الاستقرار واللواء 444 قتال في طرابلس.").stream()
                .map(Entity::actorCode)).contains("LBYUAF", "LBYMIL");
        assertThat(entities("وصدت قوات درع السودان والقوة المشتركة لحركات الكفاح المسلح هجوما قرب الفاشر.").stream()
                .map(Entity::actorCode)).contains("SDNUAF");
        assertThat(entities("واشتبكت قوات درع الوطن مع قوات الانتقالي في حضرموت.").stream().map(Entity::actorCode))
                .contains("YEMUAF", "YEMSEP");
        assertThat(entities("وأعلن تنظيم الدولة في الساحل مسؤوليته عن الهجوم.").stream().map(Entity::actorCode))
                .contains("IMGMUSISI");
        assertThat(entities("وسيطرت حركة إم 23 على بلدة جديدة.").stream().map(Entity::actorCode)).contains("CODREB");
        assertThat(entities("واتهم جيش تحرير أورومو الحكومة بقصف القرى.").stream().map(Entity::actorCode))
                .contains("ETHREB");
    }

    @Test
    void tribalNotablesAreCiviliansAndArmedTribesmenGunmen() {
        assertThat(entities("والتقى محافظ الأنبار وجهاء العشائر في الرمادي.").stream().map(Entity::actorCode))
                .contains("IRQCVL");
        assertThat(entities("وهاجم مسلحو العشائر حاجزا في ريف دير الزور السوري.").stream().map(Entity::actorCode))
                .contains("SYRUAF");
    }

    @Test
    void aFacilityNamedAfterAStateOrCityIsAPlaceNotTheState() {
        // a tanker bound for Kuwait's port: the port is a place of Kuwait, Kuwait does nothing here
        List<Entity> found = entities("وتعرضت الناقلة لهجوم أثناء توجهها إلى ميناء الكويت.");
        Entity port = found.stream().filter(e -> e.name().equals("ميناء الكويت")).findFirst().orElseThrow();
        assertThat(port.type()).isEqualTo(EntityType.PLACE);
        assertThat(port.country()).isEqualTo("KWT");
        assertThat(port.actorCode()).isNull();
        assertThat(found.stream().map(Entity::type)).doesNotContain(EntityType.COUNTRY);
        // a capital after a noun stands for its state (خطط أنقرة), but not after an airport's
        assertThat(entities("وهبطت طائرة الشحن في مطار أنقرة.").stream().map(Entity::actorCode)).doesNotContain("TUR");
        // the definite noun is no construct head: بالميناء, then the state after it, is the state
        assertThat(entities("وأشادت الحكومة بالميناء الجديد، ووقعت قطر اتفاقا لتشغيله.").stream()
                .map(Entity::actorCode)).contains("QAT");
    }

    @Test
    void aircraftWithNoNisbaAreThingsNotTheSettingsAirForce() {
        // hangars for aircraft in Aleppo: nobody's air force, least of all Syria's
        assertThat(entities("ودمرت الغارة حظائر للطائرات الحربية في ريف حلب السوري.").stream()
                .map(Entity::actorCode)).doesNotContain("SYRMIL");
        // a nisba says whose they are
        assertThat(entities("وقصفت طائرات حربية روسية مواقع في ريف حلب السوري.").stream()
                .map(Entity::actorCode)).contains("RUSMIL").doesNotContain("SYRMIL");
    }

    @Test
    void qatariAfterAnAgencysPostIsOfTheCountryNotQatar() {
        // the agency's country representative in Yemen: قطري is "of the country" here
        assertThat(entities("وحذرت الممثلة القطرية لمنظمة الأمم المتحدة للطفولة في اليمن من تفشي الكوليرا.")
                .stream().map(Entity::actorCode)).doesNotContain("QAT");
        // a Qatari delegation is Qatar's
        assertThat(entities("ووصل الوفد القطري إلى الخرطوم.").stream().map(Entity::country)).contains("QAT");
    }

    /** Office-holders of 2024–2025 added to the people lexicons carry the code of their current office. */
    @Test
    void recentOfficeHoldersTakeTheCodeOfTheirOffice() {
        List<Entity> found = entities("واستقبل وزير الخارجية التركي هاكان فيدان رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف، "
                + "فيما التقى رئيس الأركان العامة سلجوق بيرقدار أوغلو نظيره السوري علي النعسان. "
                + "وقال المتحدث باسم الحكومة العراقية باسم العوادي إن وزير الدفاع اليمني محسن الداعري زار بغداد.");
        assertThat(named(found, "Mahmoud Ali Youssouf").map(Entity::actorCode)).contains("IGOAFRAFU");
        assertThat(named(found, "Selcuk Bayraktaroglu").map(Entity::actorCode)).contains("TURMIL");
        assertThat(named(found, "Ali Nour al-Din al-Naasan").map(Entity::actorCode)).contains("SYRMIL");
        assertThat(named(found, "Basim al-Awadi").map(Entity::actorCode)).contains("IRQGOV");
        assertThat(named(found, "Mohsen al-Daeri").map(Entity::actorCode)).contains("YEMGOV");
    }

    /**
     * 11 to 99 in words take the accusative singular as digits do (ثلاثة عشر مغربيا، سبعة وثلاثين يمنيا): the
     * people counted, not their state.
     */
    @Test
    void peopleCountedWithANumberInWordsAreTheirCountrysCiviliansToo() {
        List<Entity> found = entities("وأفرجت السلطات عن ثلاثة عشر مغربيا، ورحّلت سبعة وثلاثين يمنيا إلى صنعاء.");
        assertThat(codeOf(found, "مغربيا")).contains("MARCVL");
        assertThat(codeOf(found, "يمنيا")).contains("YEMCVL");
        assertThat(found).noneSatisfy(e -> assertThat(e.actorCode()).isIn("MAR", "YEM"));
    }

    /**
     * A nation named as الشعب with a nisba is its people (CVL), like المواطنين or المدنيين with one, not the state;
     * inside a body's name (مجلس الشعب المصري) it stays that body.
     */
    @Test
    void aNationsPeopleWithANisbaAreItsCiviliansNotTheState() {
        List<Entity> found = entities("وحيّا الملك الأردني الشعب العراقي، وأشاد مجلس الشعب المصري بالمواطنين الليبيين.");
        assertThat(codeOf(found, "الشعب العراقي")).contains("IRQCVL");
        assertThat(codeOf(found, "المواطنين الليبيين")).contains("LBYCVL");
        assertThat(codeOf(found, "مجلس الشعب المصري")).contains("EGYLEG");
        assertThat(found).noneSatisfy(e -> assertThat(e.actorCode()).isEqualTo("IRQ"));
    }

    /**
     * One unnamed armed man as a verb's subject or object is the UAF of the state where it happens, as gunmen are
     * (a suicide bomber too, the gold coding him so with no group named); the same word as an adjective after an
     * act or a body's arm (هجوم انتحاري، نزاع قبلي مسلح، الذراع المسلح) is nobody.
     */
    @Test
    void anUnnamedArmedManIsTheSettingsUafButAnArmedActIsNobody() {
        List<Entity> found = entities("وفي الموصل، هاجم انتحاري نقطة تفتيش، وفي بنغازي اقتحم مسلح فندقا.");
        assertThat(codeOf(found, "انتحاري")).contains("IRQUAF");
        assertThat(codeOf(found, "مسلح")).contains("LBYUAF");
        List<Entity> acts = entities("وفي الموصل، وقع هجوم انتحاري، ثم اشتباك مسلح ونزاع قبلي مسلح قرب المدينة، "
                + "وتبنى الذراع المسلح للتنظيم التفجير.");
        assertThat(acts).noneSatisfy(e -> assertThat(e.actorCode()).endsWith("UAF"));
    }

    /**
     * A counterpart after a body (ونظيرتها، ونظيره with a nisba) is the same kind of body of the nisba's state, not a
     * person; after a minister it stays the other state's minister.
     */
    @Test
    void aBodysCounterpartIsTheSameBodyOfTheNisbasState() {
        List<Entity> found = entities("وأجرت القوات الجوية الأردنية ونظيرتها الإماراتية تدريبا مشتركا، "
                + "واجتمعت وزارة الداخلية التونسية ونظيرتها الجزائرية، وبحث الجيش اللبناني ونظيره السوري أمن الحدود. "
                + "واستقبل وزير الدفاع القطري نظيره التركي.");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.actorCode()).isEqualTo("AREMIL");
            assertThat(e.type()).isEqualTo(EntityType.GROUP);
        });
        assertThat(codeOf(found, "نظيرتها الجزائرية")).contains("DZAGOV");
        assertThat(codeOf(found, "نظيره السوري")).contains("SYRMIL");
        Entity turk = found.stream().filter(e -> "TURGOV".equals(e.actorCode())).findFirst().orElseThrow();
        assertThat(turk.type()).isEqualTo(EntityType.PERSON);
    }

    /**
     * The armed man as an indefinite object (أصابت الشرطة مسلحا) or as the subject after إن is in the accusative,
     * which the roles do not list: the same UAF; the accusative as a circumstance (عاد مهاجما الحكومة) is no one.
     */
    @Test
    void anArmedManInTheAccusativeAfterASubjectOrInnaIsTheSettingsUaf() {
        List<Entity> found = entities("وفي الخرطوم، أصابت الشرطة السودانية مسلحا، وذكر شهود أن انتحاريا حاول اقتحام "
                + "المبنى.");
        assertThat(codeOf(found, "مسلحا")).contains("SDNUAF");
        assertThat(codeOf(found, "انتحاريا")).contains("SDNUAF");
        List<Entity> circumstance = entities("وفي الخرطوم، عاد الوزير إلى مكتبه صباحا، مهاجما الحكومة.");
        assertThat(circumstance).noneSatisfy(e -> assertThat(e.actorCode()).isEqualTo("SDNUAF"));
    }

    /**
     * السعودية is both the state's name and its feminine nisba with the article: after a body (السلطات، الطائرات)
     * it is the nisba, which makes the body Saudi wherever the clause is set.
     */
    @Test
    void theSaudiStatesNameAfterABodyIsItsNisba() {
        List<Entity> found = entities("وفي صنعاء، قصفت الطائرات السعودية مواقع، ورفضت السلطات السعودية التعليق.");
        assertThat(codeOf(found, "الطائرات السعودية")).contains("SAUMIL");
        assertThat(codeOf(found, "السلطات السعودية")).contains("SAUGOV");
    }
}
