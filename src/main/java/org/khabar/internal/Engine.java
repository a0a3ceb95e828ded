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
import org.khabar.internal.claims.ClaimExtractor;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.money.MoneyExtractor;
import org.khabar.internal.names.Entities;
import org.khabar.internal.names.EntityExtractor;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.WordFacts;

/**
 * The pipeline behind {@link org.khabar.Khabar}: text layer → money, entities → claims (which link
 * speakers to entities). Immutable; all per-document state lives in local variables.
 */
public final class Engine {

    private final Set<RecordType> types;
    private final Strictness strictness;
    private final MoneyExtractor money;
    private final EntityExtractor entities;
    private final ClaimExtractor claims;

    public Engine(EnumSet<RecordType> types, Strictness strictness, CustomEntries custom) {
        this.types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        this.strictness = strictness;
        this.money = types.contains(RecordType.MONEY) ? new MoneyExtractor(custom, strictness) : null;
        boolean needEntities = types.contains(RecordType.ACTOR) || types.contains(RecordType.ORGANIZATION)
                || types.contains(RecordType.CLAIM);
        this.entities = needEntities ? new EntityExtractor(custom, strictness) : null;
        this.claims = types.contains(RecordType.CLAIM) ? new ClaimExtractor(custom, strictness) : null;
        // one table of word facts for all extractors: each document's tokens are looked up once
        List<WordFacts.User> users = java.util.stream.Stream.of(money, entities, claims)
                .filter(java.util.Objects::nonNull).map(WordFacts.User.class::cast).toList();
        WordFacts.Builder facts = WordFacts.builder();
        users.forEach(u -> u.contribute(facts));
        WordFacts shared = facts.build();
        users.forEach(u -> u.useFacts(shared));
    }

    public Set<RecordType> types() {
        return types;
    }

    public Strictness strictness() {
        return strictness;
    }

    public Extraction extract(String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        List<MonetaryFigure> figures = money == null ? List.of() : money.extract(doc);
        Entities found = entities == null ? Entities.NONE : entities.extract(doc);
        List<Claim> said = claims == null ? List.of() : claims.extract(doc, found);
        List<Actor> actors = types.contains(RecordType.ACTOR) ? found.actors() : List.of();
        List<Organization> orgs = types.contains(RecordType.ORGANIZATION) ? found.organizations() : List.of();
        return new Extraction(doc.original(), actors, orgs, figures, said);
    }
}
