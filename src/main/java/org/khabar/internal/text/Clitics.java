package org.khabar.internal.text;

import java.util.List;

/**
 * Proclitic analysis, done once for every token so that no rule has to spell clitics: conjunction
 * و/ف, then preposition ب/ل/ك or future س, then the article ال (after ل it is written لل). Each analysis
 * gives the prefix, the stem and the stem's start in the original text, so {@code لهاريس} yields the stem
 * {@code هاريس} and {@code وRipple} the stem {@code ripple}.
 */
public final class Clitics {

    private Clitics() {}

    /**
     * One reading of a token: {@code prefix + stem == token}. {@code article} says whether the prefix
     * ends with the article; {@code stemStart} is the stem's start in the original text.
     *
     * <p>The prefix, stem and key strings are cut from the word on first use: a token's readings are built
     * for a good share of a document's tokens (a lexicon match names its reading, a rule walks them), and
     * most rules read one or two strings of one reading, so the substrings (each two allocations for Arabic
     * text) were the bulk of the work. The values are those of the former record: {@link #key()} is the
     * very {@link #stem()} object when no article goes, as callers test with {@code !=}.
     */
    public static final class Analysis {
        private final String word;
        /** Where the stem starts in the word. */
        private final int from;
        private final boolean article;
        private final char conj;
        private final char prep;
        private final int stemStart;
        private String prefix;
        private String stem;
        private String key;
        /** The token of the bare reading, whose {@link Token#key()} is this reading's key; else null. */
        private Token token;

        Analysis(String word, int from, boolean article, char conj, char prep, int stemStart, String stem, String key) {
            this.word = word;
            this.from = from;
            this.article = article;
            this.conj = conj;
            this.prep = prep;
            this.stemStart = stemStart;
            this.stem = stem;
            this.key = key;
        }

        public String prefix() {
            String p = prefix;
            if (p == null) {
                p = from == 0 ? "" : word.substring(0, from);
                prefix = p;
            }
            return p;
        }

        public String stem() {
            String s = stem;
            if (s == null) {
                s = from == 0 ? word : word.substring(from);
                stem = s;
            }
            return s;
        }

        /** The stem without a leading article when at least two letters remain ({@link Clitics#wordKey}). */
        public String key() {
            String k = key;
            if (k == null && token != null) {
                k = token.key();
                key = k;
            } else if (k == null) {
                k = word.length() - from >= 4 && word.charAt(from) == ALEF && word.charAt(from + 1) == LAM
                        ? word.substring(from + 2) : stem();
                key = k;
            }
            return k;
        }

        public boolean article() {
            return article;
        }

        public char conj() {
            return conj;
        }

        public char prep() {
            return prep;
        }

        public int stemStart() {
            return stemStart;
        }

        /** True when nothing is stripped. */
        public boolean bare() {
            return from == 0;
        }

        /** True when a proclitic was set aside (the opposite of {@link #bare()}). */
        public boolean hasProclitic() {
            return from != 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Analysis a && a.from == from && a.article == article && a.conj == conj
                    && a.prep == prep && a.stemStart == stemStart && a.word.equals(word);
        }

        @Override
        public int hashCode() {
            return word.hashCode() * 31 + from * 7 + stemStart;
        }

        @Override
        public String toString() {
            return "Analysis[prefix=" + prefix() + ", stem=" + stem() + ", article=" + article + ", conj=" + conj
                    + ", prep=" + prep + ", stemStart=" + stemStart + ", key=" + key() + "]";
        }
    }

    /**
     * A word without a leading article when at least two letters remain (الولايات → ولايات): how lexicon
     * tries compare words. Computed once per reading, so look-ups allocate nothing.
     */
    public static String wordKey(String norm) {
        if (norm.length() >= 4 && norm.charAt(0) == 'ا' && norm.charAt(1) == 'ل') {
            return norm.substring(2);
        }
        return norm;
    }

    private static final char WAW = 'و';
    private static final char FA = 'ف';
    private static final char BA = 'ب';
    private static final char LAM = 'ل';
    private static final char KAF = 'ك';
    private static final char SIN = 'س';
    private static final char ALEF = 'ا';

    static List<Analysis> analyze(Token t) {
        int[] offsets = new int[6];
        return analyze(t, offsets, offsets(t.norm(), t.type(), offsets));
    }

    /** {@link #analyze(Token)} given the token's {@link #offsets} (n of them in {@code offsets}). */
    static List<Analysis> analyze(Token t, int[] offsets, int n) {
        String w = t.norm();
        if (n == 1) {
            // the bare reading alone (most tokens): no array to build and copy
            Analysis bare = new Analysis(w, 0, false, '\0', '\0', t.start(), w, null);
            bare.token = t;
            return List.of(bare);
        }
        // built into an array and wrapped by List.of; the readings' strings are cut on first use (Analysis)
        Analysis[] out = new Analysis[n];
        out[0] = new Analysis(w, 0, false, '\0', '\0', t.start(), w, null);
        out[0].token = t; // its key is the token's, cut on first use
        if (t.type() == TokenType.MIXED) {
            int k = offsets[1];
            // the prefix: Arabic letters glued to a Latin word (وRipple، لـCoinbase)
            boolean article = k >= 2 && (w.startsWith("ال", k - 2) || w.startsWith("لل", k - 2));
            out[1] = new Analysis(w, k, article, conjOf(w, k), prepOf(w, k), stemStart(t, k), null, null);
            return List.of(out[0], out[1]);
        }
        // an Arabic word's readings (see offsets): the conjunction و/ف comes first and stays in every
        // reading after it; ب/ك/ل right after it is a preposition once read off; two letters or more
        // past the conjunction means an article (ال، or ل + ال written لل) was read off too
        char conj = n > 1 && (w.charAt(0) == WAW || w.charAt(0) == FA) ? w.charAt(0) : '\0';
        int c = conj == '\0' ? 0 : 1;
        for (int r = n - 1; r >= 1; r--) {
            int k = offsets[r];
            char p = w.charAt(c);
            char prep = k > c && (p == BA || p == KAF || p == LAM) ? p : '\0';
            out[r] = new Analysis(w, k, k >= c + 2, conj, prep, stemStart(t, k), null, null);
        }
        return n == 1 ? List.of(out[0]) : n == 2 ? List.of(out[0], out[1]) : List.of(out);
    }

    /**
     * Where the stems of {@link #analyze}'s readings start in the normalised word, bare reading first;
     * returns how many were written to {@code out} (at most 4). The same cases as {@code analyze}, without
     * building a string: {@link TokenFacts} looks every reading up in a {@link WordFacts} table, and
     * {@link #analyze} builds its readings from these offsets.
     */
    public static int offsets(String w, TokenType type, int[] out) {
        out[0] = 0;
        int n = 1;
        if (type == TokenType.MIXED) {
            int k = 0;
            while (k < w.length() && isArabic(w.charAt(k))) {
                k++;
            }
            out[n++] = k;
            return n;
        }
        if (type != TokenType.ARABIC || w.length() < 3) {
            return n;
        }
        int i = 0;
        if (w.charAt(0) == WAW || w.charAt(0) == FA) {
            i = 1;
            n = offset(out, n, w, i);
        }
        if (i < w.length() && (w.charAt(i) == BA || w.charAt(i) == KAF || w.charAt(i) == LAM)) {
            int j = i + 1;
            n = offset(out, n, w, j);
            if (w.charAt(i) == LAM && j < w.length() && w.charAt(j) == LAM) {
                n = offset(out, n, w, j + 1);
            } else if (startsWithArticle(w, j)) {
                n = offset(out, n, w, j + 2);
            }
        } else if (i < w.length() && w.charAt(i) == SIN) {
            n = offset(out, n, w, i + 1);
        } else if (startsWithArticle(w, i)) {
            n = offset(out, n, w, i + 2);
        }
        return n;
    }

    /**
     * {@link #offsets(String, TokenType, int[])} of the word {@code s[from, to)}: {@link TokenFacts} reads each
     * token where it lies in the document's folded chars, sparing String.charAt's coder and bounds checks on
     * every token. The same cases in the same order (a property test compares the two).
     */
    static int offsets(char[] s, int from, int to, TokenType type, int[] out) {
        out[0] = 0;
        if (type == TokenType.ARABIC) {
            int length = to - from;
            if (length < 3) {
                return 1;
            }
            char c = s[from];
            int n = 1;
            int i = 0;
            if (c == WAW || c == FA) {
                i = 1;
                n = offset(out, n, length, 1);
                c = s[from + 1];
            }
            if (c == BA || c == KAF || c == LAM) {
                int j = i + 1;
                n = offset(out, n, length, j);
                if (c == LAM && j < length && s[from + j] == LAM) {
                    n = offset(out, n, length, j + 1);
                } else if (j + 1 < length && s[from + j] == ALEF && s[from + j + 1] == LAM) {
                    n = offset(out, n, length, j + 2);
                }
            } else if (c == SIN) {
                n = offset(out, n, length, i + 1);
            } else if (i + 1 < length && c == ALEF && s[from + i + 1] == LAM) {
                n = offset(out, n, length, i + 2);
            }
            return n;
        }
        if (type == TokenType.MIXED) {
            int k = from;
            while (k < to && isArabic(s[k])) {
                k++;
            }
            out[1] = k - from;
            return 2;
        }
        return 1;
    }

    private static int offset(int[] out, int n, int length, int k) {
        if (length - k < 2) {
            return n;
        }
        out[n] = k;
        return n + 1;
    }

    private static int offset(int[] out, int n, String w, int k) {
        if (w.length() - k < 2) {
            return n;
        }
        out[n] = k;
        return n + 1;
    }

    private static boolean startsWithArticle(String w, int i) {
        return i + 1 < w.length() && w.charAt(i) == ALEF && w.charAt(i + 1) == LAM;
    }

    private static int stemStart(Token t, int k) {
        return t.originalStartOfChar(k);
    }

    /** The conjunction of a prefix w[0, k). */
    private static char conjOf(String w, int k) {
        return k > 0 && (w.charAt(0) == WAW || w.charAt(0) == FA) ? w.charAt(0) : '\0';
    }

    /** The first preposition letter of a prefix w[0, k). */
    private static char prepOf(String w, int k) {
        for (int i = 0; i < k; i++) {
            char c = w.charAt(i);
            if (c == BA || c == KAF || c == LAM) {
                return c;
            }
        }
        return '\0';
    }

    static boolean isArabic(char c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
                || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
    }
}
