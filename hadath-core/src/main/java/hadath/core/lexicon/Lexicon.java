package hadath.core.lexicon;

import hadath.core.normalize.KeyNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashSet;

/**
 * Everything Hadath knows about the world, loaded from the data files listed in an {@code index.tsv}
 * (docs/lexicons.md). Immutable and thread-safe; {@link #bundled()} loads the shipped lexicon once per JVM.
 *
 * <p>Loading validates every file ({@link LexiconKind#validate}) and the links between files: every
 * {@code country} is a known country, every capital is a place of its own country, and no two entries
 * of one file share a key unless flagged {@code ambiguous}. Any failure is a {@link LexiconException}
 * naming the file and line.
 */
public final class Lexicon {

    public static final String BUNDLED = "/hadath/lexicon/";

    private final Map<LexiconKind, List<LexiconTable>> tables;
    private final List<LexiconEntry> entries;
    private final Map<String, LexiconEntry> byId;
    private final TokenMatcher matcher;
    private final int keyCount;
    /** country id → the place entry of its capital. */
    private final Map<String, LexiconEntry> capitals;
    /** place id → the country it is the capital of. */
    private final Map<String, LexiconEntry> capitalOf;
    private final Map<EntryKind, List<LexiconEntry>> byKind;
    /** the key of a person's last name → the people of that last name (from forms of two words or more). */
    private final Map<String, List<LexiconEntry>> surnames;
    /** the key of a person's first name → the people of that first name (from forms of two words or more). */
    private final Map<String, List<LexiconEntry>> givenNames;
    private final Set<String> eventVerbs;

    private Lexicon(Map<LexiconKind, List<LexiconTable>> tables, List<LexiconEntry> entries, TokenTrie<LexiconEntry> trie,
                    FormKeys formKeys) {
        this.tables = tables;
        this.entries = entries;
        Map<String, LexiconEntry> ids = new HashMap<>();
        for (LexiconEntry e : entries) {
            LexiconEntry previous = ids.put(e.id(), e);
            if (previous != null) {
                throw new LexiconException(e.origin() + ": id '" + e.id() + "' already used at " + previous.origin());
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.matcher = new TokenMatcher(trie, functionWords(entries));
        this.keyCount = trie.size();
        this.capitals = indexCapitals(entries, formKeys);
        Map<String, LexiconEntry> reverse = new HashMap<>();
        capitals.forEach((countryId, place) -> reverse.put(place.id(), byId.get(countryId)));
        this.capitalOf = Collections.unmodifiableMap(reverse);
        Map<EntryKind, List<LexiconEntry>> kinds = new EnumMap<>(EntryKind.class);
        for (LexiconEntry e : entries) {
            kinds.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        kinds.replaceAll((k, list) -> List.copyOf(list));
        this.byKind = Collections.unmodifiableMap(kinds);
        this.surnames = indexNameWord(byKind.getOrDefault(EntryKind.PERSON, List.of()), formKeys, false);
        this.givenNames = indexNameWord(byKind.getOrDefault(EntryKind.PERSON, List.of()), formKeys, true);
        Set<String> verbs = new HashSet<>();
        for (LexiconEntry e : byKind.getOrDefault(EntryKind.EVENT_PATTERN, List.of())) {
            if ("verb".equals(e.attribute("form"))) {
                e.forms().stream().filter(f -> !f.strip().contains(" ")).forEach(f -> verbs.add(KeyNormalizer.key(f)));
            }
        }
        this.eventVerbs = Set.copyOf(verbs);
    }

    /** Keys of the one-word forms of the event lexicon's verbs (أدان، تدين، دان): a word the text says as a verb. */
    public Set<String> eventVerbKeys() {
        return eventVerbs;
    }

    /** Whether a word's key is a verb of the event lexicon, alone or after و or ف (أدان، وأدان، ودان). */
    public boolean isEventVerb(String key) {
        return eventVerbs.contains(key)
                || ((key.startsWith("و") || key.startsWith("ف")) && eventVerbs.contains(key.substring(1)));
    }

    /** The people by the last word (or, with {@code first}, the first word) of each name of two words or more. */
    private static Map<String, List<LexiconEntry>> indexNameWord(List<LexiconEntry> people, FormKeys formKeys,
                                                                 boolean first) {
        Map<String, List<LexiconEntry>> index = new HashMap<>();
        for (LexiconEntry p : people) {
            for (String form : p.forms()) {
                List<String> keys = formKeys.of(form);
                if (keys.size() >= 2) {
                    List<LexiconEntry> list = index.computeIfAbsent(keys.get(first ? 0 : keys.size() - 1),
                            k -> new ArrayList<>(1));
                    if (!list.contains(p)) {
                        list.add(p);
                    }
                }
            }
        }
        index.replaceAll((k, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(index);
    }

    /** The people whose name starts with a word of this key (تميم → Tamim bin Hamad Al Thani). */
    public List<LexiconEntry> peopleWithGivenName(String key) {
        return givenNames.getOrDefault(key, List.of());
    }

    /** The people whose name ends in a word of this key (بوتين → Vladimir Putin). */
    public List<LexiconEntry> peopleWithSurname(String key) {
        return surnames.getOrDefault(key, List.of());
    }

    /** Finds each country's capital among the places of that country, by the key of any of its forms. */
    private static Map<String, LexiconEntry> indexCapitals(List<LexiconEntry> entries, FormKeys formKeys) {
        Map<String, LexiconEntry> placeByCountryAndKey = new HashMap<>();
        for (LexiconEntry e : entries) {
            if (e.kind() == EntryKind.PLACE) {
                for (String form : e.forms()) {
                    placeByCountryAndKey.putIfAbsent(e.country() + " " + formKeys.joined(form), e);
                }
            }
        }
        Map<String, LexiconEntry> capitals = new HashMap<>();
        for (LexiconEntry e : entries) {
            if (e.kind() == EntryKind.COUNTRY && e.attribute("capital") != null) {
                LexiconEntry place = placeByCountryAndKey.get(e.country() + " " + formKeys.joined(e.attribute("capital")));
                if (place != null) {
                    capitals.put(e.id(), place);
                }
            }
        }
        return Collections.unmodifiableMap(capitals);
    }

    /** The lexicon shipped in hadath-core, loaded on first use. */
    public static Lexicon bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Lexicon INSTANCE = fromClasspath(BUNDLED);
    }

    /** Loads the files listed in {@code <dir>index.tsv} from the classpath. */
    public static Lexicon fromClasspath(String dir) {
        String indexPath = dir + "index.tsv";
        LexiconTable index = readResource(indexPath);
        Map<LexiconKind, List<LexiconTable>> tables = new EnumMap<>(LexiconKind.class);
        for (LexiconTable.Row row : index.rows()) {
            LexiconKind kind;
            try {
                kind = LexiconKind.fromId(row.get("kind"));
            } catch (IllegalArgumentException e) {
                throw LexiconException.at(indexPath, row.line(), e.getMessage());
            }
            LexiconTable table = readResource(dir + row.get("file"));
            kind.validate(table);
            tables.computeIfAbsent(kind, k -> new ArrayList<>()).add(table);
        }
        return build(tables);
    }

    private static LexiconTable readResource(String path) {
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new LexiconException(path + ": no such resource on the classpath");
            }
            return TsvLexiconReader.read(path.substring(path.lastIndexOf('/') + 1), in);
        } catch (IOException e) {
            throw new LexiconException(path + ": cannot be read: " + e.getMessage());
        }
    }

    /** Builds a lexicon from validated tables. */
    public static Lexicon build(Map<LexiconKind, List<LexiconTable>> tables) {
        FormKeys formKeys = new FormKeys();
        List<LexiconEntry> entries = new ArrayList<>();
        TokenTrie<LexiconEntry> trie = new TokenTrie<>();
        Map<LexiconKind, List<LexiconTable>> copy = new EnumMap<>(LexiconKind.class);
        // every file's entries first: a made dual must not shadow a form listed in any file
        Map<LexiconTable, List<LexiconEntry>> read = new java.util.LinkedHashMap<>();
        Set<String> listed = new HashSet<>();
        for (Map.Entry<LexiconKind, List<LexiconTable>> e : tables.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
            for (LexiconTable table : e.getValue()) {
                List<LexiconEntry> fileEntries = EntryReader.entries(e.getKey(), table);
                read.put(table, fileEntries);
                fileEntries.forEach(entry -> entry.forms().forEach(f -> listed.add(formKeys.joined(f))));
            }
        }
        Set<String> pastVerbs = new HashSet<>(); // the past of every one-word event verb (طالب، التقى)
        read.values().forEach(list -> list.stream().filter(e -> e.kind() == EntryKind.EVENT_PATTERN
                && "verb".equals(e.attribute("form")) && !e.forms().get(0).strip().contains(" "))
                .forEach(e -> pastVerbs.add(e.forms().get(0).strip())));
        for (Map.Entry<LexiconTable, List<LexiconEntry>> r : read.entrySet()) {
            LexiconTable table = r.getKey();
            List<LexiconEntry> fileEntries = r.getValue();
            checkDuplicateKeys(table.file(), fileEntries, formKeys);
            for (LexiconEntry entry : fileEntries) {
                if (entry.kind() == EntryKind.FUNCTION_WORD) {
                    continue; // they stop matches instead of making them (TokenMatcher)
                }
                List<String> forms = new ArrayList<>(entry.forms());
                for (String made : madeForms(entry, pastVerbs)) {
                    // المتحدثين is also a plural, سوريا a country: a form listed anywhere keeps its listed reading
                    if (!listed.contains(formKeys.joined(made)) && !forms.contains(made)) {
                        forms.add(made);
                    }
                }
                for (String form : forms) {
                    List<String> keys = formKeys.of(form);
                    trie.add(keys, entry);
                    if (entry.kind() == EntryKind.ROLE && keys.get(0).startsWith("ال") && keys.get(0).length() > 4) {
                        // a role is a common noun: the article comes and goes with grammar (الرئيس، رئيس مجلس);
                        // a name keeps its own (الرياض is not رياض)
                        List<String> bare = new ArrayList<>(keys);
                        bare.set(0, keys.get(0).substring(2));
                        trie.add(bare, entry);
                    }
                }
            }
            entries.addAll(fileEntries);
        }
        Lexicon lexicon = new Lexicon(Collections.unmodifiableMap(copy), List.copyOf(entries), trie, formKeys);
        lexicon.checkLinks();
        return lexicon;
    }

    /**
     * The forms Arabic makes regularly from an entry's listed ones, so no file lists them: the duals of a title
     * (الرئيسان، وزيرا الخارجية) and its construct state (وزير خارجية مصر), the indefinite accusative of a nisba
     * (طلبا فرنسيا، دعما سعوديا: -ا on the masculine), a state's name after the kind of state (دولة الإمارات
     * العربية المتحدة، جمهورية تشاد), a person's compound name joined or apart (عبد الله، عبدالله) and the
     * duals of an event verb (حثتا، يبحثان، طالبتا بالإفراج).
     */
    private static List<String> madeForms(LexiconEntry entry, Set<String> pastVerbs) {
        List<String> made = new ArrayList<>();
        for (String form : entry.forms()) {
            switch (entry.kind()) {
                case ROLE -> {
                    if ("title".equals(entry.attribute("kind"))) {
                        List<String> duals = Duals.of(form);
                        made.addAll(duals);
                        // وزير خارجية مصر، وزيرا خارجية السعودية وإيران
                        for (String title : concat(form, duals)) {
                            String construct = construct(title);
                            if (construct != null) {
                                made.add(construct);
                            }
                        }
                    }
                }
                case COUNTRY -> {
                    // دولة الإمارات العربية المتحدة، جمهورية تشاد، مملكة إسبانيا: official texts put the kind of
                    // state before its name
                    String name = form.strip();
                    if (STATE_KINDS.stream().noneMatch(n -> name.startsWith(n + " ") || name.startsWith("ال" + n))) {
                        STATE_KINDS.forEach(n -> made.add(n + " " + name));
                    }
                }
                case PERSON -> {
                    // عبد الله الثاني، عبدالله الثاني: the press writes the compound name joined as often as apart
                    String name = form.strip();
                    if (name.contains("عبد ")) {
                        made.add(name.replace("عبد ", "عبد"));
                    } else if (name.contains("عبدال")) {
                        made.add(name.replace("عبدال", "عبد ال"));
                    }
                }
                case NISBA -> {
                    if (form.strip().endsWith("ي") && !form.contains(" ")) {
                        made.add(form.strip() + "ا");
                    }
                }
                case EVENT_PATTERN -> made.addAll(VerbDuals.of(form, pastVerbs));
                default -> {
                }
            }
        }
        return made;
    }

    /** The nouns for a kind of state that official texts put before a state's name (دولة قطر، جمهورية مالي). */
    private static final List<String> STATE_KINDS = List.of("دولة", "جمهورية", "مملكة", "سلطنة");

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /**
     * A two-word title in the construct state before its country (وزير الخارجية → وزير خارجية مصر، رئيس الوزراء →
     * رئيس وزراء إسرائيل): the second word loses its article when a genitive follows. Null for any other form
     * (الأمين العام is a noun and its adjective).
     */
    static String construct(String form) {
        String[] words = form.strip().split(" ");
        return words.length == 2 && !words[0].startsWith("ال") && words[1].startsWith("ال") && words[1].length() > 4
                ? words[0] + " " + words[1].substring(2) : null;
    }

    /** Strict keys ({@link KeyNormalizer#strictKey}) of the function words: على stops a match, علي does not. */
    private static Set<String> functionWords(List<LexiconEntry> entries) {
        Set<String> keys = new HashSet<>();
        for (LexiconEntry e : entries) {
            if (e.kind() == EntryKind.FUNCTION_WORD) {
                for (String form : e.forms()) {
                    keys.add(KeyNormalizer.strictKey(form));
                }
            }
        }
        return Set.copyOf(keys);
    }

    private static void checkDuplicateKeys(String file, List<LexiconEntry> entries, FormKeys formKeys) {
        Map<String, LexiconEntry> seen = new HashMap<>();
        for (LexiconEntry e : entries) {
            for (String form : e.forms()) {
                // a form read only after a negation (لن يرضخ) and its plain reading (رضخ) never meet
                String key = (e.has(Flags.NEGATED) ? "not " : "") + formKeys.joined(form);
                LexiconEntry other = seen.putIfAbsent(key, e);
                if (other != null && other != e && !e.has(Flags.AMBIGUOUS) && !other.has(Flags.AMBIGUOUS)) {
                    throw new LexiconException(e.origin() + ": '" + form + "' has the same key as an entry at "
                            + other.origin() + "; merge them or flag both 'ambiguous'");
                }
            }
        }
    }

    /**
     * CAMEO actor codes that start with no country: international and transnational actors, and regions.
     */
    public static final Set<String> NON_STATE_PREFIXES = Set.of("IGO", "NGO", "IMG", "NGM", "MNC", "UIS",
            "AFR", "ASA", "BLK", "CAF", "CAS", "CRB", "EAF", "EAS", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS",
            "SAF", "SAM", "SAS", "SEA", "SCN", "WAF", "WST");

    private void checkLinks() {
        boolean hasPlaces = entries.stream().anyMatch(e -> e.kind() == EntryKind.PLACE);
        boolean hasCountries = !tables.getOrDefault(LexiconKind.COUNTRIES, List.of()).isEmpty();
        Set<String> cameoCountries = new HashSet<>();
        for (LexiconEntry e : entries) {
            if (e.kind() == EntryKind.COUNTRY) {
                cameoCountries.add(e.actorCode());
            }
        }
        for (LexiconEntry e : entries) {
            if (e.actorCode() != null && !cameoCountries.isEmpty() && !cameoCountries.contains(e.actorCode().substring(0, 3))
                    && !NON_STATE_PREFIXES.contains(e.actorCode().substring(0, 3))) {
                throw new LexiconException(e.origin() + ": actor code '" + e.actorCode() + "' starts with neither a "
                        + "CAMEO country code of countries nor one of " + new TreeSet<>(NON_STATE_PREFIXES));
            }
            if (e.country() != null && e.kind() != EntryKind.COUNTRY && hasCountries
                    && !byId.containsKey("country:" + e.country())) {
                throw new LexiconException(e.origin() + ": country '" + e.country() + "' is not in countries");
            }
            if (e.kind() == EntryKind.COUNTRY && hasPlaces && capitalOf(e).isEmpty()) {
                throw new LexiconException(e.origin() + ": capital '" + e.attribute("capital")
                        + "' is not a place of " + e.country() + " in any places file");
            }
        }
    }

    /** The place entry of a country's capital. */
    public Optional<LexiconEntry> capitalOf(LexiconEntry country) {
        return Optional.ofNullable(capitals.get(country.id()));
    }

    /** The country whose capital a place is, if it is one. */
    public Optional<LexiconEntry> countryWithCapital(LexiconEntry place) {
        return Optional.ofNullable(capitalOf.get(place.id()));
    }

    public Optional<LexiconEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<LexiconEntry> country(String iso3) {
        return entry("country:" + iso3);
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    public List<LexiconEntry> entriesOf(EntryKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    public List<LexiconTable> tables(LexiconKind kind) {
        return tables.getOrDefault(kind, List.of());
    }

    public TokenMatcher matcher() {
        return matcher;
    }

    /** Number of distinct (form, entry) pairs in the matcher. */
    public int keyCount() {
        return keyCount;
    }

    /** Entry counts per kind, for reports. */
    public Map<EntryKind, Long> counts() {
        Map<EntryKind, Long> counts = new LinkedHashMap<>();
        for (EntryKind k : EntryKind.values()) {
            long n = entries.stream().filter(e -> e.kind() == k).count();
            if (n > 0) {
                counts.put(k, n);
            }
        }
        return counts;
    }
}
