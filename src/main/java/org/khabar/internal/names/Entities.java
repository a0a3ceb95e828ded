package org.khabar.internal.names;

import java.util.List;
import org.khabar.Actor;
import org.khabar.Organization;

/** People and organizations of one document, as found by {@link EntityExtractor}. */
public record Entities(List<Actor> actors, List<Organization> organizations) {
    public static final Entities NONE = new Entities(List.of(), List.of());

    public Entities {
        actors = List.copyOf(actors);
        organizations = List.copyOf(organizations);
    }
}
