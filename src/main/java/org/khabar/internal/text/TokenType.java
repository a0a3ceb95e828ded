package org.khabar.internal.text;

/** What kind of run of characters a {@link Token} is. */
public enum TokenType {
    /** Arabic letters. */
    ARABIC,
    /** Latin (or other non-Arabic) letters, possibly with digits after the first letter. */
    LATIN,
    /** Arabic proclitics glued to a Latin word: {@code وRipple}. */
    MIXED,
    /** Digits with inner separators {@code , . ر}: 1,000 — 2.5 — 14ر1. */
    NUMBER,
    /** A quote mark: " “ ” « » ' ‘ ’ ‹ ›. */
    QUOTE,
    /** A currency or other symbol: $ € £. */
    SYMBOL,
    /** Any other single character that is not white space. */
    PUNCT
}
