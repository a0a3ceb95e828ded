package org.khabar;

/** How much evidence a record needs before it is reported. */
public enum Strictness {
    /** Report candidates with weaker evidence too: higher recall, lower precision. */
    LENIENT,
    /** The default balance, the one measured in the README. */
    BALANCED,
    /** Only records with strong evidence (a title, a lexicon hit, an explicit currency). */
    STRICT
}
