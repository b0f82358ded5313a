package hadath.core.tokenize;

/** What a token is made of. */
public enum TokenKind {
    /** Letters (any script) with their diacritics and tatweel; may contain digits after the first letter (G20). */
    WORD,
    /** Digits of any script with inner separators: 1.3, 2,000, ١٫٣. */
    NUMBER,
    /** A quotation mark: « » “ ” „ ‟ " ' ‹ › ‘ ’ ‚. */
    QUOTE,
    /** Punctuation: ، ؛ ؟ . ! : ( ) and the like; a run of dots is one token. */
    PUNCTUATION,
    /** Anything else: % $ + emoji. */
    SYMBOL
}
