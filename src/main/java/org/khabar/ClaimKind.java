package org.khabar;

/** How a {@link Claim} reports what was said. */
public enum ClaimKind {
    /** Quoted words: {@code قال X: "..."}. */
    DIRECT,
    /** Reported with إن/أن: {@code قال X إن ...}. */
    INDIRECT,
    /** An attribution phrase: بحسب، وفقاً لـ، نقلاً عن. */
    ACCORDING_TO
}
