package hadath.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import hadath.core.entity.Entity;
import hadath.core.lexicon.Lexicon;
import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.core.pipeline.PipelineConfig;
import hadath.core.text.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule per test, with the small test lexicon (lexicon-test) and sentences written for these tests; the rules
 * that read roles (titles, posts, counterparts) run with the bundled lexicon.
 */
class EventCoderTest {

    private static final Pipeline PIPELINE = new Pipeline(new PipelineConfig(Lexicon.fromClasspath("/hadath/lexicon-test/"), null, true));
    private static final Pipeline BUNDLED = new Pipeline(new PipelineConfig(Lexicon.bundled(), null, true));
    /** The product's pipeline, with the name tagger: for names the lexicon alone does not hold. */
    private static final Pipeline FULL = new Pipeline(PipelineConfig.defaults().withEvents(true));

    /** (source actor code, CAMEO, target actor code) of each event, read with the bundled lexicon. */
    private static List<String> codes(String text) {
        return codes(BUNDLED, text);
    }

    private static List<String> codes(Pipeline pipeline, String text) {
        Analysis a = pipeline.analyze(Document.builder(text).published(LocalDate.of(2021, 2, 9)).build());
        java.util.function.Function<String, String> code = id -> a.entities().stream()
                .filter(e -> e.id().equals(id)).findFirst()
                .map(e -> e.actorCode() != null ? e.actorCode() : e.country()).orElse(null); // as the scorer reads
        return a.events().stream().map(v -> code.apply(v.source()) + " " + v.cameo() + " " + code.apply(v.target()))
                .toList();
    }

    private static Analysis analyse(String text) {
        return PIPELINE.analyze(Document.builder(text).published(LocalDate.of(2021, 2, 9)).build());
    }

    private static String en(Analysis a, String id) {
        return a.entities().stream().filter(e -> e.id().equals(id)).map(Entity::canonicalEn).findFirst().orElse(null);
    }

    private static List<String> triples(Analysis a) {
        return a.events().stream().map(v -> en(a, v.source()) + " " + v.cameo() + " " + en(a, v.target())).toList();
    }

    @Test
    void aVisitTargetsTheHostCountryAndIsLocatedInThePlace() {
        Analysis a = analyse("وصل فلاديمير بوتين إلى طهران أمس، في زيارة إلى إيران.");
        assertThat(triples(a)).contains("Vladimir Putin 042 Iran");
        Event v = a.events().get(0);
        assertThat(en(a, v.location())).isEqualTo("Tehran");
        assertThat(v.date()).isEqualTo(LocalDate.of(2021, 2, 8));
        assertThat(v.triggerText()).isEqualTo("وصل");
        assertThat(v.goldstein()).isEqualTo(1.9);
        assertThat(v.quadClass()).isEqualTo(1);
        assertThat(v.plover()).isEqualTo("CONSULT");
    }

    @Test
    void theSubjectAfterTheVerbIsTheSourceAndTheObjectTheTarget() {
        Analysis a = analyse("وانتقد فلاديمير بوتين الولايات المتحدة.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 111 United States");
    }

    @Test
    void actorsJoinedByWawAreTargetsEach() {
        Analysis a = analyse("وانتقد فلاديمير بوتين الولايات المتحدة والاتحاد الأوروبي.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 111 United States", "Vladimir Putin 111 European Union");
    }

    @Test
    void aDroppedSubjectIsTheCurrentOne() {
        Analysis a = analyse("انتقد فلاديمير بوتين الولايات المتحدة. ثم وصل إلى طهران لبحث العلاقات مع إيران.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 111 United States", "Vladimir Putin 042 Iran");
        assertThat(a.events().get(a.events().size() - 1).confidence()).isLessThan(0.8);
    }

    @Test
    void aPhraseSplitByItsSubjectIsOneEventOfThatSubject() {
        Analysis a = analyse("وفرضت الولايات المتحدة، أمس، عقوبات على إيران.");
        assertThat(triples(a)).containsExactly("United States 163 Iran");
        assertThat(a.events().get(0).triggerText()).isEqualTo("فرضت");
    }

    @Test
    void aPhraseSplitBySubjectAndObjectIsTheSubjectsActOnTheObject() {
        // هدد X Y بضرب: the phrase هدد بضرب with its subject and then its object between its words
        Analysis a = analyse("وهدد فلاديمير بوتين الولايات المتحدة بضرب قواعدها.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 138 United States");
    }

    @Test
    void aMasdarInANegatedClauseOrAfterAnyIsNotCoded() {
        assertThat(analyse("ولم تعلن إيران عن زيارة إلى روسيا.").events()).isEmpty();
        assertThat(analyse("وقال فلاديمير بوتين إن أي زيارة إلى إيران مرفوضة.").events()).isEmpty();
    }

    @Test
    void theSubjectAfterTheVerbMayBeCounted() {
        // مئات الإيرانيين: the people counted are the subject, not the quantity word before them
        Analysis a = analyse("وانتقد مئات الإيرانيين الولايات المتحدة.");
        assertThat(a.events()).hasSize(1);
        assertThat(a.entities().stream().filter(e -> e.id().equals(a.events().get(0).source())).findFirst()
                .orElseThrow().actorCode()).isEqualTo("IRNCVL");
        assertThat(en(a, a.events().get(0).target())).isEqualTo("United States");
    }

    @Test
    void aReportedClauseWithAPronounIsDoneByTheReportingSubject() {
        assertThat(triples(analyse("وأعلنت روسيا أنها قصفت إيران."))).containsExactly("Russia 195 Iran");
        // قواتها: the forces of the one who reports, coded as that actor
        assertThat(triples(analyse("وقالت روسيا إن قواتها قصفت إيران."))).containsExactly("Russia 195 Iran");
    }

    @Test
    void aWeaponWithBaIsTheMeansOfTheAttackNotAnotherEvent() {
        assertThat(analyse("وقصفت روسيا إيران بالصواريخ.").events()).extracting(Event::cameo).containsExactly("195");
    }

    @Test
    void aQuotationSpeaksInTheFirstPersonPlural() {
        // نقصف is generated from يقصف: "سنقصف" in the speaker's mouth is their threat of force
        Analysis a = analyse("وهدد فلاديمير بوتين: \"سنقصف إيران إذا لم تتوقف عن تهديد جيرانها في المنطقة\".");
        assertThat(triples(a)).containsExactly("Vladimir Putin 138 Iran");
    }

    @Test
    void actorsJoinedAsTheSubjectOfAMutualActDoItWithEachOther() {
        assertThat(triples(analyse("والتقى فلاديمير بوتين ومحمد باقر قاليباف في موسكو.")))
                .containsExactlyInAnyOrder("Vladimir Putin 040 Mohammad Bagher Ghalibaf",
                        "Mohammad Bagher Ghalibaf 040 Vladimir Putin");
    }

    @Test
    void aParticipleAfterACommaIsTheSubjectsNextActAndIyyahaIsTheObjectBefore() {
        assertThat(codes(FULL, "وطردت السلطات النيجرية بعثة المنظمة الدولية للهجرة، متهمة إياها بتشجيع الهجرة."))
                .containsExactly("NERGOV 174 NGOREFIOM", "NERGOV 112 NGOREFIOM");        // no act before it: إياها is whom the sentence named last
        assertThat(codes(FULL, "واعتبرت الخارجية الصينية أن الولايات المتحدة تسيس التجارة، مطالبة إياها بضمان حقوق المواطنين الصينيين."))
                .contains("CHNGOV 100 USA");
    }

    @Test
    void anAdverbBetweenTheSubjectAndItsMasdarKeepsTheSubject() {
        assertThat(codes(FULL, "وأعلنت تركيا لاحقا قطع علاقاتها الدبلوماسية مع الجزائر."))
                .containsExactly("TUR 161 DZA");
        assertThat(codes(FULL, "وأعلنت تركيا رسميا قطع علاقاتها الدبلوماسية مع الجزائر."))
                .containsExactly("TUR 161 DZA");
    }

    @Test
    void theTalksOfAReceptionAreTheReception() {
        // CONVENTIONS: استقبل X Y وبحث معه only as 043
        assertThat(codes(FULL, "واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي، وبحث معه العلاقات الثنائية."))
                .containsExactly("EGYGOV 043 USAGOV");
    }

    @Test
    void aVerbWithItsObjectOnItHasItsSubjectAfterItOrTheLastActsOtherSide() {
        // واستقبله الرئيس المصري: the president received him (the visitor), not the visitor the president
        assertThat(codes(FULL, "ووصل وزير الخارجية الكويتي إلى القاهرة، واستقبله الرئيس المصري."))
                .contains("EGYGOV 043 KWTGOV");
        // واتهمها: no subject after it, so the subject goes on, and ها is the one just criticised
        assertThat(codes(FULL, "وانتقد الرئيس الأمريكي الحكومة الكوبية، واتهمها بالفساد."))
                .containsExactly("USAGOV 111 CUBGOV", "USAGOV 1121 CUBGOV");
    }

    @Test
    void somethingDoneJointlyBySeveralSubjectsIsEachWithTheOther() {
        assertThat(codes(FULL, "وبدأت القوات البحرية الروسية والمصرية مناورات مشتركة في البحر المتوسط."))
                .containsExactlyInAnyOrder("EGYMIL 062 RUSMIL", "RUSMIL 062 EGYMIL");
    }

    @Test
    void accusingAsAParticipleAndTheObliqueDualAsItsObject() {
        assertThat(codes(FULL, "ونفى القائد العام لقوات سوريا الديمقراطية مظلوم عبدي ذلك، متهما الحكومة السورية بالتنصل من الاتفاق."))
                .contains("SYRUAF 112 SYRGOV");
        // اتهم الطرفين: the two are accused, they do not accuse each other
        List<String> both = codes(FULL, "وحمّلت منظمة أوكسفام الجيش السوداني وقوات الدعم السريع مسؤولية الجوع، "
                + "متهمة الطرفين بعرقلة وصول القوافل.");
        assertThat(both).noneMatch(t -> t.startsWith("SDNREB") || t.startsWith("SDNMIL"));
    }

    @Test
    void aPhraseSplitByItsObjectGoesOnWithTheSubjectAndTheActorInsideIsWhom() {
        assertThat(codes(FULL, "وأدانت الحكومة السورية الهجوم، وحملت تنظيم داعش المسؤولية عنه."))
                .contains("SYRGOV 112 IMGMUSISI");
        // a masdar after its subject: the actor inside is whom too
        assertThat(codes(FULL, "وأعلن البنك الدولي منح مصر قرضا ميسرا بقيمة 1.2 مليار دولار."))
                .containsExactly("IGOUNODEVWBK 071 EGY");
    }

    @Test
    void aMemberOfABodyIsTheBodyAfterFiNotAPlace() {
        assertThat(codes(FULL, "وأعلن الجيش الإسرائيلي اغتيال قيادي بارز في حزب الله بغارة على سيارته."))
                .contains("ISRMIL 186 LBNREBHEZ");
        // في after anything else is still where (الأوضاع في السودان)
        assertThat(codes(FULL, "وبحث الوزير المصري مع نظيره الأمريكي الأوضاع في السودان."))
                .noneMatch(t -> t.endsWith("SDN"));
    }

    @Test
    void signingAloneIsAnAgreementWithWhoeverItIsSignedWith() {
        assertThat(codes(FULL, "ووقعت مصر بروتوكولا للتعاون الأمني مع الصومال.")).contains("EGY 057 SOM");
        // a place after the signers is where they signed, not with whom: each signed with the other
        assertThat(codes(FULL, "ووقّع وزيرا الدفاع المصري والصومالي في القاهرة بروتوكولا للتعاون العسكري."))
                .contains("EGYGOV 057 SOMGOV", "SOMGOV 057 EGYGOV");
        // وقع is also "happened": with no actor beside it, no event
        assertThat(codes(FULL, "ووقع انفجار في مدينة الموصل أمس.")).isEmpty();
    }

    @Test
    void aFightOrTalksBetweenTwoSidesIsEachOnTheOther() {
        assertThat(codes(FULL, "واندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الفاشر."))
                .containsExactlyInAnyOrder("SDNMIL 190 SDNREB", "SDNREB 190 SDNMIL");
        // a name in quotes after a bare و is still the second side
        assertThat(codes(FULL, "واندلعت اشتباكات بين الجيش السوداني و\"قوات الدعم السريع\" في الفاشر."))
                .containsExactlyInAnyOrder("SDNMIL 190 SDNREB", "SDNREB 190 SDNMIL");
        // with a subject, بين names whom the act is between, not who does it (none of 19x then)
        assertThat(codes(FULL, "وتتوسط قطر بين الجيش السوداني وقوات الدعم السريع."))
                .doesNotContain("SDNMIL 045 SDNREB");
    }

    @Test
    void aDualVerbJoinedByWawGoesOnWithBothSubjects() {
        // انتقدت is listed, انتقدتا is generated: the two states go on, and the actor after the verb is whom
        Analysis a = analyse("وزارت روسيا وإيران الولايات المتحدة، وانتقدتا فلسطين.");
        assertThat(triples(a)).contains("Russia 111 Palestine", "Iran 111 Palestine");
    }

    @Test
    void anEventWithNeitherActorIsNotCoded() {
        assertThat(analyse("وقالت مصادر إن زيارة إلى طهران مرتقبة.").events()).isEmpty();
    }

    @Test
    void aPatternInsideANameIsNoEvent() {
        Analysis a = analyse("وانتقدت لجنة العقوبات الدولية إيران.");
        assertThat(triples(a)).containsExactly("UN Sanctions Committee 111 Iran");
    }

    @Test
    void forceInTheFutureTenseIsAThreat() {
        // سيفرض: the future of فرض عقوبات (163) is a threat to sanction (131)
        Analysis a = analyse("وقال فلاديمير بوتين إن الاتحاد الأوروبي سيفرض عقوبات على إيران.");
        assertThat(a.events()).extracting(Event::cameo).containsExactly("131");
    }

    @Test
    void aNegatedEventIsNotCoded() {
        Analysis a = analyse("ولم ينتقد فلاديمير بوتين الولايات المتحدة. ولن يزور طهران.");
        assertThat(a.events()).isEmpty();
    }

    @Test
    void anInvitationIsHostedByWhoeverInvites() {
        Analysis a = analyse("استجابة لدعوة من فلاديمير بوتين، وصل محمد باقر قاليباف إلى موسكو في زيارة لروسيا.");
        assertThat(triples(a)).contains("Vladimir Putin 043 Mohammad Bagher Ghalibaf",
                "Mohammad Bagher Ghalibaf 042 Russia");
    }

    @Test
    void aVisitToAPlaceWhoseCountryIsNotNamedTargetsThePlace() {
        Analysis a = analyse("وصل فلاديمير بوتين إلى طهران.");
        // the place stands for its state: the GDELT export and the scorer read its country, IRN
        assertThat(triples(a)).containsExactly("Vladimir Putin 042 Tehran");
        assertThat(en(a, a.events().get(0).location())).isEqualTo("Tehran");
    }

    @Test
    void theSameEventTwiceIsOneEvent() {
        Analysis a = analyse("انتقد فلاديمير بوتين الولايات المتحدة. كما انتقد فلاديمير بوتين الولايات المتحدة.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 111 United States");
    }

    @Test
    void aMeetingWithNoTargetTakesTheOtherActorOfTheSentence() {
        Analysis a = analyse("التقى فلاديمير بوتين ومحمد باقر قاليباف أمس في موسكو.");
        assertThat(triples(a)).contains("Vladimir Putin 040 Mohammad Bagher Ghalibaf");
    }

    @Test
    void everyTriggerIsTheSourceSubstring() {
        Analysis a = analyse("وصل فلاديمير بوتين إلى طهران. وانتقد الولايات المتحدة.");
        for (Event v : a.events()) {
            assertThat(a.document().slice(v.triggerSpan())).isEqualTo(v.triggerText());
            assertThat(v.sentence().contains(v.triggerSpan())).isTrue();
        }
    }

    @Test
    void aDualIsThePairOfTheLastEventCodedBothWays() {
        Analysis a = analyse("التقى فلاديمير بوتين محمد باقر قاليباف. وبحث الجانبان العلاقات.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 040 Mohammad Bagher Ghalibaf",
                "Mohammad Bagher Ghalibaf 040 Vladimir Putin");
    }

    @Test
    void aPronounOnThePrepositionIsTheOtherPartyOfTheLastEvent() {
        Analysis a = analyse("انتقد فلاديمير بوتين محمد باقر قاليباف، ثم بحث معه العلاقات.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 111 Mohammad Bagher Ghalibaf",
                "Vladimir Putin 040 Mohammad Bagher Ghalibaf");
    }

    @Test
    void aMasdarAfterDuringSetsTheSceneAndIsNoEvent() {
        Analysis a = analyse("وانتقد فلاديمير بوتين الولايات المتحدة خلال زيارة إلى إيران.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 111 United States");
    }

    @Test
    void aMasdarRestatingTheVerbOfItsSentenceIsTheSameEvent() {
        Analysis a = analyse("وصل فلاديمير بوتين إلى إيران في زيارة رسمية.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 042 Iran");
    }

    @Test
    void whatADenialDeniesIsNotCoded() {
        Analysis a = analyse("ونفى فلاديمير بوتين أن يكون قد زار إيران.");
        assertThat(a.events()).isEmpty();
    }

    @Test
    void actorsJoinedByWawAfterTheVerbAreSourcesEach() {
        Analysis a = analyse("وانتقد فلاديمير بوتين ومحمد باقر قاليباف الولايات المتحدة.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 111 United States",
                "Mohammad Bagher Ghalibaf 111 United States");
    }

    @Test
    void aPostAfterLadaIsPartOfThePersonAndNoTarget() {
        assertThat(codes("وانتقدت المندوبة الأمريكية لدى الأمم المتحدة روسيا."))
                .containsExactly("USAGOV 111 RUS");
    }

    @Test
    void aPhraseSplitBySubjectAndObjectTargetsTheObject() {
        assertThat(codes("وحمّل الرئيس الفرنسي إيران المسؤولية.")).containsExactly("FRAGOV 112 IRN");
        assertThat(codes("وحمّلت منظمة العفو الدولية الجيش السوداني وقوات الدعم السريع مسؤولية تفاقم الجوع."))
                .containsExactly("NGOHRIAMN 112 SDNMIL", "NGOHRIAMN 112 SDNREB");
    }

    @Test
    void aVerbAfterACommaGoesOnWithTheSubjectOfTheSentencesFirstVerbEvenAnUncodedOne() {
        assertThat(codes("ووصفت منظمة العفو الدولية الأحكام بأنها مهزلة، وطالبت السلطات التونسية بالإفراج عن المعتقلين."))
                .containsExactly("NGOHRIAMN 1053 TUNGOV"); // طالب X بالإفراج: a demand for a release
    }

    @Test
    void theBodyAfterADatelineDoesNotGoOnWithTheHeadlinesSubject() {
        // no subject in the body's sentence: the headline's Tunisian police did not kill the Iraqi deputy
        assertThat(codes(FULL, "الشرطة التونسية تعتقل قياديا معارضا\nبغداد - قُتل نائب في البرلمان العراقي إثر انفجار عبوة."))
                .noneMatch(e -> e.startsWith("TUNCOP 18"));
    }

    @Test
    void aPersonJoinedByWawToAPlaceTargetStartsAnotherClause() {
        assertThat(codes("مقاتلات إسرائيلية تقصف جنوب لبنان وعون يدعو واشنطن إلى التهدئة\nبيروت - دعا الرئيس اللبناني جوزاف عون الولايات المتحدة إلى التهدئة."))
                .containsExactly("ISRMIL 195 LBN", "LBNGOV 020 USA");
    }

    @Test
    void whatIsCondemnedAfterALongSubjectAndItsQuotedNameIsNoEventOfItsOwn() {
        assertThat(codes(FULL, "وفي ديالى، هاجم مسلحون قاعدة للجيش العراقي. وأدانت بعثة الأمم المتحدة لمساعدة العراق "
                + "\"يونامي\" الهجوم.")).filteredOn(e -> e.contains(" 19")).containsExactly("IRQUAF 190 IRQMIL");
    }

    @Test
    void theGenitiveOfAnArrestOrAssaultMasdarIsWhomItWasDoneTo() {
        assertThat(codes(FULL, "وأعلنت الشرطة العراقية اعتقال نائب عراقي في بغداد.")).containsExactly("IRQCOP 173 IRQLEG");
        // with nobody who did it, the act is a toll, not who did what to whom
        assertThat(codes("اغتيال نائب عراقي في بغداد")).isEmpty();
    }

    @Test
    void whatADenialDeniesEndsAtTheNextVerbWhichGoesOnWithTheDenier() {
        assertThat(codes("ونفت وزارة الخارجية المصرية أن تكون قد أغلقت معبر رفح، وطالبت إسرائيل بالانسحاب من المعبر."))
                .containsExactly("EGYGOV 1056 ISR"); // the split phrase طالب X بالانسحاب
        // without the comma and a verb of its own, the rest is still what is denied
        assertThat(codes("ونفت وزارة الخارجية المصرية أن تكون قد أغلقت المعبر وطردت السفير الإسرائيلي.")).isEmpty();
    }

    @Test
    void anActorCodeActingOnItselfIsNoEvent() {
        // two Saudi officials are both SAUGOV: CAMEO codes no event of an actor on itself
        assertThat(codes("واستقبل وزير الداخلية السعودي وزير الخارجية السعودي في الرياض.")).isEmpty();
        assertThat(codes("واستقبل وزير الداخلية السعودي وزير الخارجية الأردني في الرياض."))
                .containsExactly("SAUGOV 043 JORGOV");
    }

    @Test
    void aCounterpartAfterATitleIsTheObjectNotTheTitlesName() {
        assertThat(codes("والتقى وزير الخارجية السوري نظيره اللبناني في بيروت."))
                .containsExactly("SYRGOV 040 LBNGOV");
    }

    @Test
    void aVerbWithWawAfterACommaGoesOnWithTheSubjectAndTheActorAfterIsWhom() {
        Analysis a = analyse("انتقد فلاديمير بوتين إيران، وانتقد الولايات المتحدة.");
        assertThat(triples(a)).containsExactly("Vladimir Putin 111 Iran", "Vladimir Putin 111 United States");
    }

    @Test
    void theNisbaOnAStrikeIsItsAgentTheStatesForces() {
        assertThat(codes("وقتل 11 فلسطينيا في قصف مدفعي إسرائيلي على خان يونس.")).containsExactly("ISRMIL 194 PSE");
    }

    @Test
    void aResponseToAnActToldBeforeTargetsWhoeverTookIt() {
        assertThat(triples(analyse("زار فلاديمير بوتين إيران. وانتقد محمد باقر قاليباف الخطوة.")))
                .containsExactly("Vladimir Putin 042 Iran", "Mohammad Bagher Ghalibaf 111 Vladimir Putin");
        // an attack noun answers the last attack, not the last act
        assertThat(triples(analyse("قصفت روسيا إيران. وزار فلاديمير بوتين طهران. وانتقد محمد باقر قاليباف الهجوم.")))
                .contains("Mohammad Bagher Ghalibaf 111 Russia");
        // the Kremlin answers no act of its own state: the last act before it by Russia is passed
        assertThat(codes(FULL, "فرض الاتحاد الأوروبي عقوبات جديدة على روسيا. وهددت روسيا أوكرانيا. وندد الكرملين بالعقوبات."))
                .contains("RUSGOV 111 EUR");
    }

    @Test
    void aPronounOnLakinIsTheSubjectAndTheActorAfterTheVerbIsWhom() {
        assertThat(triples(analyse("انتقد فلاديمير بوتين إيران، لكنه زار الولايات المتحدة.")))
                .containsExactly("Vladimir Putin 111 Iran", "Vladimir Putin 042 United States");
    }

    @Test
    void aDualObjectIsBothPartiesOfTheLastEvent() {
        assertThat(triples(analyse("التقى فلاديمير بوتين محمد باقر قاليباف. وانتقد الاتحاد الأوروبي الطرفين.")))
                .contains("European Union 111 Vladimir Putin", "European Union 111 Mohammad Bagher Ghalibaf");
    }

    @Test
    void aNamedSubjectBeforeATitledObjectIsTheSourceButATitlesComplementIsNot() {
        assertThat(codes(FULL, "استدعت الجزائر القائم بالأعمال الفرنسي.")).containsExactly("DZA 114 FRAGOV");
        // حزب الله after "the secretary-general of" belongs to the title; the person named after it acts
        assertThat(codes("ورفض الأمين العام لحزب الله نعيم قاسم خطة الحكومة اللبنانية.")).first().asString()
                .startsWith("LBNUAF 12");
    }

    @Test
    void aPhraseSaidAsAVerbAfterACommaGoesOnWithTheSentencesSubject() {
        assertThat(codes("طالبت اليونان إيران بالإفراج عن الناقلة، واستدعت القائم بالأعمال الإيراني."))
                .contains("GRC 114 IRNGOV");
    }

    @Test
    void aParticipleAfterACommaIsDoneByTheMainVerbsSubjectToTheActorAfterIt() {
        assertThat(codes("وقال وزير الخارجية الأردني إن الوضع خطير، داعيا إسرائيل إلى التهدئة."))
                .singleElement().asString().matches("JORGOV 02\\d* ISR");
        // a title with a complement (للوكالة) before the name: the speaker of the reported clause
        assertThat(codes(FULL, "وقال المدير العام للوكالة رافائيل غروسي إن الخطوة إيجابية، داعيا طهران إلى التعاون."))
                .containsExactly("IGOUNOIAE 020 IRN");
    }

    @Test
    void aDualVerbHasTheTwoActorsTheSentenceOpenedWithOrTheLastPairForSubject() {
        assertThat(codes(FULL, "وأدانت القاهرة وأنقرة الهجوم، وحثتا الأطراف الليبية على العودة إلى الحوار."))
                .contains("EGY 020 LBY", "TUR 020 LBY");
        // no object: each with the other (اتفقا = they agreed with each other)
        assertThat(codes(FULL, "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بنظيره المصري عبد الفتاح السيسي، "
                + "اتفقا خلاله على تسريع العمل في المحطة.")).contains("RUSGOV 030 EGYGOV", "EGYGOV 030 RUSGOV");
    }

    @Test
    void theTwoSidesSplittingAPhraseAreTheLastPairBothWays() {
        assertThat(codes(FULL, "التقى الرئيس المصري عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان. "
                + "ووقع الجانبان ثماني اتفاقيات في مجالات الطاقة.")).contains("EGYGOV 057 TURGOV", "TURGOV 057 EGYGOV");
    }

    @Test
    void aPresentOfForceInTheBodyDescribesButAHeadlinesPresentIsAnAttack() {
        assertThat(codes("إسرائيل تقصف جنوب لبنان\nوقال وزير الدفاع الأمريكي إن بلاده سترد على أي اعتداء إيراني "
                + "يستهدف قواتها.")).filteredOn(e -> e.contains(" 19")).singleElement().asString().startsWith("ISR")
                .contains(" 195 ");
        // the future phrase is the minister's threat, and the nisba after it whom he threatens
        assertThat(codes(FULL, "وقال وزير الدفاع الأمريكي إن بلاده سترد على أي اعتداء إيراني يستهدف قواتها."))
                .containsExactly("USAGOV 130 IRN");
    }

    @Test
    void whatAnAppealAsksForGoesOnThroughTheNextWaw() {
        assertThat(codes("دعت مصر الجيش السوداني إلى هدنة إنسانية فورية واستئناف المفاوضات في جدة."))
                .singleElement().asString().startsWith("EGY 02");
    }

    @Test
    void anIndefiniteAccusativeNisbaNamesWhoseTheObjectIs() {
        assertThat(codes(FULL, "رفضت الجزائر طلبا فرنسيا بزيادة كميات الغاز.")).containsExactly("DZA 120 FRA");
    }

    @Test
    void whoeverDidWhatIsPraisedOrCriticisedIsItsTarget() {
        assertThat(codes(FULL, "وأشاد أردوغان، في مؤتمر صحفي مشترك، بـ\"الدور المحوري\" الذي تؤديه مصر في المنطقة."))
                .containsExactly("TURGOV 051 EGY");
    }

    @Test
    void talkNamedAfterAPrepositionIsThePurposeOrSettingOfTheActNotAnotherAct() {
        assertThat(codes(FULL, "وأشاد أمير قطر بجهود سلطنة عمان، معربا عن أمله في العودة إلى طاولة المفاوضات مع إيران.")
                .stream().filter(e -> e.contains(" 04")).toList()).isEmpty();
        assertThat(codes(FULL, "وعلقت الإمارات مشاركتها في اجتماعات مع قطر.").stream()
                .filter(e -> e.contains(" 04")).toList()).isEmpty();
        // with a pronoun of its own the noun has its own actors: كان في استقباله is a reception
        assertThat(codes(FULL, "ووصل أردوغان إلى القاهرة، وكان في استقباله الرئيس المصري عبد الفتاح السيسي."))
                .anyMatch(e -> e.contains(" 043 "));
    }

    @Test
    void anAttackVerbWhoseSubjectIsAPersonIsCriticismButAForcesIsAnAssault() {
        assertThat(codes(FULL, "وهاجم وزير الخارجية الإسرائيلي الحكومة الإسبانية.")).containsExactly("ISRGOV 111 ESPGOV");
        assertThat(codes(FULL, "وهاجمت قوات الدعم السريع الجيش السوداني.")).containsExactly("SDNREB 190 SDNMIL");
    }

    @Test
    void aKillingToldWithAnotherActOfForceInItsSentenceIsThatActsToll() {
        assertThat(codes(FULL, "وفي الفاشر، هاجمت قوات الدعم السريع مخيما للنازحين، وقتلت أكثر من 200 مدني.").stream()
                .filter(e -> e.contains(" 190 ")).toList()).hasSize(1);
        assertThat(codes(FULL, "وفي مالي، قتل مسلحون أكثر من 150 قرويا في مذبحة طالت ثلاث قرى.")).noneMatch(
                e -> e.contains(" 190 "));
        assertThat(codes(FULL, "وقتل مسلحون مجهولون ثلاثة جنود من الجيش العراقي في ديالى.")).anyMatch(
                e -> e.contains(" 190 "));
    }

    @Test
    void aPartyAfterAPrepositionMayStandBetweenTheSubjectAndTheObjectOfAPhrase() {
        assertThat(codes(FULL, "وفرضت واشنطن على طهران عقوبات جديدة.")).containsExactly("USA 163 IRN");
        assertThat(codes(FULL, "ووقعت الحكومة السورية مع شركات تركية وقطرية عقودا لإعادة تأهيل محطات الكهرباء."))
                .containsExactly("SYRGOV 057 TURBUS", "SYRGOV 057 QATBUS");
    }

    @Test
    void whatSomeoneIsChargedWithIsNoEventOfItsOwn() {
        assertThat(codes(FULL, "وفرض الاتحاد الأوروبي عقوبات على قادة في قوات الدعم السريع بتهمة ارتكاب انتهاكات "
                + "جسيمة بحق المدنيين.")).noneMatch(e -> e.contains(" 128 "));
        assertThat(codes(FULL, "وأعلنت السلطات فتح تحقيق في شبهات تمويل شبكات مرتبطة بالحرس الثوري.")).noneMatch(
                e -> e.contains(" 07"));
    }

    @Test
    void aTollWithNobodyWhoKilledIsNoEvent() {
        assertThat(codes(FULL, "وفي طرابلس، أعلن جهاز الإسعاف مقتل ثمانية أشخاص.")).isEmpty();
    }

    @Test
    void aBodyAndItsOwnStateAreOneSideNotTwo() {
        assertThat(codes(FULL, "ورفضت الحكومة الإسرائيلية المقترح، معتبرة أنه لا يلبي متطلبات أمن إسرائيل."))
                .noneMatch(e -> e.endsWith(" ISR"));
        assertThat(codes(FULL, "ورحبت الرئاسة الفلسطينية بالقرار، ودعت الدول الأوروبية إلى الاعتراف بدولة فلسطين."))
                .noneMatch(e -> e.endsWith(" PSE"));
    }

    @Test
    void aThreatWithNobodyNamedIsAgainstWhoeverLastActedOnItsAuthor() {
        assertThat(codes(FULL, "واشنطن تفرض عقوبات جديدة على إيران وطهران تتوعد بالرد"))
                .contains("USA 163 IRN", "IRN 138 USA");
    }

    @Test
    void whatAnAccusationChargesIsItsContentNotAnotherEvent() {
        assertThat(codes(FULL, "واتهمت واشنطن طهران بمواصلة تسليح جماعة الحوثي في انتهاك صريح لقرارات مجلس الأمن."))
                .containsExactly("USA 112 IRN");
    }

    @Test
    void aNounAfterTheSentencesActIsItsDetailUnlessItHasItsOwnClause() {
        assertThat(codes(FULL, "وأطلقت قوات الأمن العراقية الرصاص الحي لتفريق المحتجين في البصرة."))
                .containsExactly("IRQCOP 175 IRQCVL");
        assertThat(codes(FULL, "واستقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الإيراني عباس عراقجي، وأشاد بالتعاون "
                + "خلال اللقاء الذي جمعهما في موسكو.")).anyMatch(e -> e.contains(" 040 "));
    }

    @Test
    void someNegatedPhrasesAreAThreatOrARefusalAndTheirPlainReadingStays() {
        assertThat(codes(FULL, "فرضت واشنطن عقوبات على طهران. وقال الرئيس الإيراني إن بلاده لن تتردد في الرد."))
                .contains("IRNGOV 130 USA");
        assertThat(codes(FULL, "وقال مارك روته إن الحلف \"لن يرضخ لروسيا\".")).contains("IGOWSTNAT 124 RUS");
        // a refusal to negotiate, to release or to give up said as a negated future
        assertThat(codes(FULL, "وقال المتحدث باسم الخارجية الإيرانية: \"لن نفاوض الولايات المتحدة تحت التهديد\"."))
                .contains("IRNGOV 125 USA");
        assertThat(codes(FULL, "وقال محمد عبد السلام إنه \"لا إفراج عن موظفي الأمم المتحدة المحتجزين\"."))
                .contains("YEMUAF 1243 IGOUNO");
        // without the negation رضخ is yielding, and a negated plain verb is no event
        assertThat(codes(FULL, "ورضخت الحكومة العراقية لمطالب المحتجين في البصرة.")).noneMatch(e -> e.contains(" 124 "));
        assertThat(codes(FULL, "وقال الوزير إن إسرائيل لن تهاجم لبنان.")).isEmpty();
    }

    @Test
    void sanctionsJudgedAfterTheyWereToldTargetWhoeverImposedThem() {
        assertThat(codes(FULL, "وفرضت وزارة الخزانة الأمريكية عقوبات على مصرفين عراقيين. ورفضت الحكومة العراقية العقوبات."))
                .contains("IRQGOV 120 USAGOV");
    }

    @Test
    void forceWithNobodyNamedReachesThePlaceNamedAfterItForItsState() {
        assertThat(codes(FULL, "وقصف الجيش الإسرائيلي بلدة في جنوب لبنان.")).containsExactly("ISRMIL 195 LBN");
    }

    @Test
    void aStateNamedWithItsKindIsTheSubject() {
        // دولة before the name had been left out of it, and the body after the verb became the subject
        assertThat(codes(FULL, "ترحب دولة الإمارات العربية المتحدة بقرار مجلس الأمن الدولي."))
                .containsExactly("ARE 051 IGOUNO");
    }

    @Test
    void aStateNamedInATitleBeforeANameIsTheOfficeHoldersNotTheTarget() {
        // رئيس وزراء العراق محمد شياع السوداني: the state belongs to the title; whom is the person
        assertThat(codes(FULL, "واستقبل الرئيس الفرنسي رئيس وزراء العراق محمد شياع السوداني."))
                .containsExactly("FRAGOV 043 IRQGOV");
        assertThat(codes(FULL, "والتقى ماكرون ملك الأردن عبد الله الثاني.")).containsExactly("FRAGOV 040 JORGOV");
        // with no name after it, the state is whom
        assertThat(codes(FULL, "واستقبل الرئيس الفرنسي وزير خارجية العراق.")).containsExactly("FRAGOV 043 IRQGOV");
    }

    @Test
    void maAfterAWordOfItsClauseIsWhatNotNot() {
        // وهو ما نفته: the relative ما, and the denial answers the state accused, through a body of the other state
        assertThat(codes(FULL, "واتهمت الولايات المتحدة إيران بتسليح الجماعة، وهو ما نفته الخارجية الإيرانية."))
                .contains("IRNGOV 016 USA");
        // ما opening a clause still negates
        assertThat(codes(FULL, "وقال الوزير: ما زار الرئيس الفرنسي الجزائر.")).isEmpty();
    }

    @Test
    void aDualVerbAfterJoinedSubjectsIsEachOnesAndADualSubjectActsOnAThirdParty() {
        // at the very start of the text too (joined subjects there had read past its first word)
        assertThat(codes(FULL, "السعودية والأردن تدينان التدخل الإيراني"))
                .containsExactlyInAnyOrder("SAU 111 IRN", "JOR 111 IRN");
        // a dual verb of conflict with nobody else named is not done by each to the other
        assertThat(codes(FULL, "السعودية والأردن تدينان الهجوم")).isEmpty();
        // الجانبان/البلدان with a third party after them did it to that party, not to each other
        assertThat(codes(FULL, "والتقى الرئيس الفرنسي بولي العهد السعودي. ورحب البلدان بقرار الحكومة اللبنانية."))
                .contains("FRAGOV 051 LBNGOV", "SAUGOV 051 LBNGOV").doesNotContain("FRAGOV 051 SAUGOV");
    }

    @Test
    void aNounAfterBishanOrHawlIsWhatIsTalkedAbout() {
        // the strikes are what the question is about, not an event of this sentence, nor its subject
        assertThat(codes(FULL, "وردا على سؤال بشأن الغارات الإسرائيلية على اليمن، قال عبد الملك الحوثي إن الرد قادم."))
                .noneMatch(e -> e.startsWith("ISR"));
        // and calling an act a war crime accuses of war crimes (1124), not of fighting a war
        assertThat(codes(FULL, "ووصف محمد عبد السلام الغارات الإسرائيلية بأنها جريمة حرب، متهما إسرائيل بها."))
                .noneMatch(e -> e.contains(" 190 "));
    }

    @Test
    void theCountedKilledOfATollAreWhomItsAttackStruck() {
        assertThat(codes(FULL, "وقتل ثلاثة جنود إسرائيليين في هجوم شنته حركة حماس في شمال غزة."))
                .containsExactly("PSEREBHMS 190 ISRMIL");
        // after the attack, in place of a place whose state the article does not name
        assertThat(codes(FULL, "وشنت طائرات إسرائيلية غارة على مخيم النصيرات أسفرت عن مقتل ستة فلسطينيين."))
                .containsExactly("ISRMIL 195 PSECVL");
        // قتل with no count after it names the killers, not the killed
        assertThat(codes(FULL, "وقتل مسلحون 150 قرويا في مذبحة في وسط مالي.")).noneMatch(e -> e.endsWith("UAF"));
    }

    @Test
    void lamAndTheArticleMakeANounNotAVerb() {
        // للتشاور is ل and the article: the purpose of the recall, not "consulted" (تشاور looked like a present)
        assertThat(codes(FULL, "وأعلنت الجزائر استدعاء سفيرها لدى فرنسا للتشاور."))
                .containsExactly("DZA 161 FRA");
    }

    @Test
    void aResponseToAnActBetweenTwoSidesIsAimedAtBoth() {
        assertThat(codes(FULL, "ورحبت قطر بالاتفاق بين أرمينيا وأذربيجان."))
                .containsExactlyInAnyOrder("QAT 051 ARM", "QAT 051 AZE");
    }

    @Test
    void forceOrSanctionsAFutureOfGoingOnGovernsAreThreatened() {
        assertThat(codes(FULL, "وقال المتحدث العسكري باسم جماعة الحوثي: \"سنواصل استهداف السفن الإسرائيلية\"."))
                .containsExactly("YEMREB 138 ISR");
        // reported: the subject of أنها is the group, not the nisba on the ships
        assertThat(codes(FULL, "وأكدت جماعة الحوثي أنها ستواصل استهداف السفن الإسرائيلية."))
                .containsExactly("YEMREB 138 ISR");
        assertThat(codes(FULL, "وقال وزير الخزانة الأمريكي إن بلاده ستواصل فرض العقوبات على إيران."))
                .allMatch(e -> e.contains(" 131 "));
    }

    @Test
    void aPlaceWithBaIsWhereUnlessNobodyElseFollows() {
        assertThat(codes(FULL, "واستقبل الملك محمد السادس بالقصر الملكي بالرباط رئيس الحكومة الإسبانية بيدرو سانشيز."))
                .containsExactly("MARGOV 043 ESPGOV");
        assertThat(codes(FULL, "وقصف الجيش الإسرائيلي بلدات بجنوب لبنان.")).containsExactly("ISRMIL 195 LBN");
    }

    @Test
    void officialFormulasAroundTheNamesKeepSubjectAndObject() {
        // السيد before the name, the seat of the presidency between subject and object (same code as the host)
        assertThat(codes(FULL, "الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، بمقر رئاسة الجمهورية، "
                + "وزير الخارجية الإيطالي أنطونيو تاياني.")).containsExactly("DZAGOV 043 ITAGOV");
        // a title and the name after it are one subject that splits تلقى ... اتصالا هاتفيا من: the caller calls
        assertThat(codes(FULL, "وتلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الفرنسي "
                + "إيمانويل ماكرون.")).containsExactly("FRAGOV 041 SAUGOV");
        // the prayer after a ruler's name stands between the subject and the rest of the phrase
        assertThat(codes(FULL, "الرياض - تلقى الأمير محمد بن سلمان، ولي العهد، حفظه الله، اتصالا هاتفيا من الرئيس "
                + "الفرنسي إيمانويل ماكرون.")).containsExactly("FRAGOV 041 SAUGOV");
        // and the full lineage of the name, in the agency style
        assertThat(codes(FULL, "الرياض - تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد "
                + "رئيس مجلس الوزراء، حفظه الله، اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."))
                .containsExactly("FRAGOV 041 SAUGOV");
    }

    @Test
    void theGeneralSecretariatOfABodyIsThatBody() {
        assertThat(codes(FULL, "واستنكرت الأمانة العامة لمجلس التعاون لدول الخليج العربية مصادقة سلطات الاحتلال على "
                + "بناء وحدات استيطانية.")).containsExactly("IGOPGSGCC 111 ISRGOV");
    }
    @Test
    void whomIsFoundPastTheAsidesOfTheAgencyStyle() {
        // the prayer, a time, the palace and its city, then a comma before the guest's titles and name
        assertThat(codes(FULL, "الرباط - استقبل صاحب الجلالة الملك محمد السادس، نصره الله، اليوم الثلاثاء بالقصر "
                + "الملكي بالرباط، فخامة السيد محمد ولد الشيخ الغزواني، رئيس الجمهورية الإسلامية الموريتانية."))
                .contains("MARGOV 043 MRTGOV");
        // a long run of titles before the name is the name's, and a foreign minister's full style is one title
        assertThat(codes(FULL, "دمشق - استقبل السيد الرئيس أحمد الشرع في قصر الشعب بدمشق اليوم، نائب رئيس الوزراء "
                + "وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي.")).containsExactly("SYRGOV 043 JORGOV");
        // but a word that only might be a title does not carry the window past a clause (حل سياسي للأزمة اليمنية)
        assertThat(codes(FULL, "وأعلن الوزيران، في ختام لقائهما في جدة، توافق بلديهما على ضرورة التوصل إلى حل "
                + "سياسي للأزمة اليمنية.")).noneMatch(t -> t.endsWith(" YEM"));
    }

    @Test
    void aMinistryInAStorySetOnASharedSeaIsNotTheSeasState() {
        // the Red Sea is filed under SAU in the gazetteer; the ministry is the condemning state's
        assertThat(codes(FULL, "المنامة - أدانت مملكة البحرين الهجوم على سفينة شحن في البحر الأحمر. ودعت وزارة "
                + "الخارجية مجلس الأمن الدولي إلى التحرك.")).contains("BHRGOV 020 IGOUNO");
    }
    @Test
    void aMinistryNamedByItsTitleBeforeAnotherStatesEnvoyIsTheSubject() {
        // وزارة الخارجية الهندية is a role phrase, not a named body; the chargé after it is its object
        assertThat(codes(FULL, "واستدعت وزارة الخارجية الهندية القائم بالأعمال الباكستاني."))
                .containsExactly("INDGOV 114 PAKGOV");
    }

    @Test
    void whoWroteAStatementNamedInAnAsideIsNotWhomItIsAbout() {
        assertThat(codes(FULL, "ونددت فرنسا وألمانيا، في بيان مشترك لوزراء خارجيتهما، بتصاعد اعتداءات المستوطنين "
                + "على القرى الفلسطينية.")).containsExactly("FRA 111 ISRSET", "DEU 111 ISRSET");
        // and said in a post between subject and participle (في تغريدة منددا)
        assertThat(codes(FULL, "ورد الرئيس البرازيلي لولا دا سيلفا في تغريدة منددا بالابتزاز الأمريكي."))
                .containsExactly("BRAGOV 111 USA");
    }

    @Test
    void aVerbEndingInHamzaIsNoFunctionWordOfTheSameKey() {
        // هنأ folds to the key of هنا (here)
        assertThat(codes(FULL, "وهنأ الرئيس عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون بفوزه."))
                .containsExactly("EGYGOV 051 FRAGOV");
    }

    @Test
    void theTwoSidesAfterBetweenArePassedAnAdjectiveATimeAndQuoteMarks() {
        assertThat(codes(FULL, "اندلعت اشتباكات عنيفة ليل السبت بين \"جهاز الردع\" و\"اللواء 444 قتال\" في طرابلس."))
                .containsExactlyInAnyOrder("LBYUAF 190 LBYMIL", "LBYMIL 190 LBYUAF");
        // civilians killed in the clashes, named before them, are no side
        assertThat(codes(FULL, "قُتل 45 مدنيا على الأقل في اشتباكات عنيفة اندلعت فجر الثلاثاء بين الجيش السوداني "
                + "وقوات الدعم السريع.")).containsExactlyInAnyOrder("SDNMIL 190 SDNREB", "SDNREB 190 SDNMIL");
    }

    @Test
    void anUnnamedVillageStruckIsItsPeopleButANamedOneIsAPlace() {
        assertThat(codes(FULL, "وقصفت قوات الدعم السريع قرية في شمال دارفور.")).containsExactly("SDNREB 195 SDNCVL");
        assertThat(codes(FULL, "وقصف الجيش الإسرائيلي بلدة بيت حانون في شمال غزة.")).noneMatch(e -> e.endsWith("CVL"));
        // villages taken are land, not their people
        assertThat(codes(FULL, "وفي كردفان، استعاد الجيش السوداني السيطرة على ثلاث قرى.")).noneMatch(e -> e.endsWith("CVL"));
    }
    @Test
    void aParticipleAfterAReportedClauseIsTheReportersAct() {
        assertThat(codes(FULL, "في المقابل، قال الرئيس الأوكراني فولوديمير زيلينسكي إن روسيا قصفت منشآت الطاقة في "
                + "خاركيف، مطالبا الولايات المتحدة بتسريع تسليم منظومات الدفاع الجوي."))
                .contains("UKRGOV 100 USA").doesNotContain("RUS 100 USA");
        // with no reported clause, the participle goes on with the last act's subject, as before
        assertThat(codes(FULL, "وانتقد الرئيس الأوكراني فولوديمير زيلينسكي روسيا، مطالبا الولايات المتحدة بالضغط "
                + "عليها.")).contains("UKRGOV 100 USA");
        // a platform in quotes after a preposition (على "إكس") is no reporter: a quote mark stands between them
        assertThat(codes(FULL, "وكتب وزير الخارجية الأوكراني أندريه سيبيها على \"إكس\" أن روسيا قصفت منشآت الطاقة، "
                + "داعيا الولايات المتحدة إلى تسريع تسليم منظومات الدفاع الجوي.")).contains("UKRGOV 020 USA");
    }
    @Test
    void aSubjectBeforeQadAndAPastVerbIsItsSourceAndTheActIsDone() {
        // كان ... قد + past: the pluperfect of background, a done act (قد before a present is "may")
        assertThat(codes(FULL, "وكانت الخارجية البولندية قد استدعت القائم بالأعمال الروسي في وارسو."))
                .containsExactly("POLGOV 114 RUSGOV");
        Analysis done = BUNDLED.analyze(Document.builder("كان ماكرون قد انتقد روسيا.")
                .published(LocalDate.of(2021, 2, 9)).build());
        Analysis may = BUNDLED.analyze(Document.builder("وقال إن ماكرون قد ينتقد روسيا.")
                .published(LocalDate.of(2021, 2, 9)).build());
        assertThat(done.events()).hasSize(1);
        assertThat(may.events()).hasSize(1);
        assertThat(done.events().get(0).confidence()).isGreaterThan(may.events().get(0).confidence());
    }
    @Test
    void formsOfAddressNameNobodyAloneAndWithThePronounAreTheStorysRuler() {
        // a title of one state before the name of another's ruler is someone else: the host, not a role
        assertThat(codes(FULL, "استقبل الرئيس التركي الشيخ تميم بن حمد آل ثاني في أنقرة."))
                .containsExactly("TURGOV 043 QATGOV");
        // معالي before a second name is not the first person said again
        assertThat(codes(FULL, "وتلقى معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية "
                + "اتصالا هاتفيا من معالي السيد عباس عراقجي وزير خارجية الجمهورية الإسلامية الإيرانية."))
                .containsExactly("IRNGOV 041 QATGOV");
        // سموه after a verb further into a sentence is the ruler of the story, and the actor after it whom
        assertThat(codes(FULL, "أبوظبي - استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة رئيس الوزراء اللبناني نواف "
                + "سلام. وفي سياق آخر، استقبل سموه وزير الخارجية الأمريكي ماركو روبيو."))
                .containsExactly("AREGOV 043 LBNGOV", "AREGOV 043 USAGOV");
    }
    @Test
    void aSubjectSplitsAPhraseWhoseRestOpensWithBiAndTheArticle() {
        // أمر بالإفراج، طالب بالإفراج: the subject stands between the verb and the ب of what is ordered
        assertThat(codes(FULL, "وفي أبوظبي، أمر الشيخ محمد بن زايد آل نهيان رئيس الدولة بالإفراج عن 2937 نزيلا "
                + "من المنشآت العقابية.")).containsExactly("AREGOV 0841 ARECVL");
    }
    @Test
    void thePostBetweenATitleAndItsNameIsPartOfTheTitle() {
        assertThat(codes(FULL, "وناشد المبعوث الأممي إلى اليمن هانس غروندبرغ الحكومة والحوثيين الانخراط في التفاوض."))
                .containsExactly("IGOUNO 020 YEMGOV", "IGOUNO 020 YEMREB");
        // with no name after it in its sentence, إلى is the verb's
        assertThat(codes(FULL, "ووصل المبعوث الأمريكي إلى دمشق.")).containsExactly("USAGOV 042 SYR");
        assertThat(codes(FULL, "ووصل المبعوث الأممي إلى اليمن. وهانس غروندبرغ هو المبعوث الأممي."))
                .containsExactly("IGOUNO 042 YEM");
    }
    @Test
    void aWarningToSomeoneIsAThreatButAWarningOfADangerIsNot() {
        assertThat(codes(FULL, "وحذر الأمين العام لحلف شمال الأطلسي مارك روته موسكو من أن أي اعتداء سيقابل برد حاسم."))
                .containsExactly("IGOWSTNAT 130 RUS");
        assertThat(codes(FULL, "وحذرت منظمة الصحة العالمية من تفشي الكوليرا في السودان."))
                .noneMatch(e -> e.contains(" 13"));
    }
    @Test
    void aDescriptionIsBlameUnlessItPraises() {
        assertThat(codes(FULL, "ووصف المتحدث باسم الخارجية الإيرانية إسماعيل بقائي العقوبات الأمريكية بأنها غير "
                + "قانونية.")).containsExactly("IRNGOV 111 USA");
        assertThat(codes(FULL, "ووصف الرئيس الفرنسي إيمانويل ماكرون المحادثات مع الرئيس المصري بأنها بناءة."))
                .containsExactly("FRAGOV 051 EGYGOV");
        assertThat(codes(FULL, "وعلى حد وصفه، فإن الوضع في السودان خطير.")).isEmpty();
    }


    @Test
    void domesticJusticeElectionsAndParliamentCodeTheirFamilies() {
        // sentencing upheld on appeal is a finding of guilt (116), not the execution it orders (1823)
        assertThat(codes(FULL, "القاهرة - أيدت محكمة النقض الحكم بالسجن المؤبد على المتهمين."))
                .containsExactly("EGYJUD 116 EGYCVL");
        // Egyptian detention and release orders
        assertThat(codes(FULL, "القاهرة - أخلت النيابة العامة سبيل عشرة متهمين."))
                .containsExactly("EGYJUD 0841 EGYCVL");
        // a pardon decree releases the pardoned (0841), aimed at them
        assertThat(codes(FULL, "القاهرة - أصدر الرئيس المصري قرارا بالعفو عن السجناء."))
                .containsExactly("EGYGOV 0841 EGYCVL");
        // Maghrebi police dismantle a criminal network: an arrest of its members (173)
        assertThat(codes(FULL, "الجزائر - فككت مصالح الأمن شبكة لتهريب المخدرات."))
                .containsExactly("DZACOP 173 DZACRM");
        // an electoral body excludes candidates (Maghrebi مترشحين): a ban on politicians (1722)
        assertThat(codes(FULL, "تونس - استبعدت الهيئة العليا المستقلة للانتخابات ثلاثة مترشحين."))
                .containsExactly("TUNGOV 1722 TUNPTY");
        // a no-confidence demand asks for a change of leadership (1041)
        assertThat(codes(FULL, "طالب نواب أردنيون بطرح الثقة بالحكومة الأردنية."))
                .containsExactly("JORLEG 1041 JORGOV");
        // revoking citizenship is an administrative sanction (172), expelling expatriates 174
        assertThat(codes(FULL, "المنامة - أسقطت السلطات البحرينية الجنسية عن 72 شخصا."))
                .containsExactly("BHRGOV 172 BHRCVL");
        assertThat(codes(FULL, "الكويت - أبعدت وزارة الداخلية الوافدين."))
                .containsExactly("KWTGOV 174 KWTREF");
        // an interpellation filed by MPs investigates the minister (090)
        assertThat(codes(FULL, "الكويت - قدم النواب استجوابا لرئيس الوزراء الكويتي."))
                .containsExactly("KWTLEG 090 KWTGOV");
    }
    @Test
    void aMasdarAfterTheVerbOfSeveralJoinedSubjectsIsEachOnesAct() {
        assertThat(codes(FULL, "وأعلنت إسبانيا وأيرلندا فرض عقوبات على الحكومة الإسرائيلية."))
                .containsExactlyInAnyOrder("ESP 163 ISRGOV", "IRL 163 ISRGOV");
        // not an actor joined to a later one inside the clause
        assertThat(codes(FULL, "وانتقد الرئيس الفرنسي إيمانويل ماكرون قصف الجيش الإسرائيلي غزة ورفح."))
                .noneMatch(e -> e.startsWith("FRAGOV 19"));
    }
    @Test
    void aDetachmentOfABodyIsThatBodyAndWantedPeopleAreCivilians() {
        assertThat(codes(FULL, "بغداد - اعتقلت قوة من الحشد الشعبي ثلاثة مطلوبين بتهم إرهابية."))
                .containsExactly("IRQMIL 173 IRQCVL");
    }
    @Test
    void theApprovalOfAnActOfAidIsThatAct() {
        assertThat(codes(FULL, "وفي واشنطن، وافق صندوق النقد الدولي على صرف شريحة بقيمة 800 مليون دولار لأوكرانيا."))
                .containsExactly("IGOBUSIMF 071 UKR");
        // agreeing to what is not an act of cooperation stays an intent
        assertThat(codes(FULL, "ووافق الرئيس الروسي فلاديمير بوتين على التفاوض مع أوكرانيا."))
                .isNotEmpty().allMatch(e -> e.contains(" 03"));
    }
    @Test
    void commonNewsWordingsOfSeveralFamiliesAreCoded() {
        // envoys sent (042), hand-overs of wanted men both ways (063: who hands over is the source)
        assertThat(codes(FULL, "وبعثت الولايات المتحدة مبعوثا إلى الخرطوم.")).containsExactly("USA 042 SDN");
        assertThat(codes(FULL, "وسلمت السلطات اللبنانية مطلوبين إلى سوريا.")).containsExactly("LBNGOV 063 SYR");
        assertThat(codes(FULL, "وتسلمت الجزائر مطلوبا من فرنسا.")).containsExactly("FRA 063 DZA");
        // a joint drill is military cooperation (062), each way for a plural subject
        assertThat(codes(FULL, "وأجرت مصر والسعودية تمرينا عسكريا مشتركا."))
                .containsExactlyInAnyOrder("EGY 062 SAU", "SAU 062 EGY");
        // resumed aid (070); a halted gas flow is an embargo (163)
        assertThat(codes(FULL, "واستأنفت الولايات المتحدة المساعدات للأردن.")).containsExactly("USA 070 JOR");
        assertThat(codes(FULL, "وأوقفت روسيا ضخ الغاز إلى أوروبا.")).containsExactly("RUS 163 EUR");
        // a condition (رهن ب) is a demand; a blocked draft resolution a veto
        assertThat(codes(FULL, "ورهنت إسرائيل الانسحاب بنزع سلاح حزب الله.")).containsExactly("ISR 100 LBNREBHEZ");
        assertThat(codes(FULL, "وأجهضت الولايات المتحدة مشروع القرار الروسي.")).containsExactly("USA 129 RUS");
        // opening fire (193) and evacuation orders, a mass expulsion (201)
        assertThat(codes(FULL, "وفتح الجيش الإسرائيلي النار على مزارعين فلسطينيين."))
                .containsExactly("ISRMIL 193 PSECVL");
        assertThat(codes(FULL, "وأصدر الجيش الإسرائيلي أوامر إخلاء لسكان شمال غزة."))
                .containsExactly("ISRMIL 201 PSECVL");
    }

    @Test
    void anExchangeBySeveralIsDoneToEachOtherNotToItsMediator() {
        assertThat(codes(FULL, "وتبادلت روسيا وأوكرانيا 146 أسيرا، في عملية جرت بوساطة إماراتية."))
                .contains("RUS 0841 UKR", "UKR 0841 RUS").doesNotContain("RUS 0841 ARE", "UKR 0841 ARE");
    }

    @Test
    void aProtestWithNobodyNamedIsAgainstTheGovernmentTheArticleNames() {
        assertThat(codes(FULL, "وانتقد الرئيس التونسي قيس سعيد النقابات. وأعلن الاتحاد العام التونسي للشغل إضرابا عاما في الوظيفة العمومية."))
                .contains("TUNLAB 143 TUNGOV");
        // no government named: the strike keeps no target
        assertThat(codes(FULL, "وأعلن الاتحاد العام التونسي للشغل إضرابا عاما في الوظيفة العمومية."))
                .containsExactly("TUNLAB 143 null");
        // an employer named in the sentence is whom the strike is against
        assertThat(codes(FULL, "وانتقدت الحكومة الجزائرية النقابات. وأعلن الاتحاد العام للعمال الجزائريين إضرابا مفتوحا في شركة سوناطراك."))
                .contains("DZALAB 143 DZABUS");
    }

    @Test
    void aResponseAnswersTheOwnerOfTheActItsNounNamedBefore() {
        // the proposal was named with its owner, and the welcome before has no known source
        assertThat(codes(FULL, "ورحب بري بالمقترح الأمريكي. في المقابل، رفضت الحكومة الإسرائيلية المقترح."))
                .contains("ISRGOV 127 USA");
        // a resolution voted on is no coded act: who did it stands before the noun said without the article
        assertThat(codes(FULL, "صوّت مجلس الأمن الدولي على قرار يمدد ولاية القوات الدولية في لبنان. ورحبت وزارة الخارجية اللبنانية بالقرار."))
                .contains("LBNGOV 051 IGOUNO");
    }

    @Test
    void aQuotedNounOfPraiseOrAidIsNoActOfTheSpeakerAndALaterDualKeepsThePairBefore() {
        // "شريك موثوق لألمانيا" describes a tie in the minister's words; read as 051 it made Germany one of
        // البلدان. A quoted verb of threat (سنرد) would stay the speaker's.
        assertThat(codes("وقع الأردن وفرنسا أمس اتفاقية للتعاون الأمني. وقال وزير الخارجية الأردني إن عمّان "
                + "\"شريك موثوق لألمانيا وداعم لتمويل مشاريع البنك الدولي\". واتفق البلدان على عقد اجتماع جديد في باريس."))
                .containsExactly("JOR 057 FRA", "FRA 057 JOR", "FRA 030 JOR", "JOR 030 FRA");
    }

    @Test
    void anElativeBeforeMinAndADemonstrativeIsAComparisonNotAnExpulsion() {
        // أبعد من ذلك is "further than that"; read as أبعد (expelled) it made Turkey expel Greece
        assertThat(codes("وذهب وزير الدفاع التركي أبعد من ذلك، إذ حذر في مقابلة بثتها القناة الرسمية من أي تحرك "
                + "يوناني في بحر إيجه.")).noneMatch(e -> e.contains(" 174 "));
    }

    @Test
    void aDenialWithNobodyNamedAnswersWhoeverLastAccusedTheDenier() {
        assertThat(codes(FULL, "اتهم الأمين العام لحلف شمال الأطلسي مارك روته روسيا بتخريب كابلات بحرية. ونفى الكرملين أي صلة له بالحوادث."))
                .contains("RUSGOV 016 IGOWSTNAT");
        // the army and the rebels of one state are two sides: the army's denial answers the rebels' charge
        assertThat(codes(FULL, "اتهمت قوات الدعم السريع الجيش السوداني بقصف سوق شعبي. ونفى المتحدث باسم الجيش "
                + "السوداني الاتهام.")).contains("SDNMIL 016 SDNREB");
    }

    @Test
    void dispersingAnyoneIsRepressionNotOnlyTheProtestersOfThePhrase() {
        // فرّق as a verb with its object (not only the phrase فرقت المتظاهرين); فرق الإنقاذ (teams) stays no act
        assertThat(codes(FULL, "وفرقت قوات الأمن العراقية الطلاب المعتصمين في بغداد.")).contains("IRQCOP 175 IRQEDU");
        assertThat(codes(FULL, "ووصلت فرق الإنقاذ التركية إلى المنطقة المنكوبة.")).isEmpty();
    }

    @Test
    void aVisitorNamedAfterTheDestinationIsTheSubject() {
        // وصل إلى X ... Y: the destination first, the visitor after it, past the place again and a day word
        assertThat(codes(FULL, "ووصل إلى العاصمة السورية دمشق أمس وزير الخارجية الأردني."))
                .containsExactly("JORGOV 042 SYR");
        assertThat(codes(FULL, "وصل إلى العاصمة الجزائرية أمس وفد وزاري من الاتحاد الأوروبي."))
                .containsExactly("EUR 042 DZA");
    }

    @Test
    void theObjectPronounOfADemandIsWhomItIsMadeOf() {
        // وطالبه: the ambassador just received, not Israel after على, which is what he is asked to press
        assertThat(codes(FULL, "استقبل رئيس الوزراء اللبناني السفير الأمريكي، وطالبه بممارسة ضغط على إسرائيل."))
                .containsExactly("LBNGOV 043 USAGOV", "LBNGOV 100 USAGOV");
        // a response's pronoun is the act it answers: رفضته is no party
        assertThat(codes(FULL, "ورحب الكرملين بالعرض البرازيلي، في حين رفضته كييف.")).containsExactly("RUSGOV 051 BRA");
    }

    @Test
    void whatEndangersSomethingMakesNoThreat() {
        // يهدد حياة الفلسطينيين: "endangers", said of a policy; يهدد بعملية: a threat "with" an operation
        assertThat(codes(FULL, "وقال وزير الخارجية السعودي إن الاستيطان الإسرائيلي يهدد حياة الفلسطينيين.")).isEmpty();
        assertThat(codes(FULL, "وهدد الجيش الإسرائيلي حزب الله بعملية واسعة.")).contains("ISRMIL 130 LBNREBHEZ");
    }

    @Test
    void anAdjectiveOfTheTitleStandsBetweenItAndTheName() {
        // الجديد, like the title itself, is passed for the name: the subject of تلقى, who received the call
        assertThat(codes(FULL, "تلقى وزير الخارجية الجديد محمد جواد ظريف اتصالا هاتفيا من مسؤولة السياسة "
                + "الخارجية في الاتحاد الأوروبي كاثرين آشتون.")).containsExactly("EUR 041 IRNGOV");
    }

    @Test
    void aSpokesmanForABodyNamedAfterBismIsTheSubject() {
        // الناطق الرسمي باسم X NAME: the title, باسم and the body are passed for the spokesman, subject of طالب
        assertThat(codes(FULL, "وطالب الناطق الرسمي باسم الاتحاد العام التونسي للشغل سامي الطاهري الحكومة "
                + "التونسية بالعودة إلى التفاوض.")).containsExactly("TUNLAB 100 TUNGOV");
    }

    @Test
    void aLetterFromAHisBrotherRulerIsTheSendersAndPertainingToIsNoCall() {
        assertThat(codes(FULL, "تلقى الرئيس المصري رسالة خطية من أخيه الملك عبدالله الثاني، تتصل بالعلاقات الثنائية بين البلدين."))
                .containsExactly("JORGOV 040 EGYGOV");
        assertThat(codes(FULL, "واتصل الرئيس المصري بالرئيس الفرنسي.")).containsExactly("EGYGOV 041 FRAGOV");
    }

    @Test
    void anEnvoysPostAfterIlaIsPartOfHimNotTheActor() {
        // the UN envoy to Libya travels to Tunis: Libya is his post, not who travels
        List<String> coded = codes(FULL, "وقالت المتحدثة إن المبعوث الشخصي للأمين العام إلى ليبيا سيتوجه إلى تونس غدا.");
        assertThat(coded).contains("IGOUNO 042 TUN");
        assertThat(coded).noneMatch(c -> c.startsWith("LBY"));
    }

    @Test
    void thePassivesAgentAfterAlaYadDidIt() {
        assertThat(codes(FULL, "وفي عمّان، اعتُقل ثلاثة من قياديي حزب جبهة العمل الإسلامي على يد عناصر من دائرة المخابرات العامة."))
                .containsExactly("JORSPY 173 JOROPPIAF");
    }

    @Test
    void theGuestOfAReceptionMakesTheVisitItsRelativeClauseTellsAndThePairStays() {
        assertThat(codes(FULL, "استقبل الرئيس السوري أحمد الشرع وزير الخارجية الأردني أيمن الصفدي، الذي وصل إلى دمشق في زيارة "
                + "رسمية. واتفق الجانبان على تشكيل لجنة أمنية مشتركة."))
                .contains("SYRGOV 043 JORGOV", "JORGOV 042 SYR", "SYRGOV 030 JORGOV", "JORGOV 030 SYRGOV");
    }

    @Test
    void aidWithNobodyNamedGoesToTheStateItIsSpentIn() {
        assertThat(codes(FULL, "خصص البنك الدولي منحة لتمويل مشروعات في اليمن.")).containsExactly("IGOUNODEVWBK 071 YEM");
    }

    @Test
    void whoCarriedOutAnAttackNamedAfterItDidItToWhomStandsBefore() {
        assertThat(codes(FULL, "قُتل قيادي في حزب العمال الكردستاني بغارة نفذتها مسيّرة تركية على سيارة كانت تقله في قضاء سنجار."))
                .containsExactly("TURMIL 195 TURREBPKK");
    }
}
