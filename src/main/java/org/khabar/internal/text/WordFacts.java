package org.khabar.internal.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the lexicons know about single words, as bits (which bit means what is the extractors' business,
 * see {@code org.khabar.internal.lexicon.Facts}): an open-addressing table from a normalised word to a
 * {@code long}, looked up by a range of a token's text so no reading's string is ever built. The rules
 * ask "is this token a title's first word, a given name, a reporting verb ..." millions of times; with
 * {@link TokenFacts} each answer is a bit test on an array filled once per document. Immutable after
 * {@link Builder#build()}, so one table serves any number of threads.
 */
public final class WordFacts {

    /** The words and their bits, densely. */
    private final char[][] words;
    private final long[] bits;
    /** Open addressing: per slot the word's hash (high half) and its index + 1 (low half); 0 = empty. */
    private final long[] slots;
    private final int mask;
    /**
     * One bit per (mixed) hash, 16 KB: most tokens are no lexicon word, and this small array, which stays
     * in the fastest cache, answers them without touching the table.
     */
    private final long[] filter = new long[FILTER_BITS >>> 6];
    private static final int FILTER_BITS = 1 << 17;

    private WordFacts(Map<String, Long> entries) {
        int capacity = 16;
        while (capacity < entries.size() * 2) {
            capacity <<= 1;
        }
        words = new char[entries.size()][];
        bits = new long[entries.size()];
        slots = new long[capacity];
        mask = capacity - 1;
        int index = 0;
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            String w = e.getKey();
            int h = hash(w, 0, w.length());
            int m = mix(h);
            filter[(m >>> 15) >>> 6] |= 1L << (m >>> 15);
            int slot = m & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            words[index] = w.toCharArray();
            bits[index] = e.getValue();
            slots[slot] = (long) h << 32 | (index + 1);
            index++;
        }
    }

    /**
     * The polynomial hash of {@code s.substring(from, to)} (that of {@link String#hashCode}), which
     * {@link TokenFacts} computes for all suffixes of a token in one pass from the right.
     */
    static int hash(String s, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + s.charAt(k);
        }
        return h;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** The bits of {@code s.substring(from, to)}, 0 for a word no lexicon knows. */
    public long get(String s, int from, int to) {
        return get(s.toCharArray(), from, to, hash(s, from, to));
    }

    /**
     * The bits of the characters {@code s[from, to)} given their {@link #hash}: the look-up
     * {@link TokenFacts} makes for every reading of every token, over one copy of the token's characters.
     */
    long get(char[] s, int from, int to, int hash) {
        int m = mix(hash);
        int f = m >>> 15;
        if ((filter[f >>> 6] & (1L << f)) == 0) {
            return 0L;
        }
        int slot = m & mask;
        long e;
        while ((e = slots[slot]) != 0) {
            if ((int) (e >>> 32) == hash) {
                int index = (int) e - 1;
                if (same(words[index], s, from, to)) {
                    return bits[index];
                }
            }
            slot = (slot + 1) & mask;
        }
        return 0L;
    }

    private static boolean same(char[] w, char[] s, int from, int to) {
        if (w.length != to - from) {
            return false;
        }
        for (int k = 0; k < w.length; k++) {
            if (w[k] != s[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** The bits of a whole word. */
    public long get(String word) {
        return get(word, 0, word.length());
    }

    /**
     * An extractor that tests word facts: it adds its words to a table and can use a table shared by all
     * extractors of one engine, so each document is looked up once. Without {@link #useFacts} it builds its
     * own table on first use.
     */
    public interface User {
        /** Adds the words this user tests, under their bits. */
        Builder contribute(Builder b);

        /** Uses a table holding at least {@link #contribute}'s words; called before the user is published. */
        void useFacts(WordFacts shared);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects words and their bits; a word added under several bits keeps them all. */
    public static final class Builder {
        private final Map<String, Long> entries = new HashMap<>();

        private Builder() {}

        public Builder add(String word, long bit) {
            entries.merge(word, bit, (a, b) -> a | b);
            return this;
        }

        public Builder addAll(Collection<String> words, long bit) {
            for (String w : words) {
                add(w, bit);
            }
            return this;
        }

        public WordFacts build() {
            return new WordFacts(entries);
        }
    }
}
