package org.khabar.internal.claims;

import java.util.List;
import org.khabar.Claim;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.names.Entities;
import org.khabar.internal.text.TextAnalysis;

/** Finds attributed claims and links their speakers to entities. Immutable and thread-safe once built. */
public final class ClaimExtractor {

    public ClaimExtractor(CustomEntries custom, Strictness strictness) {
    }

    public List<Claim> extract(TextAnalysis doc, Entities entities) {
        return List.of();
    }
}
