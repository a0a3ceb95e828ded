package org.khabar;

/** Grammatical gender of a person, read from agreement in the text (titles, verbs); UNKNOWN when none. */
public enum Gender {
    /** Masculine agreement: المرشح، قال. */
    MALE,
    /** Feminine agreement: المرشحة، قالت. */
    FEMALE,
    /** No evidence either way (printed as {@code null} in JSON). */
    UNKNOWN
}
