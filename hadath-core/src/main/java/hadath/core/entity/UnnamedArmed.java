package hadath.core.entity;

import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import hadath.core.tokenize.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One unnamed armed person with no nisba (فجر انتحاري حزاما، أطلق مسلح النار، قتل متمرد): as the subject or object
 * of a verb they are that sector of the state where the clause is set, as the plural groups are (مسلحون →
 * XXXUAF by the event conventions); as an adjective after the act or body it describes (هجوم انتحاري، نزاع
 * عشائري مسلح، تنظيم إرهابي) the same word is nobody. Arabic marks neither in writing, so the word before tells
 * them apart: a masdar of an act from the event patterns or a noun from {@link #DESCRIBED} makes it an adjective.
 * Built once per lexicon; thread-safe.
 */
final class UnnamedArmed {

    /** The sectors of an armed person (gunman, fighter, attacker, suicide bomber UAF; rebel REB). */
    private static final Set<String> ARMED = Set.of("UAF", "REB");

    /**
     * Nouns these words describe that are no masdar of an event pattern: conflicts, acts, bodies and their arms
     * (الذراع المسلح، الجناح المسلح: a body's, not a gunman), ideas.
     */
    private static final Set<String> DESCRIBED = KeyNormalizer.keys("نزاع", "صراع", "سطو", "عصيان", "تمرد",
            "عمل", "كفاح", "نضال", "تنظيم", "فصيل", "تيار", "فكر", "حزام", "عنف", "نشاط", "هجوم", "تفجير",
            "اعتداء", "حادث", "كيان", "فعل", "خطاب", "ذراع", "جناح", "فرع", "طابع", "مشروع");

    /** Clitics before a noun: و، ف، ب، ل، ك، ال، لل. */
    private static final List<String> PROCLITICS = List.of("وال", "فال", "بال", "كال", "ولل", "لل", "ال", "و", "ف",
            "ب", "ل");

    /** How many adjectives may stand between the noun and the word (نزاع عشائري مسلح). */
    private static final int ADJECTIVES = 2;

    /** Words after which an accusative is a subject or an object, not a circumstance (مهاجما المحكمة). */
    private static final Set<String> THAT = KeyNormalizer.keys("إن", "أن", "لكن", "وإن", "بأن", "وأن");

    private final Set<String> acts = new HashSet<>(DESCRIBED);
    /** The indefinite accusative of each armed description (مسلحا، انتحاريا، متمردا) → its role. */
    private final Map<String, LexiconEntry> accusatives = new HashMap<>();

    UnnamedArmed(Lexicon lexicon) {
        for (LexiconEntry e : lexicon.entriesOf(EntryKind.ROLE)) {
            String key = KeyNormalizer.key(e.ar());
            if ("description".equals(e.attribute("kind")) && ARMED.contains(e.attribute("sector"))
                    && key.startsWith("ال") && !key.contains(" ")) {
                accusatives.put(key.substring(2) + "ا", e);
            }
        }
        for (LexiconEntry e : lexicon.entriesOf(EntryKind.EVENT_PATTERN)) {
            if ("masdar".equals(e.attribute("form"))) {
                for (String form : e.forms()) {
                    String key = KeyNormalizer.key(form);
                    if (!key.contains(" ")) {
                        acts.add(key);
                    }
                }
            }
        }
    }

    /** Whether a description of one word with no state is an armed person the setting's state gives a code to. */
    static boolean armed(TitlePhrase t) {
        return t.country() == null && t.actorCode() == null && !t.predicative() && ARMED.contains(t.sector())
                && t.tokens().size() == 1;
    }

    /** The armed person as the setting state's group (XXXUAF), or nothing where the word is an adjective. */
    void resolve(RecognitionRun run, Lexicon lexicon, TitlePhrase t) {
        if (!adjective(run.tokens, t.tokens().start())) {
            mention(run, lexicon, TitlePhraseFinder.roleOf(t.key()), t.sector(), t.tokens().start(), t.span());
        }
    }

    /**
     * The armed the roles do not match in the indefinite accusative: an object after its verb's subject
     * (قتلت الشرطة مسلحا، اعتقلت القوات انتحاريا) or a subject after إن (إن مسلحا أطلق النار). Elsewhere the same
     * form is mostly a circumstance (وصل مهاجما المحكمة: attacking), and no one.
     */
    void accusatives(RecognitionRun run, Lexicon lexicon) {
        for (int i = 1; i < run.tokens.size(); i++) {
            LexiconEntry role = run.covered[i] ? null : accusatives.get(run.tokens.get(i).key());
            if (role != null && (run.covered[i - 1] || THAT.contains(run.tokens.get(i - 1).key()))
                    && run.sentenceOf[i - 1] == run.sentenceOf[i] && !adjective(run.tokens, i)) {
                mention(run, lexicon, role.id(), role.attribute("sector"), i, run.tokens.get(i).span());
            }
        }
    }

    /** One armed person at token {@code i} as the group of its sector of the state the clause is set in. */
    private static void mention(RecognitionRun run, Lexicon lexicon, String roleId, String sector, int i,
                                CharSpan span) {
        SettingCountry setting = run.setting();
        String country = setting.locatedAt(i + 1);
        country = country != null ? country : setting.at(i);
        String actorCode = country == null ? null
                : lexicon.country(country).map(c -> c.actorCode() + sector).orElse(null);
        if (actorCode != null) {
            EntityDraft d = run.group("armed:" + roleId + ":" + country, country, actorCode);
            run.mention(d, span, MentionKind.NAME, i, i + 1);
        }
    }

    /** Whether the word at {@code i} follows, past at most two nisba adjectives, a noun it describes. */
    private boolean adjective(List<Token> tokens, int i) {
        for (int k = i - 1, seen = 0; k >= 0 && seen <= ADJECTIVES; k--, seen++) {
            Token before = tokens.get(k);
            if (!before.isWord()) {
                return false;
            }
            if (acts.contains(bare(before.key()))) {
                return true;
            }
            if (!bare(before.key()).endsWith("ي") || bare(before.key()).length() < 4) {
                return false; // not a nisba adjective in a chain: a verb, a preposition, a name
            }
        }
        return false;
    }

    private static String bare(String key) {
        for (String p : PROCLITICS) {
            if (key.startsWith(p) && key.length() - p.length() >= 3) {
                return key.substring(p.length());
            }
        }
        return key;
    }
}
