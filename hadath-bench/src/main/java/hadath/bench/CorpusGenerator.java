package hadath.bench;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates Arabic news-style articles for benchmarks: sentence templates written for Hadath, filled with
 * names from the bundled lexicon, with clitics, quotations, numbers and headlines. Deterministic for a seed,
 * so runs compare like with like. The text is synthetic; no real article is copied.
 */
public final class CorpusGenerator {

    private static final String[] TEMPLATES = {
        "وصل {P} إلى {C} مساء أمس في زيارة رسمية تستمر ثلاثة أيام، يلتقي خلالها عدداً من المسؤولين.",
        "وقال {P} في مؤتمر صحافي عقده في {C}: «إن العلاقات بين البلدين تشهد تطوراً مهماً في المجالات كافة».",
        "وأكد {P} أن {N} ترفض أي تدخل في شؤونها الداخلية، مشدداً على ضرورة احترام سيادة الدول.",
        "وبحث الجانبان سبل تعزيز التعاون الاقتصادي، إذ بلغ حجم التبادل التجاري نحو {D} مليار دولار العام الماضي.",
        "من جهته، أعرب {P} عن قلقه من التصعيد في {C}، داعياً إلى وقف فوري لإطلاق النار وحماية المدنيين.",
        "وأفادت وكالة الأنباء الرسمية بأن {O} عقدت اجتماعاً طارئاً لبحث التطورات الأخيرة في المنطقة.",
        "وانتقد {P} سياسة {N} تجاه {N}، معتبراً أنها «لا تخدم الاستقرار ولا السلام».",
        "ووقّع وزيرا خارجية {N} و{N} اتفاقية للتعاون في مجالات الطاقة والنقل والتعليم.",
        "وأعلنت وزارة الدفاع في {N} مقتل {D} مسلحين وإصابة آخرين في اشتباكات قرب {C}.",
        "ونقلت وسائل إعلام محلية عن مصدر مطلع قوله إن المفاوضات «وصلت إلى مرحلة حاسمة».",
        "ويُذكر أن {O} كانت قد دعت في بيان سابق إلى رفع العقوبات المفروضة على {N} بنسبة {D}٪.",
        "والتقى {P} نظيره {P} في {C}، وبحثا الملفات الإقليمية والدولية ذات الاهتمام المشترك.",
        "وفي الخامس عشر من آذار الماضي، أعلنت {O} تخصيص {D} مليون يورو لدعم اللاجئين في {N}.",
        "وتعهد رئيس الوزراء في {N} بخفض معدل التضخم إلى {D} في المئة قبل نهاية العام المقبل.",
        "وهدد {P} بفرض عقوبات جديدة على {N} إذا لم تلتزم بالاتفاق، فيما نفت {N} هذه الاتهامات.",
        "وتظاهر آلاف الأشخاص يوم الجمعة في شوارع {C} احتجاجاً على ارتفاع الأسعار، وطالبوا الحكومة بالاستقالة.",
        "وأضاف {P}: «لن نقبل بأي حل لا يضمن حقوق شعبنا، وسنواصل العمل مع شركائنا في {N}».",
        "وكانت {N} قد استدعت سفيرها لدى {N} للتشاور، بعد تصريحات اعتبرتها مسيئة.",
        "وقدمت {N} مساعدات إنسانية بقيمة {D} ألف دولار إلى المتضررين من الفيضانات في {C}.",
        "وشارك في الاجتماع الذي عقد في {C} يوم الثلاثاء ممثلون عن {O} و{N} و{N}."
    };

    private final List<String> people;
    private final List<String> countries;
    private final List<String> places;
    private final List<String> organisations;

    public CorpusGenerator(Lexicon lexicon) {
        this.people = names(lexicon, EntryKind.PERSON, List.of("فلاديمير بوتين", "محمد باقر قاليباف"));
        this.countries = names(lexicon, EntryKind.COUNTRY, List.of("إيران", "روسيا"));
        this.places = names(lexicon, EntryKind.PLACE, List.of("موسكو", "طهران"));
        this.organisations = names(lexicon, EntryKind.ORGANIZATION, List.of("الأمم المتحدة"));
    }

    private static List<String> names(Lexicon lexicon, EntryKind kind, List<String> fallback) {
        List<String> names = lexicon.entriesOf(kind).stream().map(LexiconEntry::ar).toList();
        return names.isEmpty() ? fallback : names;
    }

    /** {@code count} articles of roughly {@code words} words each. */
    public List<String> articles(int count, int words, long seed) {
        return articles(count, words, words, seed);
    }

    /**
     * {@code count} articles whose lengths are spread evenly between {@code minWords} and {@code maxWords}
     * (news runs from short wire items to long features; a benchmark over one length hides how cost grows).
     */
    public List<String> articles(int count, int minWords, int maxWords, long seed) {
        if (minWords < 1 || maxWords < minWords) {
            throw new IllegalArgumentException("word range " + minWords + ".." + maxWords
                    + " is empty; expected 1 <= min <= max");
        }
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(random, minWords + random.nextInt(maxWords - minWords + 1)));
        }
        return out;
    }

    private String article(Random random, int words) {
        StringBuilder b = new StringBuilder(words * 7);
        b.append(fill("{P} في {C}: مباحثات حول التعاون والأمن", random)).append('\n');
        int written = 0;
        while (written < words) {
            String sentence = fill(TEMPLATES[random.nextInt(TEMPLATES.length)], random);
            b.append(sentence).append(random.nextInt(4) == 0 ? "\n" : " ");
            written += sentence.split(" ").length;
        }
        return b.toString().strip();
    }

    private String fill(String template, Random random) {
        StringBuilder b = new StringBuilder(template.length() + 40);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
                b.append(switch (template.charAt(i + 1)) {
                    case 'P' -> pick(people, random);
                    case 'C' -> pick(places, random);
                    case 'N' -> pick(countries, random);
                    case 'O' -> pick(organisations, random);
                    default -> String.valueOf(1 + random.nextInt(500));
                });
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
