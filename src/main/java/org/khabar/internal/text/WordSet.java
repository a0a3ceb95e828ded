package org.khabar.internal.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of words for the closed lists the rules probe token by token (function words, frame
 * nouns, verbs that end a name). Most probes miss: a bit filter on the word's hash, small enough to stay
 * in the fastest cache, answers those without touching the table, and a hit compares the stored hash
 * before the characters. {@code Set.of} probed its table and compared strings on every miss; its probe
 * was a tenth of the extractor's time (JFR, ImmutableCollections$SetN.probe). Equal to the set it was
 * built from; null-hostile like {@code Set.of} (contains(null) is false, building with null throws).
 */
public final class WordSet extends AbstractSet<String> {

    private static final WordSet EMPTY = new WordSet(new String[0]);

    private final String[] words;
    private final String[] table;
    private final int[] hashes;
    private final int mask;
    private final long[] filter;
    private final int filterShift;

    private WordSet(String[] words) {
        this.words = words;
        int capacity = 4;
        while (capacity < words.length * 2) {
            capacity <<= 1;
        }
        table = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        // 32 filter bits per word at least, 1024 at least: under one probe in twenty reaches the table
        int bits = 1024;
        while (bits < words.length * 32) {
            bits <<= 1;
        }
        filter = new long[bits >>> 6];
        filterShift = 32 - Integer.numberOfTrailingZeros(bits);
        for (String w : words) {
            int h = w.hashCode();
            int m = mix(h);
            int f = m >>> filterShift;
            filter[f >>> 6] |= 1L << f;
            int slot = m & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = w;
            hashes[slot] = h;
        }
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** The set of these words; repeats are allowed (the lists are edited by hand). */
    public static WordSet of(String... words) {
        return copyOf(Arrays.asList(words));
    }

    /** The set of these words; repeats are allowed. */
    public static WordSet copyOf(Collection<String> words) {
        if (words instanceof WordSet w) {
            return w;
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String w : words) {
            distinct.add(Objects.requireNonNull(w, "word"));
        }
        return distinct.isEmpty() ? EMPTY : new WordSet(distinct.toArray(new String[0]));
    }

    /** Whether the word is in the set: the filter, then the table. */
    public boolean has(String word) {
        return has(word, word.hashCode());
    }

    /** False when no word of the set has hash h (the filter alone); true means "maybe". */
    public boolean mayHave(int h) {
        int f = mix(h) >>> filterShift;
        return (filter[f >>> 6] & (1L << f)) != 0;
    }

    /**
     * {@link #has(String)} given the word's {@link String#hashCode}, known already: a token's text is a new
     * String whose hash the first probe would compute, reading the characters again ({@link TokenFacts} has
     * it). Most probes end at the filter, and the word's characters are read only on a hash match.
     */
    public boolean has(String word, int h) {
        int m = mix(h);
        int f = m >>> filterShift;
        if ((filter[f >>> 6] & (1L << f)) == 0) {
            return false;
        }
        int slot = m & mask;
        String w;
        while ((w = table[slot]) != null) {
            if (hashes[slot] == h && w.equals(word)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && has(s);
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(words).iterator();
    }

    @Override
    public int size() {
        return words.length;
    }
}
