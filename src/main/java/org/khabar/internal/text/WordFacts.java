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

    /** The words, for comparing the characters past the first {@link #PACKED} of a long word. */
    private final char[][] words;
    /**
     * Open addressing, {@link #STRIDE} longs per slot so that a probe reads one cache line: the word's hash
     * (high half), its length (bits 20..31, {@link #LONG_WORD} for 4095 or more) and its index + 1 (bits
     * 0..19), 0 = empty; its first two groups of {@link #PACKED} characters, 16 bits each; its bits. The
     * words the documents hit (في، من، رئيس، شركة، الحكومة) are compared without leaving the slot.
     */
    private final long[] slots;
    private final int mask;
    private static final int PACKED = 4;
    /**
     * Longs per slot: the hash, length and index; the first {@link #PACKED} characters; the next
     * {@link #PACKED} (0 for a shorter word); the bits. With the second group a word of up to eight
     * characters (nearly all the lexicons hold) is compared inside the slot, without reading its char[]
     * from elsewhere in memory: that read was a cache miss on most hits.
     */
    private static final int STRIDE = 4;
    private static final int LONG_WORD = 0xFFF;
    private static final int MAX_WORDS = (1 << 20) - 2;
    /**
     * One bit per (mixed) hash, 16 KB: most tokens are no lexicon word, and this small array, which stays
     * in the fastest cache, answers them without touching the table.
     */
    private final long[] filter = new long[FILTER_BITS >>> 6];
    private static final int FILTER_BITS = 1 << 17;

    private WordFacts(Map<String, Long> entries) {
        if (entries.size() > MAX_WORDS) {
            throw new IllegalArgumentException("too many words for one facts table: " + entries.size());
        }
        int capacity = 16;
        while (capacity < entries.size() * 2) {
            capacity <<= 1;
        }
        words = new char[entries.size()][];
        slots = new long[capacity * STRIDE];
        mask = capacity - 1;
        int index = 0;
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            String w = e.getKey();
            int h = hash(w, 0, w.length());
            int m = mix(h);
            filter[(m >>> 15) >>> 6] |= 1L << (m >>> 15);
            int slot = m & mask;
            while (slots[slot * STRIDE] != 0) {
                slot = (slot + 1) & mask;
            }
            char[] chars = w.toCharArray();
            words[index] = chars;
            slots[slot * STRIDE] = (long) h << 32 | (long) Math.min(chars.length, LONG_WORD) << 20 | (index + 1);
            slots[slot * STRIDE + 1] = pack(chars, 0, chars.length);
            slots[slot * STRIDE + 2] = chars.length > PACKED ? pack(chars, PACKED, chars.length) : 0L;
            slots[slot * STRIDE + 3] = e.getValue();
            index++;
        }
    }

    /** The first {@link #PACKED} characters of s[from, to), 16 bits each, the first lowest; 0 past the end. */
    private static long pack(char[] s, int from, int to) {
        long p = 0;
        for (int k = Math.min(to - from, PACKED) - 1; k >= 0; k--) {
            p = p << 16 | s[from + k];
        }
        return p;
    }

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
        int length = to - from;
        long want = (long) hash << 32 | (long) Math.min(length, LONG_WORD) << 20;
        int slot = m & mask;
        long e;
        while ((e = slots[slot * STRIDE]) != 0) {
            // the characters are packed only once hash and length agree: a probe past another word, or a
            // word that passed the filter by chance, compares two ints and packs nothing
            if ((e & ~0xFFFFFL) == want && slots[slot * STRIDE + 1] == packHead(s, from, length)
                    && (length <= PACKED || slots[slot * STRIDE + 2] == pack(s, from + PACKED, to)
                            && (length <= 2 * PACKED || same(words[(int) (e & 0xFFFFF) - 1], s, from, to)))) {
                return slots[slot * STRIDE + 3];
            }
            slot = (slot + 1) & mask;
        }
        return 0L;
    }

    /** {@link #pack}{@code (s, from, from + length)} without its loop for a word of {@link #PACKED} chars or more. */
    private static long packHead(char[] s, int from, int length) {
        if (length < PACKED) {
            return pack(s, from, from + length);
        }
        return s[from] | (long) s[from + 1] << 16 | (long) s[from + 2] << 32 | (long) s[from + 3] << 48;
    }

    /** Whether w equals s[from, to) past the two packed groups (the caller has compared those and the length). */
    private static boolean same(char[] w, char[] s, int from, int to) {
        if (w.length != to - from) {
            return false;
        }
        for (int k = 2 * PACKED; k < w.length; k++) {
            if (w[k] != s[from + k]) {
                return false;
            }
        }
        return true;
    }

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

    /**
     * The table a {@link User} reads: the engine's shared one once {@link #share}d, else the user's own, built
     * from its contribution on first use. WordFacts is immutable (final fields): a race only builds the same
     * table twice. The engine's final fields publish the holder after {@link #share}.
     */
    public static final class Holder {
        private final java.util.function.UnaryOperator<Builder> contribution;
        private WordFacts table;

        /** {@code contribution} adds the owner's words to a builder (its {@link User#contribute}). */
        public Holder(java.util.function.UnaryOperator<Builder> contribution) {
            this.contribution = java.util.Objects.requireNonNull(contribution, "contribution");
        }

        /** Uses a table holding at least the contribution's words. */
        public void share(WordFacts shared) {
            this.table = java.util.Objects.requireNonNull(shared, "shared");
        }

        /** The table in use. */
        public WordFacts get() {
            WordFacts t = table;
            if (t == null) {
                t = contribution.apply(builder()).build();
                table = t;
            }
            return t;
        }
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
