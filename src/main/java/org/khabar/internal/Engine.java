package org.khabar.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.khabar.Actor;
import org.khabar.Claim;
import org.khabar.Extraction;
import org.khabar.MonetaryFigure;
import org.khabar.Organization;
import org.khabar.RecordType;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.text.TextAnalysis;

/**
 * The pipeline behind {@link org.khabar.Khabar}: text layer → money, entities → claims (which link
 * speakers to entities). Immutable; all per-document state lives in local variables.
 */
public final class Engine {

    private final Set<RecordType> types;
    private final Strictness strictness;

    public Engine(EnumSet<RecordType> types, Strictness strictness, CustomEntries custom) {
        this.types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        this.strictness = strictness;
    }

    public Set<RecordType> types() {
        return types;
    }

    public Strictness strictness() {
        return strictness;
    }

    public Extraction extract(String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        List<Actor> actors = List.of();
        List<Organization> orgs = List.of();
        List<MonetaryFigure> money = List.of();
        List<Claim> claims = List.of();
        return new Extraction(doc.original(), actors, orgs, money, claims);
    }
}
