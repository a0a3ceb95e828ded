package org.khabar;

/** The attitude the reporting cue lends to a claim. */
public enum Stance {
    /** قال، أضاف، ذكر، بحسب. */
    NEUTRAL,
    /** أكد، شدد. */
    ASSERTIVE,
    /** زعم، ادعى. */
    DOUBTFUL,
    /** نفى. */
    DENIAL
}
