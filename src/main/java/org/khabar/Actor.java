package org.khabar;

import java.util.List;
import java.util.Objects;

/**
 * A person named in the document, all mentions merged.
 *
 * @param id           document-local id, {@code A1}, {@code A2} ...
 * @param name         the fullest form of the name seen in the text
 * @param gender       from agreement of titles and verbs, or {@link Gender#UNKNOWN}
 * @param titles       role phrases attached to the person, in base form ({@code الرئيس التنفيذي لشركة X})
 * @param affiliations ids of {@link Organization}s the text ties the person to
 * @param mentions     every mention, clitics excluded ({@code لترامب} → {@code ترامب}), in text order
 * @param ruleId       the rule that found the person first
 */
public record Actor(String id, String name, Gender gender, List<String> titles, List<String> affiliations,
        List<Span> mentions, String ruleId) {

    /** Copies the lists; rejects nulls. */
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        titles = List.copyOf(titles);
        affiliations = List.copyOf(affiliations);
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
