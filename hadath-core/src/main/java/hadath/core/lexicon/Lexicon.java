package hadath.core.lexicon;

import hadath.core.normalize.KeyNormalizer;
import hadath.core.tokenize.Token;
import hadath.core.tokenize.Tokenizer;
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

    private Lexicon(Map<LexiconKind, List<LexiconTable>> tables, List<LexiconEntry> entries, TokenTrie<LexiconEntry> trie) {
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
        Tokenizer tokenizer = new Tokenizer();
        List<LexiconEntry> entries = new ArrayList<>();
        TokenTrie<LexiconEntry> trie = new TokenTrie<>();
        Map<LexiconKind, List<LexiconTable>> copy = new EnumMap<>(LexiconKind.class);
        for (Map.Entry<LexiconKind, List<LexiconTable>> e : tables.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
            for (LexiconTable table : e.getValue()) {
                List<LexiconEntry> fileEntries = EntryReader.entries(e.getKey(), table);
                checkDuplicateKeys(table.file(), fileEntries, tokenizer);
                for (LexiconEntry entry : fileEntries) {
                    if (entry.kind() == EntryKind.FUNCTION_WORD) {
                        continue; // they stop matches instead of making them (TokenMatcher)
                    }
                    for (String form : entry.forms()) {
                        trie.add(keys(tokenizer, form), entry);
                    }
                }
                entries.addAll(fileEntries);
            }
        }
        Lexicon lexicon = new Lexicon(Collections.unmodifiableMap(copy), List.copyOf(entries), trie);
        lexicon.checkLinks();
        return lexicon;
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

    /** The token keys of a surface form, as the matcher will see them in text. */
    static List<String> keys(Tokenizer tokenizer, String form) {
        return tokenizer.tokenize(form).stream().map(Token::key).toList();
    }

    private static void checkDuplicateKeys(String file, List<LexiconEntry> entries, Tokenizer tokenizer) {
        Map<String, LexiconEntry> seen = new HashMap<>();
        for (LexiconEntry e : entries) {
            for (String form : e.forms()) {
                String key = String.join(" ", keys(tokenizer, form));
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
                        + "CAMEO country code of countries nor one of " + new java.util.TreeSet<>(NON_STATE_PREFIXES));
            }
            if (e.country() != null && e.kind() != EntryKind.COUNTRY && !tables.getOrDefault(LexiconKind.COUNTRIES,
                    List.of()).isEmpty() && !byId.containsKey("country:" + e.country())) {
                throw new LexiconException(e.origin() + ": country '" + e.country() + "' is not in countries");
            }
            if (e.kind() == EntryKind.COUNTRY && !entriesOf(EntryKind.PLACE).isEmpty() && capitalOf(e).isEmpty()) {
                throw new LexiconException(e.origin() + ": capital '" + e.attribute("capital")
                        + "' is not a place of " + e.country() + " in any places file");
            }
        }
    }

    /** The place entry of a country's capital. */
    public Optional<LexiconEntry> capitalOf(LexiconEntry country) {
        String capital = country.attribute("capital");
        if (capital == null) {
            return Optional.empty();
        }
        Tokenizer tokenizer = new Tokenizer();
        List<String> wanted = keys(tokenizer, capital);
        return entriesOf(EntryKind.PLACE).stream()
                .filter(p -> country.country().equals(p.country()))
                .filter(p -> p.forms().stream().anyMatch(f -> keys(tokenizer, f).equals(wanted)))
                .findFirst();
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
        return entries.stream().filter(e -> e.kind() == kind).toList();
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
