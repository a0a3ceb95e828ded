package org.khabar.internal.names;

import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.TokenFacts;

/**
 * One lexicon's matches in one document, the last few remembered: the rules ask the same lexicon about the
 * same token again (a title test, a place test, a designator test from several rules), and every
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
     * The remembered answers, a few per kind of look-up, in the slot of the token index modulo {@link #SLOTS}:
     * a rule asks again about a token it asked about just before or a few tokens away (JFR and counts: one
     * look-up in ten that gets past the facts is answered here, seven in ten of those the same token and
     * limit as the look-up before), so a small table keeps those answers, where one slot per token of the
     * document (two arrays of its size per lexicon and kind) were nine per cent of all bytes allocated.
     * Allocated on the first look-up that gets past the facts.
     */
    private PhraseIndex.Match<?>[] any;
    private int[] anyToken;
    private int[] anyLimit;
    private PhraseIndex.Match<?>[] bare;
    private int[] bareToken;
    private int[] bareLimit;
    /** The index's scratch for a token's clitic offsets: one document, one thread. */
    private final int[] scratch = new int[6];

    /** Slots of each kind of remembered answer: a power of two. */
    static final int SLOTS = 32;

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
            any = new PhraseIndex.Match<?>[SLOTS];
            anyToken = new int[SLOTS];
            anyLimit = new int[SLOTS];
        }
        return cached(i, limit, any, anyToken, anyLimit, false);
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
            bare = new PhraseIndex.Match<?>[SLOTS];
            bareToken = new int[SLOTS];
            bareLimit = new int[SLOTS];
        }
        return cached(i, limit, bare, bareToken, bareLimit, true);
    }

    @SuppressWarnings("unchecked")
    private PhraseIndex.Match<V> cached(int i, int limit, PhraseIndex.Match<?>[] results, int[] tokens, int[] limits,
            boolean bareOnly) {
        int slot = i & (SLOTS - 1);
        // 0: empty (a limit is always > i >= 0); another token's answer in the slot counts as none
        int known = tokens[slot] == i ? limits[slot] : 0;
        if (known != 0) {
            PhraseIndex.Match<V> m = (PhraseIndex.Match<V>) results[slot];
            if (limit == known || limit < known && (m == null || m.end() <= limit)) {
                return m;
            }
        }
        // through the facts: the token's clitic readings are built only when a phrase is found
        PhraseIndex.Match<V> m = bareOnly ? index.matchBare(doc, facts, i, limit, scratch)
                : index.match(doc, facts, i, limit, scratch);
        if (limit > known) {
            // the answer under the larger limit serves more limits of the same token; another token's goes
            results[slot] = m;
            tokens[slot] = i;
            limits[slot] = limit;
        }
        return m;
    }
}
