package org.khabar;

/** The record types an extractor can be asked for (see {@link Khabar.Builder#recordTypes}). */
public enum RecordType {
    /** {@link Actor}. */
    ACTOR,
    /** {@link Organization}. */
    ORGANIZATION,
    /** {@link MonetaryFigure}. */
    MONEY,
    /** {@link Claim}. */
    CLAIM
}
