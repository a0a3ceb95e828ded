package org.khabar.internal.names;

import java.util.Objects;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.text.Sentence;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.WordFacts;

/**
 * Finds people and organizations: organisations first ({@link OrgRules}: lexicon, designators,
 * descriptors, suffixes, Latin names), then people around them ({@link ActorRules}: titles, reporting
 * verbs, given names, particles, apposition, coordination), sentence by sentence; then
 * {@link Linker} merges mentions within the document and builds the records.
 * Immutable and thread-safe once built: every call keeps its state in a local {@link DocContext}.
 */
public final class EntityExtractor implements WordFacts.User {

    private final NameLexicons lex;
    private final Strictness strictness;
    /** The lexicons' words as {@link org.khabar.internal.lexicon.Facts} bits, or an engine's shared table. */
    private final WordFacts.Holder table = new WordFacts.Holder(this::contribute);

    public EntityExtractor(CustomEntries custom, Strictness strictness) {
        this.lex = NameLexicons.with(custom);
        this.strictness = Objects.requireNonNull(strictness, "strictness");
    }

    @Override
    public WordFacts.Builder contribute(WordFacts.Builder b) {
        return lex.contribute(b);
    }

    /** The engine's final fields publish the extractor after this call. */
    @Override
    public void useFacts(WordFacts shared) {
        table.share(shared);
    }

    /** The table in use: the engine's shared one, else this one's own, built on first use. */
    private WordFacts table() {
        return table.get();
    }

    public Entities extract(TextAnalysis doc) {
        if (doc.size() == 0) {
            return Entities.NONE;
        }
        DocContext c = new DocContext(doc, doc.facts(table()), lex, strictness);
        for (Sentence s : doc.sentences()) {
            OrgRules.find(c, s);
        }
        var orgClusters = Linker.linkOrganizations(c);
        for (Sentence s : doc.sentences()) {
            ActorRules.find(c, s);
        }
        ActorRules.repeated(c);
        ActorRules.lists(c);
        ActorRules.orgSurnames(c, orgClusters);
        return Linker.build(c, orgClusters);
    }
}
