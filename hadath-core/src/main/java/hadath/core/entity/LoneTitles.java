package hadath.core.entity;

import hadath.core.lexicon.Lexicon;
import hadath.core.normalize.KeyNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Role phrases standing alone, the pass of {@link EntityRecognizer} after surnames: a title refers to the most
 * salient person named before it who holds that title, or has its actor code and a role with the same head (رئيس
 * مجلس الدوما الروسي → فالودين); a description (المسؤول الإيراني) to the most salient person of its country; a group
 * (رجال الأعمال الروس) is an entity of its own. Salience is the number of mentions so far, then recency.
 * Thread-safe.
 */
final class LoneTitles {

    /** The words for "the country" a title takes in the construct state (أمير البلاد، ملك البلاد، أمير الدولة). */
    private static final Set<String> THE_COUNTRY = KeyNormalizer.keys("البلاد", "الدولة", "المملكة", "الإمارة",
            "السلطنة", "الجمهورية");

    /** Aircraft, which the roles list as the air force: a thing, whose state only a nisba tells. */
    private static final Set<String> MACHINES = KeyNormalizer.keys("طائرات", "طائرة", "مقاتلات", "مقاتلة");

    private final Lexicon lexicon;
    private final UnnamedArmed armed;

    LoneTitles(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.armed = new UnnamedArmed(lexicon);
    }

    /** @param lone the role phrases no name beside them took, in text order */
    void resolve(RecognitionRun run, List<TitlePhrase> lone) {
        for (TitlePhrase t : lone) {
            switch (t.kind()) {
                case "title" -> title(run, t);
                case "description" -> description(run, t);
                default -> group(run, t);
            }
        }
        armed.accusatives(run, lexicon); // قتلت الشرطة مسلحا: after the bodies that may be the verb's subject
    }

    private void title(RecognitionRun run, TitlePhrase t) {
        if (construct(run, t)) {
            return; // أمير البلاد، ملك البلاد: the office of what follows, not a person named before
        }
        EntityDraft person = salient(run, t.span().start(), d -> d.titleKeys.contains(t.key())
                || (t.actorCode() != null && t.actorCode().equals(d.actorCode) && holds(d, t.head())
                && !otherPortfolio(d, t)));
        if (person != null) {
            person.addRole(t);
            if (!t.predicative()) {
                run.mention(person, t.span(), MentionKind.TITLE, t.tokens().start(), t.tokens().end());
            }
        } else if (t.coded() && !t.predicative()) {
            EntityDraft d = run.draft("title:" + t.key(), EntityType.PERSON, null);
            d.addRole(t);
            run.mention(d, t.span(), MentionKind.TITLE, t.tokens().start(), t.tokens().end());
        }
    }

    private void description(RecognitionRun run, TitlePhrase t) {
        if (UnnamedArmed.armed(t)) {
            armed.resolve(run, lexicon, t); // فجر انتحاري، أطلق مسلح النار: the setting's UAF; not هجوم انتحاري
            return;
        }
        if (t.country() == null || Counterparts.counterpart(t) && Counterparts.asBody(run, lexicon, t)) {
            return; // no state to find a person of; or ونظيرتها المصرية after a body, a body itself
        }
        EntityDraft person = salient(run, t.span().start(), d -> t.country().equals(d.country));
        if (person == null && t.actorCode() != null && !t.predicative()) {
            // مواطن فرنسي، صحفي تونسي with nobody of that country named before: someone unnamed
            person = run.draft("description:" + t.key() + "@" + t.span().start(), EntityType.PERSON, null);
            person.addRole(t);
        }
        if (person != null) {
            run.mention(person, t.span(), MentionKind.DESCRIPTION, t.tokens().start(), t.tokens().end());
        }
    }

    private void group(RecognitionRun run, TitlePhrase t) {
        EntityDraft named = run.nameAt.get(t.tokens().end());
        if (Settlements.NOUNS.contains(t.head()) && named != null && named.type == EntityType.PLACE) {
            return; // بلدة الخيام، مخيم جباليا: the noun heads a place's name; alone (قصفوا قرية) its people
        }
        String country = t.country();
        String actorCode = t.actorCode();
        if (actorCode == null && country == null && t.sector() != null) {
            if (Sectors.ofNoState(t.sector())) {
                // an international, aid or rights group (المراقبون الدوليون، منظمات الإغاثة) belongs to no
                // country: NGO for aid and rights groups
                actorCode = Sectors.codeWithoutState(t.sector());
            } else if (MACHINES.contains(t.head())) {
                // مخازن للطائرات، أسقطت طائرات: aircraft with no nisba are things, not the setting's air force;
                // where they fly or are stored is often the state they strike, never a sign of whose they are
                return;
            } else if (run.personAt.get(t.tokens().end()) != null
                    && run.personAt.get(t.tokens().end()).country != null) {
                // حكومة نتنياهو، إدارة ترامب، قوات حفتر: the body of the person named after it, of their state
                country = run.personAt.get(t.tokens().end()).country;
                actorCode = lexicon.country(country).map(c -> c.actorCode() + t.sector()).orElse(null);
            } else {
                // المتظاهرون، قوات الأمن with no nisba: the people of the country where the clause is set
                SettingCountry setting = run.setting(); // the places are all known by now
                country = setting.locatedAt(t.tokens().end());
                country = country != null ? country : setting.at(t.tokens().start());
                actorCode = country == null ? null
                        : lexicon.country(country).map(c -> c.actorCode() + t.sector()).orElse(null);
            }
        }
        if (actorCode != null) {
            EntityDraft d = run.group(t.key() + ":" + country, country, actorCode);
            run.mention(d, t.span(), MentionKind.NAME, t.tokens().start(), t.tokens().end());
        }
    }

    /**
     * A one-word title without the article before a word for the country (أمير البلاد، ملك البلاد): in the
     * construct state, it names the office of the country, which a person named before with the title (الأمير
     * محمد بن سلمان) need not hold.
     */
    private static boolean construct(RecognitionRun run, TitlePhrase t) {
        int first = t.tokens().start();
        int next = t.tokens().end();
        return t.tokens().size() == 1 && !run.tokens.get(first).key().startsWith("ال") && next < run.tokens.size()
                && THE_COUNTRY.contains(run.tokens.get(next).key()) && run.sentenceOf[next] == run.sentenceOf[first];
    }

    /**
     * Whether the person holds another office of the same head (وزير الداخلية for وزير الخارجية): the head alone
     * finds a shortened title (الوزير السعودي) its holder, but two offices spelled out are two people.
     */
    private boolean otherPortfolio(EntityDraft d, TitlePhrase t) {
        String role = TitlePhraseFinder.roleOf(t.key());
        if (!specific(role)) {
            return false;
        }
        for (String key : d.titleKeys) {
            String other = TitlePhraseFinder.roleOf(key);
            if (!other.equals(role) && specific(other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role entry is an office of several words (وزير الخارجية), not a bare rank (الوزير). */
    private boolean specific(String roleId) {
        return lexicon.entry(roleId).map(e -> e.ar().strip().contains(" ")).orElse(false);
    }

    /** Whether a person's roles, from the lexicon or the text, include one with this head (رءيس). */
    private static boolean holds(EntityDraft d, String head) {
        List<String> roles = new ArrayList<>(d.roles);
        if (d.entry != null) {
            roles.addAll(d.entry.roles());
        }
        if (roles.isEmpty()) {
            return true;
        }
        for (String role : roles) {
            for (String word : KeyNormalizer.key(role).split("[\\s:]+")) {
                if (word.equals(head) || word.equals("ال" + head)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The person with most mentions before {@code before} that passes the test, the latest on a tie. */
    private static EntityDraft salient(RecognitionRun run, int before, Predicate<EntityDraft> test) {
        EntityDraft best = null;
        long bestCount = 0;
        int bestLast = -1;
        for (EntityDraft d : run.drafts.values()) {
            if (d.type != EntityType.PERSON || !test.test(d)) {
                continue;
            }
            long count = d.mentions.stream().filter(m -> m.span().start() < before).count();
            int last = d.mentions.stream().filter(m -> m.span().start() < before).mapToInt(m -> m.span().start())
                    .max().orElse(-1);
            if (count > 0 && (count > bestCount || (count == bestCount && last > bestLast))) {
                best = d;
                bestCount = count;
                bestLast = last;
            }
        }
        return best;
    }
}
