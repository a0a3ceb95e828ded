package org.khabar.internal.names;

import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.text.TextAnalysis;

/** Finds people and organizations. Immutable and thread-safe once built. */
public final class EntityExtractor {

    public EntityExtractor(CustomEntries custom, Strictness strictness) {
    }

    public Entities extract(TextAnalysis doc) {
        return Entities.NONE;
    }
}
