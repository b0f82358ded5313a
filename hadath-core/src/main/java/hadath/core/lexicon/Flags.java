package hadath.core.lexicon;

import java.util.List;
import java.util.Set;

/** The flags an entry may carry (docs/lexicons.md). */
public enum Flags {
    /** The same key names another entry of the same file. */
    AMBIGUOUS,
    /** The form is also an ordinary Arabic word (فتح، أمل، حماس): trust it only in context. */
    COMMON_WORD,
    /**
     * An event pattern that tells casualties (قتل، مقتل): after another act of force in its sentence it is that
     * act's toll, not an act of its own.
     */
    TOLL,
    /**
     * An event pattern that names an act only after a negation of the present or future (لن نتردد في، لن
     * يرضخ، لا نقبل): the negated phrase is itself a threat or a refusal.
     */
    NEGATED,
    /**
     * A role that names a body only before a feminine nisba of its state (الخارجية الأمريكية، الدفاع الروسية،
     * قوة إسرائيلية): alone, or before a masculine one, the word is an ordinary noun or adjective (السياسة
     * الخارجية، الدفاع الجوي الروسي).
     */
    NISBA_ONLY,
    /**
     * A {@link #NISBA_ONLY} role whose noun is masculine (النظام الإيراني، النظام السوري): it takes the masculine
     * nisba, where the ministries and forces take the feminine one.
     */
    MASCULINE,
    /**
     * A form of address or a rank, said right before a name (سماحة، معالي، الشيخ، اللواء): a title before it
     * (الأمين العام لحزب الله سماحة الشيخ نعيم قاسم) is the role of the name after it.
     */
    HONORIFIC,
    /**
     * An event pattern whose act several subjects do to each other, whatever its code (تبادلت روسيا وأوكرانيا
     * الأسرى: each released the other's), as the codes of consultation and agreement always are.
     */
    MUTUAL;

    static final ColumnCheck CHECK = ColumnCheck.oneOf("ambiguous", "common-word", "toll", "negated", "nisba-only",
            "masculine", "honorific", "mutual");

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    static Set<Flags> parse(List<String> values) {
        return values.stream().map(v -> valueOf(v.toUpperCase().replace('-', '_')))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
