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
    private final PhraseIndex.Match<?>[] any;
    private final int[] anyLimit;
    private final PhraseIndex.Match<?>[] bare;
    private final int[] bareLimit;

    Lookup(PhraseIndex<V> index, TextAnalysis doc, TokenFacts facts) {
        this.index = index;
        this.doc = doc;
        this.facts = facts;
        int n = doc.size();
        this.any = new PhraseIndex.Match<?>[n];
        this.anyLimit = new int[n];
        this.bare = new PhraseIndex.Match<?>[n];
        this.bareLimit = new int[n];
    }

    /** {@link PhraseIndex#match}, remembered. */
    PhraseIndex.Match<V> match(int i, int limit) {
        if (i < 0 || i >= limit || i >= any.length) {
            return index.match(doc, i, limit);
        }
        if (!facts.any(i, index.fact())) {
            return null; // no reading of the token starts a phrase of this index
        }
        return cached(i, limit, any, anyLimit, false);
    }

    /** {@link PhraseIndex#matchBare}, remembered. */
    PhraseIndex.Match<V> matchBare(int i, int limit) {
        if (i < 0 || i >= limit || i >= bare.length) {
            return index.matchBare(doc, i, limit);
        }
        if (!facts.anyBare(i, index.fact())) {
            return null;
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
