package org.khabar.internal.text;

/**
 * One document's tokens looked up once in a {@link WordFacts} table: for each token the bits of its bare
 * normalised form ({@link #bare}), of that form without a leading article ({@link #bareKey}), and the
 * union over all its clitic readings ({@link Token#analyses()}) of the stems ({@link #stems}) and of the
 * stems without article ({@link #keys}). Exact, not a filter: a bit is set if and only if the word (or one
 * of the readings) is in the table under that bit. Built by {@link TextAnalysis#facts}; read only.
 */
public final class TokenFacts {
    final WordFacts table;
    private final long[] bare;
    private final long[] bareKey;
    private final long[] stems;
    private final long[] keys;
    /** The String hash of every reading's stem and key, token i's at [hashStart[i], hashStart[i + 1]). */
    private final int[] hashStart;
    private int[] hashes;
    /**
     * The bits of every reading's stem, token i's r-th reading ({@link Token#analyses()} order) at
     * [readingStart[i] + r]: a rule that looks each reading's stem up in one lexicon (given names, verbs)
     * skips the readings without that lexicon's bit, and with them the stem's substring, hash and map probe.
     */
    private final int[] readingStart;
    private long[] readingBits;

    /** {@code text}: the document's folded chars, in which token t's norm is at [t.normStart(), + length). */
    TokenFacts(WordFacts table, java.util.List<Token> tokens, char[] text) {
        this.table = table;
        int n = tokens.size();
        bare = new long[n];
        bareKey = new long[n];
        stems = new long[n];
        keys = new long[n];
        hashStart = new int[n + 1];
        hashes = new int[n * 2 + 16];
        readingStart = new int[n + 1];
        readingBits = new long[n * 2 + 16];
        this.text = text;
        for (int i = 0; i < n; i++) {
            add(i, tokens.get(i));
        }
        hashStart[n] = used;
        readingStart[n] = readingsUsed;
        this.text = null;
        this.suffixHash = null;
    }

    /*
     * Construction state. The per-token work is a method of its own, called once per token, so the JIT compiles
     * it as soon as it is hot. In one loop of the constructor (called once per document) it could only be
     * compiled on-stack: on this 2-core machine such a compile was seen queued and never run for a whole JVM
     * lifetime (-XX:+LogCompilation), which left the loop interpreted: 36 % of extract samples in such a JVM,
     * against 11-13 % compiled.
     */
    private char[] text;
    private int used;
    private int readingsUsed;
    private final int[] offsets = new int[6];
    private int[] suffixHash = new int[32];

    /** Looks token i up: its readings' hashes and bits. */
    private void add(int i, Token t) {
        // the words are read where they lie in the folded text, not copied out of each token's String
        char[] chars = text;
        String w = t.norm();
        int len = w.length();
        if (suffixHash.length <= len) {
            suffixHash = new int[len + 1 + (len >> 1)];
        }
        int[] suffixHash = this.suffixHash;
        int base = t.normStart();
        // suffixHash[k] = hash of w.substring(k): every reading's stem and key is a suffix of w
        int h = 0;
        int pow = 1;
        suffixHash[len] = 0;
        for (int k = len - 1; k >= 0; k--) {
            h += chars[base + k] * pow;
            pow *= 31;
            suffixHash[k] = h;
        }
        int[] offsets = this.offsets;
        int readings = Clitics.offsets(chars, base, base + len, t.type(), offsets);
        t.analyses(offsets, readings);
        long s = 0;
        long k = 0;
        int used = this.used;
        int readingsUsed = this.readingsUsed;
        hashStart[i] = used;
        if (used + 2 * readings > hashes.length) {
            hashes = java.util.Arrays.copyOf(hashes, Math.max(hashes.length * 2, used + 2 * readings));
        }
        readingStart[i] = readingsUsed;
        if (readingsUsed + readings > readingBits.length) {
            readingBits = java.util.Arrays.copyOf(readingBits, Math.max(readingBits.length * 2, readingsUsed + readings));
        }
        int keyFrom = -1;
        long keyBits = 0;
        for (int r = 0; r < readings; r++) {
            int from = offsets[r];
            hashes[used++] = suffixHash[from];
            boolean article = len - from >= 4 && chars[base + from] == 'ا' && chars[base + from + 1] == 'ل';
            if (article) {
                hashes[used++] = suffixHash[from + 2];
            }
            // the reading past an article is the previous reading's key (و|الحكومة then وال|حكومة):
            // its stem was looked up already
            long stem = from == keyFrom ? keyBits : table.get(chars, base + from, base + len, suffixHash[from]);
            // Clitics.wordKey: a leading article goes when at least two letters remain
            long key = article
                    ? table.get(chars, base + from + 2, base + len, suffixHash[from + 2]) : stem;
            if (article) {
                keyFrom = from + 2;
                keyBits = key;
            }
            if (r == 0) {
                bare[i] = stem;
                bareKey[i] = key;
            }
            readingBits[readingsUsed++] = stem;
            s |= stem;
            k |= key;
        }
        stems[i] = s;
        keys[i] = k;
        this.used = used;
        this.readingsUsed = readingsUsed;
    }

    /** Bits of the stem of token i's r-th reading ({@code tok(i).analyses().get(r).stem()}). */
    public long stem(int i, int r) {
        return readingBits[readingStart[i] + r];
    }

    /**
     * Token i's reading hashes ({@link String#hashCode} of each reading's stem and, when it differs, key,
     * bare reading first) are {@link #hash(int)} for k in [{@code hashFrom(i)}, {@code hashTo(i)}).
     */
    public int hashFrom(int i) {
        return hashStart[i];
    }

    public int hashTo(int i) {
        return hashStart[i + 1];
    }

    public int hash(int k) {
        return hashes[k];
    }

    /** The {@link String#hashCode} of token i's normalised form (its bare reading's stem). */
    public int normHash(int i) {
        return hashes[hashStart[i]];
    }

    /** Bits of token i's normalised form. */
    public long bare(int i) {
        return bare[i];
    }

    /** Bits of token i's normalised form without a leading article ({@link Token#key()}). */
    public long bareKey(int i) {
        return bareKey[i];
    }

    /** Union of the bits of every clitic reading's stem of token i. */
    public long stems(int i) {
        return stems[i];
    }

    /** Union of the bits of every clitic reading's article-less key of token i. */
    public long keys(int i) {
        return keys[i];
    }

    /** Whether any reading of token i, as stem or key, has one of the bits. */
    public boolean any(int i, long bits) {
        return ((stems[i] | keys[i]) & bits) != 0;
    }

    /** Whether the bare reading of token i, as stem or key, has one of the bits. */
    public boolean anyBare(int i, long bits) {
        return ((bare[i] | bareKey[i]) & bits) != 0;
    }
}
