package org.khabar.internal.names;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each word of a list occurs, where only the frequent words matter: {@link ActorRules#repeated}
 * counts a document's name-shaped words and keeps those met at least three times. Most such words occur
 * once or twice; counting each in a map of strings was most of that rule's time. A small table of counts
 * by hash, where two words sharing a slot count together (so a slot's count never falls below a word's),
 * rules out most words first; the map then counts only the words whose slot reached the minimum.
 */
final class FrequentWords {
    private FrequentWords() {}

    /** Largest table of counts: a document of millions of tokens shares slots more, and stays exact. */
    private static final int MAX_SLOTS = 1 << 16;

    /**
     * For each of {@code words[0, n)}: the number of times that word occurs in {@code words[0, n)} when it is
     * at least {@code min}; otherwise some number below {@code min}.
     */
    static int[] counts(String[] words, int n, int min) {
        int slots = 16;
        while (slots < 2 * n && slots < MAX_SLOTS) {
            slots <<= 1;
        }
        int[] bySlot = new int[slots];
        int[] slot = new int[n];
        for (int k = 0; k < n; k++) {
            int h = words[k].hashCode() * 0x9E3779B9;
            slot[k] = (h ^ h >>> 16) & (slots - 1);
            bySlot[slot[k]]++;
        }
        int[] counts = new int[n];
        int[][] counters = null;
        Map<String, int[]> exact = null;
        for (int k = 0; k < n; k++) {
            if (bySlot[slot[k]] < min) {
                continue; // the word occurs fewer times than its slot counts
            }
            if (exact == null) {
                exact = new HashMap<>();
                counters = new int[n][];
            }
            int[] count = exact.computeIfAbsent(words[k], w -> new int[1]);
            count[0]++;
            counters[k] = count;
        }
        if (counters != null) {
            for (int k = 0; k < n; k++) {
                counts[k] = counters[k] == null ? 0 : counters[k][0];
            }
        }
        return counts;
    }
}
