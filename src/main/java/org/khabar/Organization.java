package org.khabar;

import java.util.List;
import java.util.Objects;

/**
 * An organization named in the document, all mentions merged.
 *
 * @param id       document-local id, {@code O1}, {@code O2} ...
 * @param name     the proper name without a generic descriptor (شركة، منصة، صحيفة ...), in the fullest form the
 *                 text writes (الخارجية الأميركية, not a lexicon's وزارة الخارجية الأمريكية)
 * @param kind     what sort of body it is
 * @param mentions every mention in text order; a descriptor may stand inside a mention
 * @param ruleId   the rule that found it first
 */
public record Organization(String id, String name, OrganizationKind kind, List<Span> mentions, String ruleId) {

    /** Copies the list; rejects nulls. */
    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
