package hadath.core.entity;

import hadath.core.lexicon.LexiconEntry;
import hadath.core.text.CharSpan;
import hadath.core.text.TokenRange;

/**
 * A role phrase: a role noun with what qualifies it, e.g. الرئيس الروسي, رئيس مجلس الدوما الروسي,
 * المسؤول الإيراني, رجال الأعمال الروس والإيرانيين.
 *
 * @param kind         title (goes with a name), description (stands for a person), group (a collective)
 * @param head         the key of the role's first word without the article (رءيس), to compare roles
 * @param sector       CAMEO sector of the role
 * @param country      ISO3 from the nisba or the organisation, or null
 * @param actorCode    CAMEO code: the organisation's, else country + sector, else null
 * @param organization the organisation inside the phrase (مجلس الدوما), or null
 * @param predicative  written with ك, "as" (كرئيس لمجلس الشورى): it says what someone is, it does not
 *                     refer to them, so it gives a role but is no mention
 * @param honorific    a form of address or a rank (سماحة، الشيخ، اللواء), said between a title and the name it
 *                     belongs to
 * @param key          what the phrase means (role, organisation, countries), to find the same title again
 *                     however it is spelled (رئيس مجلس الشورى الإيراني = رئيس لمجلس الشورى الإيراني)
 */
public record TitlePhrase(TokenRange tokens, CharSpan span, String text, String kind, String head, String sector,
                          String country, String actorCode, LexiconEntry organization, boolean predicative,
                          boolean honorific, String key) {

    /** Whether the phrase says whose it is: a country, an organisation or the role's own body, not a sector alone. */
    public boolean coded() {
        return actorCode != null && !actorCode.equals(sector);
    }
}
