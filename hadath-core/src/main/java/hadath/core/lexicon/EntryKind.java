package hadath.core.lexicon;

/** What a lexicon entry names. */
public enum EntryKind {
    COUNTRY,
    /** A nisba adjective or plural naming a country's people: إيراني، الروس. */
    NISBA,
    /** A seat of power standing for a government: البيت الأبيض، الكرملين. */
    METONYM,
    PLACE,
    ORGANIZATION,
    PERSON,
    ROLE,
    GIVEN_NAME,
    NAME_PARTICLE,
    MONTH,
    WEEKDAY,
    NUMBER_WORD,
    CURRENCY,
    UNIT,
    /** A reporting verb or phrase: قال، مؤكداً، بالقول، حسب. */
    SPEECH_CUE,
    /** A preposition, particle, pronoun ...: never a name on its own. */
    FUNCTION_WORD,
    /** A verb, masdar or phrase that codes an event: زار، زيارة، فرض عقوبات. Last: the NER model's features pack kinds by ordinal. */
    EVENT_PATTERN
}
