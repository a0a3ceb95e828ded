package org.khabar;

import java.util.Objects;

/**
 * Who said what: one attribution cue with its speaker and content.
 *
 * @param span            the whole claim: from the first to the last of cue, speaker and content
 * @param kind            direct quote, indirect speech or an attribution phrase
 * @param cue             the reporting verb or attribution phrase ({@code قال}, {@code بحسب})
 * @param speaker         the source as written, or null when it is only a pronoun or absent
 * @param content         what was said, or null when the claim's content could not be delimited
 * @param stance          the attitude of the cue
 * @param resolvedSpeaker for pronoun-only speakers ({@code وأضاف}, {@code قالوا}): the id of the actor or
 *                        organization of the previous claim's speaker, else null
 * @param ruleId          the rule that produced the claim
 */
public record Claim(Span span, ClaimKind kind, Span cue, Speaker speaker, Span content, Stance stance,
        String resolvedSpeaker, String ruleId) {

    /** Rejects nulls where a value is required. */
    public Claim {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
