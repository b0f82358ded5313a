package hadath.core.entity;

import hadath.core.lexicon.Duals;
import hadath.core.lexicon.EntryKind;
import hadath.core.lexicon.Flags;
import hadath.core.lexicon.Lexicon;
import hadath.core.lexicon.LexiconEntry;
import hadath.core.lexicon.LexiconMatch;
import hadath.core.normalize.KeyNormalizer;
import hadath.core.text.CharSpan;
import hadath.core.text.Document;
import hadath.core.text.TokenRange;
import hadath.core.tokenize.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds role phrases: a role from the lexicon, then an adjacent organisation (رئيس + لمجلس الشورى), then
 * adjacent nisbas (الروسي; الروس والإيرانيين). The organisation gives the actor code when it has one
 * (رئيس مجلس الشورى الإيراني → IRNLEG); otherwise the nisba's country and the role's sector do
 * (الرئيس الروسي → RUS + GOV). Pure and thread-safe.
 */
final class TitlePhraseFinder {

    private final Lexicon lexicon;

    TitlePhraseFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final Set<String> INTERNATIONAL = KeyNormalizer.keys("دولية", "الدولية", "دوليون",
            "الدوليون", "دوليين", "الدوليين");

    /**
     * Whether the organisation after a role is the role's (رئيس مجلس الشورى، الأمين العام للأمم المتحدة) and not
     * the next constituent (حمّل وزير الإعلام في الحكومة جماعة الحوثيين، المصارف ومصرف لبنان): a definite word
     * is no construct head, so only ل or باسم then joins them, and و never does.
     */
    private static boolean ownedBy(Token roleEnd, LexiconMatch orgMatch, Token orgStart, boolean afterBaism) {
        String org = orgStart.key();
        if (afterBaism || (org.startsWith("ل") && orgMatch.candidate().prefix() > 0)) {
            return true;
        }
        return !org.startsWith("و") && !roleEnd.key().startsWith("ال");
    }

    /**
     * An honorific is written without the article (سيادة الرئيس، فضيلة الشيخ); with it the same word is an
     * ordinary noun (السيادة العراقية is sovereignty, السعادة happiness): a one-word title flagged common-word
     * and listed bare is no title when the word carries ال.
     */
    private static boolean definiteHonorific(Token first, LexiconMatch role, LexiconEntry entry) {
        if (!entry.has(Flags.COMMON_WORD) || entry.ar().strip().contains(" ") || entry.ar().startsWith("ال")) {
            return false;
        }
        String prefix = proclitics(first, role);
        return prefix.endsWith("ال") || prefix.endsWith("لل");
    }

    private static final Set<String> OFFICIALS = KeyNormalizer.keys("المسؤول", "المسؤولون");

    /**
     * المسؤولين عنها، المسؤول عن الهجوم: "those responsible for" whatever follows, who did it, not the officials
     * the same word names alone.
     */
    private static boolean responsibleFor(List<Token> tokens, LexiconMatch role, LexiconEntry entry) {
        int next = role.tokens().end();
        return next < tokens.size() && tokens.get(next).key().startsWith("عن")
                && OFFICIALS.contains(KeyNormalizer.key(entry.ar())); // the key only for the rare role before عن
    }

    /** كرئيس = ك "as" + رئيس: the clitic ك was stripped to find the role. */
    private static boolean isPredicative(Token first, LexiconMatch role) {
        return !role.candidate().isLiteral() && proclitics(first, role).endsWith("ك");
    }

    /** What was stripped from the front of the role's first word to find it (و، ال، ك ...). */
    static String proclitics(Token first, LexiconMatch role) {
        return first.key().substring(0, Math.max(0, first.key().length() - role.candidate().key().length()
                - role.candidate().suffix()));
    }

    /** The phrases, in text order, one per role match. {@code matches} are non-overlapping, in order. */
    List<TitlePhrase> find(Document doc, List<Token> tokens, List<LexiconMatch> matches) {
        List<TitlePhrase> out = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            LexiconMatch role = matches.get(i);
            LexiconEntry entry = Preference.preferred(role);
            if (entry == null || entry.kind() != EntryKind.ROLE || definiteHonorific(tokens.get(role.tokens().start()),
                    role, entry) || responsibleFor(tokens, role, entry)) {
                continue;
            }
            int end = role.tokens().end();
            int next = i + 1;
            LexiconEntry group = null;
            if (groupInGenitive(tokens, matches, entry, next, end)) {
                group = Preference.preferred(matches.get(next));
                end = matches.get(next).tokens().end();
                next++;
            }
            LexiconEntry org = null;
            // المتحدث باسم المفوضية: "in the name of" joins a role to its organisation
            int orgAt = end < tokens.size() && tokens.get(end).key().equals("باسم") ? end + 1 : end;
            if (next < matches.size() && matches.get(next).tokens().start() == orgAt
                    && Preference.is(matches.get(next), EntryKind.ORGANIZATION)
                    && ownedBy(tokens.get(end - 1), matches.get(next), tokens.get(orgAt), orgAt > end)) {
                org = Preference.preferred(matches.get(next));
                end = matches.get(next).tokens().end();
                next++;
            }
            LexiconEntry ofCountry = null;
            // أمير قطر، وزير خارجية مصر: the country named after the role is whose role it is; a role ending in
            // a definite word is no construct head (الأمين العام للأمم المتحدة إسرائيل: إسرائيل is the object)
            if (org == null && next < matches.size() && matches.get(next).tokens().start() == end
                    && !tokens.get(end - 1).key().startsWith("ال")
                    && Preference.is(matches.get(next), EntryKind.COUNTRY)
                    && matches.get(next).candidate().prefix() == 0) { // وزير خارجية العراق too; not لفرنسا
                ofCountry = Preference.preferred(matches.get(next));
                end = matches.get(next).tokens().end();
                next++;
            }
            int more = ofCountry == null ? next : joinedCountries(tokens, matches, next);
            if (more > next && (dual(role, entry) || "group".equals(entry.attribute("kind")))) {
                // وزيرا خارجية السعودية وإيران، سفراء فرنسا وبريطانيا وألمانيا: one office holder of each state
                out.add(phrase(doc, tokens, role, entry, new TokenRange(role.tokens().start(), end),
                        new CharSpan(role.span().start(), tokens.get(end - 1).span().end()), ofCountry));
                for (int k = next; k < more; k++) {
                    LexiconMatch other = matches.get(k);
                    out.add(phrase(doc, tokens, role, entry, other.tokens(), other.span(), Preference.preferred(other)));
                }
                i = more - 1;
                continue;
            }
            List<LexiconEntry> nisbas = new ArrayList<>();
            List<LexiconMatch> nisbaMatches = new ArrayList<>();
            while (next < matches.size() && matches.get(next).tokens().start() == end
                    && nisbaAt(tokens.get(end), matches.get(next), !nisbas.isEmpty(), entry, tokens.get(end - 1)) != null) {
                nisbas.add(nisbaAt(tokens.get(end), matches.get(next), !nisbas.isEmpty(), entry, tokens.get(end - 1)));
                nisbaMatches.add(matches.get(next));
                end = matches.get(next).tokens().end();
                next++;
            }
            if (entry.has(Flags.NISBA_ONLY)
                    && (nisbas.isEmpty() || feminine(tokens.get(end - 1)) == entry.has(Flags.MASCULINE))) {
                // السياسة الخارجية is an adjective, الخارجية الأمريكية the ministry; النظام الإيراني the regime
                continue;
            }
            List<String> countries = nisbas.stream().map(LexiconEntry::country).distinct().toList();
            if (org == null && ofCountry == null && countries.size() > 1 && countries.size() == nisbas.size()) {
                // الرئيسان المصري والفرنسي، شركات إيرانية وصينية: one role of several states is one phrase per state
                for (int k = 0; k < nisbas.size(); k++) {
                    LexiconMatch n = nisbaMatches.get(k);
                    int from = k == 0 ? role.tokens().start() : n.tokens().start();
                    CharSpan span = new CharSpan(k == 0 ? role.span().start() : n.span().start(), n.span().end());
                    out.add(phrase(doc, tokens, role, entry, new TokenRange(from, n.tokens().end()), span,
                            nisbas.get(k)));
                }
                i = next - 1;
                continue;
            }
            out.add(rolePhrase(doc, tokens, role, entry, group, org, ofCountry, nisbas, countries, end));
            i = next - 1;
        }
        return out;
    }

    /**
     * قادة المعارضة، عائلات الضحايا: a collective before a group in the genitive is of that group, whose sector it
     * takes (not a single role: وطالب المحتجون is a verb, not a student).
     */
    private static boolean groupInGenitive(List<Token> tokens, List<LexiconMatch> matches, LexiconEntry entry,
                                           int next, int end) {
        return "group".equals(entry.attribute("kind")) && next < matches.size()
                && matches.get(next).tokens().start() == end
                && !tokens.get(end - 1).key().startsWith("ال") && tokens.get(end).key().startsWith("ال")
                && Preference.is(matches.get(next), EntryKind.ROLE)
                && "group".equals(Preference.preferred(matches.get(next)).attribute("kind"));
    }

    /** The end, in matches, of the countries joined by و right after the one ending before {@code next}. */
    private static int joinedCountries(List<Token> tokens, List<LexiconMatch> matches, int next) {
        int more = next;
        while (more < matches.size()
                && matches.get(more).tokens().start() == matches.get(more - 1).tokens().end()
                && tokens.get(matches.get(more).tokens().start()).key().startsWith("و")
                && Preference.is(matches.get(more), EntryKind.COUNTRY)) {
            more++;
        }
        return more;
    }

    /**
     * The phrase of one role with what qualifies it, which gives its country and actor code: its organisation,
     * the country after it or its nisbas; {@code end} is past them.
     */
    private TitlePhrase rolePhrase(Document doc, List<Token> tokens, LexiconMatch role, LexiconEntry entry,
                                   LexiconEntry group, LexiconEntry org, LexiconEntry ofCountry,
                                   List<LexiconEntry> nisbas, List<String> countries, int end) {
        String country = countries.size() == 1 ? countries.get(0) : null;
        if (country == null && countries.isEmpty() && org != null) {
            country = org.country();
        }
        if (country == null && countries.isEmpty() && ofCountry != null) {
            country = ofCountry.country();
        }
        String sector = (group != null ? group : entry).attribute("sector");
        String actorCode;
        boolean international = nisbas.isEmpty() && org == null && ofCountry == null && end < tokens.size()
                && INTERNATIONAL.contains(tokens.get(end).key()) && "group".equals(entry.attribute("kind"));
        if (international) {
            end++; // منظمات حقوقية دولية: no country's, and a rights or aid group is an NGO
            actorCode = Sectors.codeWithoutState(sector);
        } else if (org != null && org.actorCode() != null) {
            actorCode = org.actorCode();
        } else if (country != null) {
            actorCode = lexicon.country(country).map(c -> c.actorCode() + sector).orElse(null);
        } else if (countries.isEmpty() && entry.actorCode() != null) {
            actorCode = entry.actorCode(); // المبعوث الأممي: an international role names its body
        } else {
            actorCode = countries.size() > 1 ? sector : null;
        }
        CharSpan span = new CharSpan(role.span().start(), tokens.get(end - 1).span().end());
        String text = doc.slice(span);
        return new TitlePhrase(new TokenRange(role.tokens().start(), end), span, text, entry.attribute("kind"),
                head(role), sector, country, actorCode, org, isPredicative(tokens.get(role.tokens().start()), role),
                entry.has(Flags.HONORIFIC),
                String.join("|", entry.id(), org == null ? "" : org.id(),
                        ofCountry != null ? ofCountry.country() : String.join(",", countries)));
    }

    /** A nisba in the feminine (الروسية، إسرائيلية): it agrees with a ministry or a force, not a masculine noun. */
    private static boolean feminine(Token nisba) {
        String key = nisba.key();
        return key.endsWith("يه");
    }

    /** The part of a role phrase of several states (الرئيسان المصري والفرنسي) that names one of them. */
    private TitlePhrase phrase(Document doc, List<Token> tokens, LexiconMatch role, LexiconEntry entry,
                               TokenRange range, CharSpan span, LexiconEntry nisba) {
        String sector = entry.attribute("sector");
        String actorCode = lexicon.country(nisba.country()).map(c -> c.actorCode() + sector).orElse(null);
        return new TitlePhrase(range, span, doc.slice(span), entry.attribute("kind"), head(role), sector,
                nisba.country(), actorCode, null, isPredicative(tokens.get(role.tokens().start()), role),
                entry.has(Flags.HONORIFIC),
                String.join("|", entry.id(), "", nisba.country()));
    }

    /**
     * The nisba a match is, or null: its nisba reading, or a country's name that is also its nisba, after another
     * nisba and و (القوات البحرية المصرية والسعودية: the word without و and ال is a nisba form of the country) or
     * right after a body.
     */
    private LexiconEntry nisbaAt(Token t, LexiconMatch m, boolean afterNisba, LexiconEntry role, Token roleEnd) {
        LexiconEntry country = Preference.preferred(m);
        if (country != null && country.kind() == EntryKind.NISBA) {
            return country;
        }
        if (country == null || country.kind() != EntryKind.COUNTRY) {
            return null;
        }
        String bare;
        if (!afterNisba && "group".equals(role.attribute("kind")) && t.key().startsWith("ال") && feminine(t)
                && !roleEnd.key().endsWith("ون") && !roleEnd.key().endsWith("ين")) {
            // السلطات السعودية، القوات البحرية السعودية: a state named by its feminine nisba after a body (not
            // after people, زار المتظاهرون السعودية) is that nisba, as المصرية would be
            bare = t.key().substring(2);
        } else if (afterNisba && t.key().startsWith("وال")) {
            bare = t.key().substring(3);
        } else {
            return null;
        }
        return lexicon.entry("nisba:" + country.country()).filter(n -> n.forms().stream().map(KeyNormalizer::key)
                .anyMatch(bare::equals)).orElse(null);
    }

    /** Whether a role is said in the dual (وزيرا خارجية، الرئيسين): its first word is a dual's the lexicon made. */
    private static boolean dual(LexiconMatch role, LexiconEntry entry) {
        String head = head(role);
        for (String form : entry.forms()) {
            for (String dual : Duals.of(form)) {
                String word = KeyNormalizer.key(dual.split(" ", 2)[0]);
                if (head.equals(word.startsWith("ال") ? word.substring(2) : word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The key of a role's first word without the article (رءيس), to compare roles. */
    private static String head(LexiconMatch role) {
        String head = role.candidate().key();
        head = head.startsWith("ال") ? head.substring(2) : head;
        return head.contains(" ") ? head.substring(0, head.indexOf(' ')) : head;
    }

    /** The role entry's id in a {@link TitlePhrase#key()}, which {@link #find} joins as role|organisation|countries. */
    static String roleOf(String titleKey) {
        return titleKey.split("\\|", 2)[0];
    }
}
