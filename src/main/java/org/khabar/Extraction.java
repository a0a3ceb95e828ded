package org.khabar;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Khabar#extract(String)} found in one document. Immutable; lists are in text order.
 *
 * @param text          the document exactly as given; every span indexes into it
 * @param actors        people
 * @param organizations organizations
 * @param moneyFigures  amounts of money
 * @param claims        attributed statements
 */
public record Extraction(String text, List<Actor> actors, List<Organization> organizations,
        List<MonetaryFigure> moneyFigures, List<Claim> claims) {

    /** Copies the lists; rejects nulls. */
    public Extraction {
        Objects.requireNonNull(text, "text");
        actors = List.copyOf(actors);
        organizations = List.copyOf(organizations);
        moneyFigures = List.copyOf(moneyFigures);
        claims = List.copyOf(claims);
    }

    /** @return an empty result for {@code text} */
    static Extraction empty(String text) {
        return new Extraction(text, List.of(), List.of(), List.of(), List.of());
    }

    /** @return whether nothing was found */
    public boolean isEmpty() {
        return actors.isEmpty() && organizations.isEmpty() && moneyFigures.isEmpty() && claims.isEmpty();
    }
}
