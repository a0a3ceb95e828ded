package org.khabar.internal.names;

import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.TokenFacts;

/**
 * One lexicon's matches in one document, remembered per token: the rules ask the same lexicon about the
 * same token many times (a title test, a place test, a designator test from several rules), and every
 * {@link PhraseIndex#match} tries each clitic reading of the token against the trie.
 *
 * <p>Exact: a longest match found under a limit L is also the answer for any limit L' &lt; L when it is
 * null or ends at or before L' (a shorter window only removes candidates, and the winner stays first).
 */
final class Lookup<V> {
    private final PhraseIndex<V> index;
    private final TextAnalysis doc;
    private final TokenFacts facts;
    private final int size;
    /**
     * The remembered answers, allocated on the first look-up that gets past the facts: four lexicons per
     * document, and many a document asks some of them nothing bare (or nothing at all) beyond the facts.
     */
    private PhraseIndex.Match<?>[] any;
    private int[] anyLimit;
    private PhraseIndex.Match<?>[] bare;
    private int[] bareLimit;

    Lookup(PhraseIndex<V> index, TextAnalysis doc, TokenFacts facts) {
        this.index = index;
        this.doc = doc;
        this.facts = facts;
        this.size = doc.size();
    }

    /** {@link PhraseIndex#match}, remembered. */
    PhraseIndex.Match<V> match(int i, int limit) {
        if (i < 0 || i >= limit || i >= size) {
            return index.match(doc, i, limit);
        }
        if (!facts.any(i, index.fact())) {
            return null; // no reading of the token starts a phrase of this index
        }
        if (any == null) {
            any = new PhraseIndex.Match<?>[size];
            anyLimit = new int[size];
        }
        return cached(i, limit, any, anyLimit, false);
    }

    /** {@link PhraseIndex#matchBare}, remembered. */
    PhraseIndex.Match<V> matchBare(int i, int limit) {
        if (i < 0 || i >= limit || i >= size) {
            return index.matchBare(doc, i, limit);
        }
        if (!facts.anyBare(i, index.fact())) {
            return null;
        }
        if (bare == null) {
            bare = new PhraseIndex.Match<?>[size];
            bareLimit = new int[size];
        }
        return cached(i, limit, bare, bareLimit, true);
    }

    @SuppressWarnings("unchecked")
    private PhraseIndex.Match<V> cached(int i, int limit, PhraseIndex.Match<?>[] results, int[] limits,
            boolean bareOnly) {
        int known = limits[i]; // 0: not asked yet (a limit is always > i >= 0)
        if (known != 0) {
            PhraseIndex.Match<V> m = (PhraseIndex.Match<V>) results[i];
            if (limit == known || limit < known && (m == null || m.end() <= limit)) {
                return m;
            }
        }
        // through the facts: the token's clitic readings are built only when a phrase is found
        PhraseIndex.Match<V> m = bareOnly ? index.matchBare(doc, facts, i, limit) : index.match(doc, facts, i, limit);
        if (limit > known) {
            results[i] = m;
            limits[i] = limit;
        }
        return m;
    }
}
