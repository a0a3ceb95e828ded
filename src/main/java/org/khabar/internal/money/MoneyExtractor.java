package org.khabar.internal.money;

import java.util.List;
import org.khabar.MonetaryFigure;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.text.TextAnalysis;

/** Finds amounts of money. Immutable and thread-safe once built. */
public final class MoneyExtractor {

    public MoneyExtractor(CustomEntries custom, Strictness strictness) {
    }

    public List<MonetaryFigure> extract(TextAnalysis doc) {
        return List.of();
    }
}
