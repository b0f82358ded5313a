package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import hadath.core.tokenize.Token;
import java.util.List;

/**
 * A country the article names only by a nisba on a thing it owns or does (الخطة الإسرائيلية، غارة إسرائيلية،
 * التهديدات التركية، الفيتو الروسي): the nisba is a description mention of that country, so that events can
 * take it as their actor or target. Only an adjective on a noun counts: a nisba already inside a name or a
 * title (الحكومة الإسرائيلية، وزير الخارجية التركي) or right before a person's name (بنظيره الإيراني عباس
 * عراقجي) is that name's. A human plural (مئات الأردنيين، الفلسطينيون) that no role phrase takes is the
 * country's people (XXXCVL), not the state; a nisba on a strike or a war machine (غارة إسرائيلية، مسيّرة
 * أمريكية) is the state's forces (XXXMIL). Thread-safe.
 */
final class NisbaCountries {

    private final Lexicon lexicon;

    NisbaCountries(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param phrases the document's role phrases: a nisba in one (وزير الخارجية الأمريكي) is the title's */
    void find(RecognitionRun run, List<LexiconMatch> matches, List<TitlePhrase> phrases) {
        boolean[] inTitle = new boolean[run.tokens.size()];
        for (TitlePhrase p : phrases) {
            java.util.Arrays.fill(inTitle, p.tokens().start(), p.tokens().end(), true);
        }
        java.util.Map<String, EntityDraft> forces = new java.util.HashMap<>(); // ISO3 → its military, found once
        for (LexiconMatch m : matches) {
            int i = m.tokens().start();
            if (m.tokens().size() != 1 || run.covered[i] || inTitle[i] || !Preference.is(m, EntryKind.NISBA)) {
                continue;
            }
            EntityDraft next = run.nameAt.get(i + 1);
            if (next != null && next.type == EntityType.PERSON) {
                continue; // بنظيره الإيراني عباس عراقجي: a nisba before a name describes the person
            }
            if (countryOffice(run, i)) {
                continue;
            }
            LexiconEntry nisba = Preference.preferred(m);
            LexiconEntry country = nisba == null || nisba.country() == null ? null
                    : lexicon.country(nisba.country()).orElse(null);
            Token t = run.tokens.get(i);
            if (country == null || country.actorCode() == null) {
                continue;
            }
            // the adjective with its article (الإسرائيلية), as the reader sees it; other clitics left out
            CharSpan seen = t.key().startsWith("ال") ? t.span() : m.span();
            int armed = adjective(t) ? armed(run, i) : NOT_ARMED;
            if (people(t)) {
                // تظاهر مئات الأردنيين، اعتقل فلسطينيين
                run.mention(run.people(country), seen, MentionKind.NAME, i, i + 1);
            } else if (armed != NOT_ARMED) {
                // غارة إسرائيلية، قصف مدفعي تركي، مسيّرة أمريكية: who strikes or flies is the state's forces
                EntityDraft military = forces.computeIfAbsent(country.country(), iso -> forcesOf(run, country));
                if (armed >= 0 && !run.covered[armed]) { // a machine: it is part of the mention
                    Token first = run.tokens.get(armed);
                    String key = first.key(); // وجرافات: the mention starts after و, ف, ب or ل, and keeps ال
                    int conjunction = "وفبل".indexOf(key.charAt(0)) >= 0 && !key.startsWith("ال") ? 1 : 0;
                    run.mention(military, first.inner(conjunction, 0).union(seen), MentionKind.DESCRIPTION, armed,
                            i + 1);
                } else {
                    run.mention(military, seen, MentionKind.DESCRIPTION, i, i + 1);
                }
            } else if (i > 0 && run.tokens.get(i - 1).isWord() && adjective(t)
                    && run.sentenceOf[i - 1] == run.sentenceOf[i]) {
                run.mention(run.draft(country.id(), EntityType.COUNTRY, country), seen, MentionKind.DESCRIPTION, i,
                        i + 1);
            }
        }
    }

    /** Qatar's nisba, which is also the adjective of قطر "country" (المدير القطري: the country director). */
    private static final java.util.Set<String> QATARI = KeyNormalizer.keys("قطري", "القطري", "قطرية", "القطرية");
    /** Posts and offices an agency keeps in each country it works in. */
    private static final java.util.Set<String> OFFICES = KeyNormalizer.keys("مدير", "مديرة", "ممثل", "ممثلة",
            "مكتب", "مكاتب", "منسق", "منسقة", "فريق", "برنامج", "خطة", "استراتيجية");

    /**
     * المدير القطري للبرنامج، المكتب القطري لليونيسف: after an agency's post or office and before the agency (ل),
     * قطري is "of the country", the agency's office in the land it works in, not Qatar's.
     */
    private static boolean countryOffice(RecognitionRun run, int i) {
        return i > 0 && i + 1 < run.tokens.size() && QATARI.contains(run.tokens.get(i).key())
                && run.tokens.get(i - 1).candidateIn(OFFICES) != null && run.tokens.get(i + 1).key().startsWith("ل");
    }

    /** Strikes and fire: what a state's forces do (غارة، قصف، صواريخ); these are events of their own. */
    private static final java.util.Set<String> STRIKES = KeyNormalizer.keys("غارة", "غارات", "قصف", "قصفا", "ضربة",
            "ضربات", "ضربتين", "غارتين", "صاروخ", "صواريخ", "قذيفة", "قذائف", "مدفعية", "توغل");
    /** War machines: who acts when they act (اغتالت مسيّرة إسرائيلية، جرافات إسرائيلية هدمت). */
    private static final java.util.Set<String> MACHINES = KeyNormalizer.keys("مقاتلة", "مقاتلات", "طائرة", "طائرات",
            "مسيرة", "مسيرات", "دبابة", "دبابات", "جرافة", "جرافات", "زورق", "زوارق", "بارجة", "بوارج", "مدمرة",
            "فرقاطة", "غواصة", "مروحية", "مروحيات", "قاذفة", "قاذفات", "آليات", "مدرعات");
    private static final int NOT_ARMED = Integer.MIN_VALUE;
    /** Adjectives between a strike and its nisba (قصف مدفعي إسرائيلي، غارات جوية أمريكية). */
    private static final java.util.Set<String> ARMED_ADJECTIVES = KeyNormalizer.keys("مدفعي", "جوي", "جوية", "صاروخي",
            "صاروخية", "حربية", "حربي", "عسكرية", "عسكري", "مسيرة", "مكثف", "مكثفة", "عنيف", "عنيفة");

    /**
     * The token of the strike or war machine the nisba at {@code i} qualifies, past one adjective: {@code -1 - j}
     * for a strike at j (the nisba alone is the forces: the strike is an event), {@code j} for a machine (the
     * machine with its nisba is the forces), or {@link #NOT_ARMED} when it qualifies neither.
     */
    private static int armed(RecognitionRun run, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 2 && run.sentenceOf[j] == run.sentenceOf[i]; j--) {
            Token word = run.tokens.get(j); // under its clitics and article: وبالغارات، المسيرات
            if (word.candidateIn(STRIKES) != null) {
                return -1 - j;
            }
            if (word.candidateIn(MACHINES) != null) {
                return j;
            }
            if (word.candidateIn(ARMED_ADJECTIVES) == null) {
                break;
            }
        }
        return NOT_ARMED;
    }

    /** The state's military: the draft the article already has with that code (الجيش الإسرائيلي), else a group. */
    private static EntityDraft forcesOf(RecognitionRun run, LexiconEntry country) {
        String code = country.actorCode() + "MIL";
        return run.drafts.values().stream().filter(d -> code.equals(d.actorCode)).findFirst()
                .orElseGet(() -> run.group("military:" + country.country(), country.country(), code));
    }

    /**
     * A human masculine plural (الأردنيون، فلسطينيين) or a broken plural the nisbas list (المغاربة، التوانسة; keys
     * write ة as ه, and only the feminine singular ends in يه): people of the country, not an adjective on a thing.
     */
    private static boolean people(Token t) {
        String key = t.key();
        return key.endsWith("يون") || key.endsWith("يين") || key.endsWith("ه") && !key.endsWith("يه");
    }

    /** A singular nisba (إسرائيلي، الإسرائيلية، إسرائيليا), not a human plural or dual (-ون، -ين، -ان، -ات). */
    private static boolean adjective(Token t) {
        String key = t.key();
        return !(key.endsWith("ون") || key.endsWith("ين") || key.endsWith("ان") || key.endsWith("ات"));
    }
}
