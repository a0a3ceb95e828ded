package org.khabar.internal.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.internal.text.ArabicNormalizer;
import org.khabar.internal.text.Clitics;
import org.khabar.internal.text.NormalizedText;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.TokenFacts;
import org.khabar.internal.text.WordFacts;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.Tokenizer;

/**
 * A trie of phrases keyed by token: entries are tokenised with the same normaliser and tokenizer as the
 * documents, and every word is compared without a leading article, so {@code الولايات المتحدة} in the
 * lexicon matches {@code بالولايات المتحدة} in text. The first token of a match may carry proclitics;
 * later tokens are compared bare (article aside). Longest match wins. Immutable after {@link #freeze}.
 *
 * @param <V> the value stored with each phrase
 */
public final class PhraseIndex<V> {

    private static final class Node<V> {
        Map<String, Node<V>> next;
        V value;
        /** How the entries ending here write their first word: {@link #WRITTEN_BARE}, {@link #WRITTEN_ARTICLE}, or both. */
        byte written;
        /** How many words lead here from the root: a phrase ending at this node spans that many tokens. */
        int depth;
        /**
         * A bit per child key's hash (kidBit below): a walk asks next about the following token only
         * when its form's or its key's bit is set (exact: a clear bit means no such child).
         */
        long kids;
    }

    /** The bit of a word's {@link String#hashCode} in {@link Node#kids}. */
    private static long kidBit(int hash) {
        return 1L << (spread(hash) & 63);
    }

    /** An entry ending at a node writes its first word without the article (فيفا). */
    static final byte WRITTEN_BARE = 1;
    /** An entry ending at a node writes its first word with the article (الفيفا). */
    static final byte WRITTEN_ARTICLE = 2;

    /**
     * A match: the value, the first and one-past-last token, the clitic reading of the first token, and
     * whether that token's article was set aside to match (المليون matching مليون).
     */
    public record Match<V>(V value, int first, int end, Clitics.Analysis head, boolean articleDropped, byte written) {
        /**
         * Whether the lexicon lists the matched phrase with (or without) an article on its first word. Words
         * are keyed without the article, so الفيفا and فيفا are one key; a lexicon that lists both forms says
         * the name takes the article freely (a transliteration: الفيفا، الناتو), while one that lists حماس
         * alone says الحماس (enthusiasm) is another word.
         */
        public boolean listed(boolean withArticle) {
            return (written & (withArticle ? WRITTEN_ARTICLE : WRITTEN_BARE)) != 0;
        }

        /** Original start of the matched phrase, after any proclitic. */
        public int start() {
            return head.stemStart();
        }

        /** Whether the first token carries an article, as a proclitic reading or set aside to match. */
        public boolean article() {
            return articleDropped || head.article();
        }
    }

    private final Node<V> root = new Node<>();
    private int size;
    /** This index's bit in a {@link WordFacts} table ({@link Facts}), 0 for an index no table knows. */
    private final long fact;

    /** An index no {@link WordFacts} table knows: every look-up walks the trie. */
    public PhraseIndex() {
        this(0L);
    }

    /** An index whose first words a {@link WordFacts} table marks with {@code fact} (see {@link #firstWords}). */
    public PhraseIndex(long fact) {
        this.fact = fact;
    }

    public long fact() {
        return fact;
    }

    /** The words a phrase can start with, as the first token's stem or key must read. */
    public java.util.Set<String> firstWords() {
        return root.next == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(root.next.keySet());
    }
    /**
     * A bit per hash of the first words: most document tokens start no phrase, and testing a bit in this
     * small array (String caches its hash) is cheaper than probing the large first-level map. Exact: a
     * clear bit means the word is no first-level key; a set bit falls back to the map.
     */
    private long[] firstWords;

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private boolean mayStart(String word) {
        return mayStartHash(firstWords, word.hashCode());
    }

    /** The first-word filter's bit for a word's {@link String#hashCode}. */
    private static boolean mayStartHash(long[] f, int hash) {
        int h = spread(hash) & ((f.length << 6) - 1);
        return (f[h >>> 6] & (1L << h)) != 0;
    }

    private Node<V> first(String word) {
        return mayStart(word) ? root.next.get(word) : null;
    }

    private void noteFirst(String word) {
        int words = root.next.size();
        if (firstWords == null || words * 8 > firstWords.length << 6) {
            int bits = 512;
            while (bits < words * 16) {
                bits <<= 1;
            }
            firstWords = new long[bits >>> 6];
            for (String k : root.next.keySet()) {
                setBit(k);
            }
        }
        setBit(word);
    }

    /**
     * The first-level nodes again, as an open-addressing table keyed by the word's {@link String#hashCode}
     * and looked up by a range of a token's text ({@link #rootNode}): a clitic reading's stem or key is a
     * suffix of the token, and {@link #matchReadings} finds its node without cutting the substring (two
     * allocations for Arabic text) nor hashing it again ({@link TokenFacts} holds the hash).
     */
    private String[] rootKeys;
    private Node<V>[] rootNodes;
    private int rootCount;
    /**
     * Per slot the key's hash, and its chars in one shared array ({@link #rootChars} from {@link #rootStart},
     * {@link #rootLen} of them): a probe compares these instead of reading the key String and its own char
     * array, two more objects somewhere in the heap for every look-up (JFR: the key's length() was the
     * larger part of {@link #rootNode}).
     */
    private int[] rootHashes;
    private int[] rootStart;
    private int[] rootLen;
    private char[] rootChars = new char[0];
    private int rootCharsUsed;

    @SuppressWarnings("unchecked")
    private void noteRoot(String word, Node<V> node) {
        if (rootKeys == null || (rootCount + 1) * 2 > rootKeys.length) {
            String[] oldKeys = rootKeys;
            Node<V>[] oldNodes = rootNodes;
            int cap = 16;
            while (cap < (rootCount + 1) * 4) {
                cap <<= 1;
            }
            rootKeys = new String[cap];
            rootNodes = (Node<V>[]) new Node<?>[cap];
            rootHashes = new int[cap];
            rootStart = new int[cap];
            rootLen = new int[cap];
            rootCount = 0;
            rootCharsUsed = 0;
            if (oldKeys != null) {
                for (int k = 0; k < oldKeys.length; k++) {
                    if (oldKeys[k] != null) {
                        insertRoot(oldKeys[k], oldNodes[k]);
                    }
                }
            }
        }
        insertRoot(word, node);
    }

    private void insertRoot(String word, Node<V> node) {
        int mask = rootKeys.length - 1;
        int slot = spread(word.hashCode()) & mask;
        String k;
        while ((k = rootKeys[slot]) != null) {
            if (k.equals(word)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        rootKeys[slot] = word;
        rootNodes[slot] = node;
        rootHashes[slot] = word.hashCode();
        int len = word.length();
        if (rootCharsUsed + len > rootChars.length) {
            rootChars = java.util.Arrays.copyOf(rootChars, Math.max(rootChars.length * 2, rootCharsUsed + len + 64));
        }
        word.getChars(0, len, rootChars, rootCharsUsed);
        rootStart[slot] = rootCharsUsed;
        rootLen[slot] = len;
        rootCharsUsed += len;
        rootCount++;
    }

    /** {@code root.next.get(w.substring(from))}, given that substring's {@link String#hashCode}. */
    private Node<V> rootNode(String w, int from, int hash) {
        String[] keys = rootKeys;
        if (keys == null) {
            return null;
        }
        int mask = keys.length - 1;
        int len = w.length() - from;
        int slot = spread(hash) & mask;
        while (keys[slot] != null) {
            if (rootHashes[slot] == hash && rootLen[slot] == len && sameChars(w, from, rootStart[slot], len)) {
                return rootNodes[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** Whether w's chars from {@code from} equal {@code len} chars of {@link #rootChars} from {@code start}. */
    private boolean sameChars(String w, int from, int start, int len) {
        char[] chars = rootChars;
        for (int t = 0; t < len; t++) {
            if (chars[start + t] != w.charAt(from + t)) {
                return false;
            }
        }
        return true;
    }

    private void setBit(String word) {
        setBit(firstWords, word.hashCode());
    }

    private static void setBit(long[] f, int hash) {
        int h = spread(hash) & ((f.length << 6) - 1);
        f[h >>> 6] |= 1L << h;
    }

    /**
     * A bit per hash of the first words that are a whole phrase alone (رويترز), and one per hash of the
     * words that follow a first word (مجلس → الأمن، التعاون ...): most tokens that start a phrase start none
     * here (مجلس alone, then a word no entry continues with), and these two tests, on the hashes
     * {@link TokenFacts} holds, answer null before the readings are walked and the trie probed. Exact in
     * the same way as {@link #firstWords}: a clear bit means no such word.
     */
    private long[] singleWords = new long[8];
    private int singleCount;
    private long[] secondWords = new long[8];
    private int secondCount;

    /** Notes the first word of a one-word phrase, growing the filter as {@link #noteFirst} does. */
    private void noteSingle(String word) {
        singleCount++;
        if (singleCount * 8 > singleWords.length << 6) {
            singleWords = new long[bitsFor(singleCount) >>> 6];
            for (Map.Entry<String, Node<V>> e : root.next.entrySet()) {
                if (e.getValue().value != null) {
                    setBit(singleWords, e.getKey().hashCode());
                }
            }
        }
        setBit(singleWords, word.hashCode());
    }

    /** Notes a word that follows a first word, growing the filter as {@link #noteFirst} does. */
    private void noteSecond(String word) {
        secondCount++;
        if (secondCount * 8 > secondWords.length << 6) {
            secondWords = new long[bitsFor(secondCount) >>> 6];
            for (Node<V> n : root.next.values()) {
                if (n.next != null) {
                    for (String k : n.next.keySet()) {
                        setBit(secondWords, k.hashCode());
                    }
                }
            }
        }
        setBit(secondWords, word.hashCode());
    }

    private static int bitsFor(int words) {
        int bits = 512;
        while (bits < words * 16) {
            bits <<= 1;
        }
        return bits;
    }

    /** Whether a reading hash of token i (stem or key, any reading) passes a filter. */
    private static boolean anyHash(long[] f, TokenFacts facts, int i) {
        for (int k = facts.hashFrom(i), to = facts.hashTo(i); k < to; k++) {
            if (mayStartHash(f, facts.hash(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first hash of token i, or the second when it has one, passes a filter: the bare reading's
     * stem (the token's form) and, when the form starts with an article, its key are token i's first two
     * hashes in {@link TokenFacts} (a form without an article has the next reading's stem second, a superset).
     * {@link #step} reads a token after the first by its form and its key alone, so this answers for the
     * second-word filter as {@link #anyHash} over all readings did, on at most two hashes (a property checks
     * that the answers stay those of the trie walk with continuations written after clitics).
     */
    private static boolean bareHash(long[] f, TokenFacts facts, int i) {
        int k = facts.hashFrom(i);
        return mayStartHash(f, facts.hash(k)) || k + 1 < facts.hashTo(i) && mayStartHash(f, facts.hash(k + 1));
    }

    /*
     * mayEndOrContinue (in match and matchBare): no phrase can start at token i before the limit, given that
     * one of its readings is a first word, when no reading is a whole phrase and token i + 1 (as step reads it:
     * its form or its key, its first two reading hashes, see bareHash) follows no first word.
     */

    /** The word key of a normalised token: without a leading article when at least two letters remain. */
    public static String wordKey(String norm) {
        return Clitics.wordKey(norm);
    }

    /**
     * The token keys of a phrase as the index stores it: each word's normalised form, without a leading
     * article when the entry itself writes one (a bare ا then ل). The raw spelling decides, because after
     * normalisation ألفي (two thousand) and ال+في look the same.
     */
    public static List<String> keys(String phrase) {
        List<String> plain = plainKeys(phrase);
        return plain != null ? plain : normalisedKeys(phrase);
    }

    /**
     * The keys of a phrase in a simple form — words of Arabic letters (the normaliser folding at most
     * أ إ آ ى ة in them) or of ASCII letters, separated by single spaces, as most names in a document are —
     * or null for any other phrase. Equal to {@link #normalisedKeys} for such a phrase (a property checks
     * it): for these characters normalising is a fold of each char and tokenising a split at the spaces,
     * so the linker's names (a few per mention) need not be normalised and tokenised again.
     */
    static List<String> plainKeys(String phrase) {
        int n = phrase.length();
        if (n == 0) {
            return null;
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>(4);
        int from = 0;
        boolean fold = false; // the word has a char the normaliser changes
        int script = 0; // of the word: 1 Arabic, 2 Latin; one word of both is a MIXED token or two tokens
        for (int i = 0; i <= n; i++) {
            char c = i < n ? phrase.charAt(i) : ' ';
            int cs;
            if (c == ' ') {
                if (i == from) {
                    return null; // leading, trailing or double space: the tokeniser's business
                }
                String w = from == 0 && i == n ? phrase : phrase.substring(from, i);
                if (fold) {
                    w = fold(w);
                }
                // the raw spelling decides: a bare ا then ل is an article, أل (folded to ال) is not
                out.add(phrase.charAt(from) == '\u0627' ? wordKey(w) : w);
                from = i + 1;
                fold = false;
                script = 0;
                continue;
            }
            int folded = plainFold(c);
            if (folded < 0) {
                return null;
            }
            cs = folded >>> 16;
            fold |= (char) folded != c;
            if (script != cs && script != 0) {
                return null;
            }
            script = cs;
        }
        return out;
    }

    /**
     * {@code String.join(" ", keys(phrase))}, the key under which the linker merges organisation names:
     * for a phrase {@link #plainKeys} answers, written in one pass into one char array (the fold, the
     * article a bare ا then ل opens, one space between words) without the word list, its substrings and
     * the join; any other phrase the long way. A property checks it against the join.
     */
    public static String joinedKeys(String phrase) {
        int n = phrase.length();
        if (n == 0) {
            return String.join(" ", keys(phrase));
        }
        char[] out = new char[n];
        int o = 0;
        int from = 0; // the word's first char in phrase
        int wordOut = 0; // and in out
        int script = 0; // of the word, as in plainKeys
        for (int i = 0; i <= n; i++) {
            char c = i < n ? phrase.charAt(i) : ' ';
            int cs;
            if (c == ' ') {
                if (i == from) {
                    return String.join(" ", keys(phrase)); // leading, trailing or double space
                }
                // Clitics.wordKey of the folded word when the raw word opens with a bare ا: the fold keeps
                // ا and ل, so the raw chars decide
                if (phrase.charAt(from) == '\u0627' && i - from >= 4 && phrase.charAt(from + 1) == '\u0644') {
                    System.arraycopy(out, wordOut + 2, out, wordOut, o - wordOut - 2);
                    o -= 2;
                }
                if (i < n) {
                    out[o++] = ' ';
                }
                from = i + 1;
                wordOut = o;
                script = 0;
                continue;
            }
            int folded = plainFold(c);
            if (folded < 0) {
                return String.join(" ", keys(phrase));
            }
            cs = folded >>> 16;
            c = (char) folded;
            if (script != cs && script != 0) {
                return String.join(" ", keys(phrase));
            }
            script = cs;
            out[o++] = c;
        }
        return new String(out, 0, o);
    }

    /** {@link #firstKeyHash}'s answer for a phrase without keys (put throws for it): no int hash is negative as a long. */
    public static final long NO_KEY = -1L;

    /**
     * The {@link String#hashCode} of {@code keys(s.substring(from, to)).get(0)}, as a non-negative long, or
     * {@link #NO_KEY} when that phrase has no keys: the hash a token's reading must have
     * ({@link TokenFacts#hash}) for a phrase put under these keys to start at it. For a phrase
     * {@link #plainKeys} answers, worked out over the chars (fold, article) without cutting the phrase or its
     * words; any other the long way. The linker asks it of every name a document gives before it builds that
     * document's index (a property checks it against the keys).
     */
    public static long firstKeyHash(String s, int from, int to) {
        // one pass: the plain test of every word, and the first word's hash as folded, whole (h) and from its
        // third char (bare: what is left when a bare ا then ل opens a word of four or more)
        int wordEnd = -1; // end of the first word
        int start = from;
        int script = 0;
        int h = 0;
        int bare = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : ' ';
            int cs;
            if (c == ' ') {
                if (i == start) {
                    return slowFirstKeyHash(s.substring(from, to)); // leading, trailing or double space
                }
                if (wordEnd < 0) {
                    wordEnd = i;
                }
                start = i + 1;
                script = 0;
                continue;
            }
            int folded = plainFold(c);
            if (folded < 0) {
                return slowFirstKeyHash(s.substring(from, to));
            }
            cs = folded >>> 16;
            c = (char) folded;
            if (script != cs && script != 0) {
                return slowFirstKeyHash(s.substring(from, to));
            }
            script = cs;
            if (wordEnd < 0) {
                h = 31 * h + c;
                if (i >= from + 2) {
                    bare = 31 * bare + c;
                }
            }
        }
        // plainKeys: the folded first word, without the article a bare ا then ل opens (the fold keeps both)
        boolean article = s.charAt(from) == '\u0627' && wordEnd - from >= 4 && s.charAt(from + 1) == '\u0644';
        return (article ? bare : h) & 0xFFFFFFFFL;
    }

    /**
     * {@link #firstKeyHash(String, int, int)} of {@code String.join(" ", words)}, the phrase {@link #putWords}
     * puts: for words it reads as themselves, the first word's key, without the join.
     */
    public static long firstKeyHash(List<String> words) {
        for (int x = 0, n = words.size(); x < n; x++) {
            if (!plainNormalWord(words.get(x))) {
                String phrase = String.join(" ", words);
                return firstKeyHash(phrase, 0, phrase.length());
            }
        }
        if (words.isEmpty()) {
            return NO_KEY; // put of the empty join throws
        }
        String w = words.get(0);
        if (w.length() >= 4 && w.charAt(0) == '\u0627' && w.charAt(1) == '\u0644') {
            int h = 0; // the hash of wordKey(w), without cutting it
            for (int k = 2; k < w.length(); k++) {
                h = 31 * h + w.charAt(k);
            }
            return h & 0xFFFFFFFFL;
        }
        return w.hashCode() & 0xFFFFFFFFL;
    }

    private static long slowFirstKeyHash(String phrase) {
        List<String> keys = keys(phrase);
        return keys.isEmpty() ? NO_KEY : keys.get(0).hashCode() & 0xFFFFFFFFL;
    }

    /** The normaliser's fold of a word {@link #plainKeys} accepts (every char one {@link #plainFold} folds). */
    private static String fold(String w) {
        char[] a = w.toCharArray();
        for (int k = 0; k < a.length; k++) {
            a[k] = (char) plainFold(a[k]);
        }
        return new String(a);
    }

    /**
     * A char of a word {@link #plainKeys} accepts, folded as the normaliser folds it (أ إ آ → ا، ى → ي، ة → ه،
     * A-Z → a-z), with its script above it: {@code 1 << 16 | folded} for an Arabic letter ({@link #plainLetter}
     * or one of those five), {@code 2 << 16 | folded} for a Latin one; -1 for any other char. Every reader of
     * plain words ({@link #plainKeys}, {@link #fold}, {@link #joinedKeys}, {@link #firstKeyHash}) reads each
     * char through it.
     */
    private static int plainFold(char c) {
        if (plainLetter(c)) {
            return 1 << 16 | c;
        }
        if (c == '\u0622' || c == '\u0623' || c == '\u0625') {
            return 1 << 16 | '\u0627';
        }
        if (c == '\u0649') {
            return 1 << 16 | '\u064A';
        }
        if (c == '\u0629') {
            return 1 << 16 | '\u0647';
        }
        if (c >= 'a' && c <= 'z') {
            return 2 << 16 | c;
        }
        if (c >= 'A' && c <= 'Z') {
            return 2 << 16 | (c + 32);
        }
        return -1;
    }

    /** An Arabic letter the normaliser leaves unchanged (not أ إ آ ى ة, not tatweel or a rare variant). */
    private static boolean plainLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' && !(c >= '\u063B' && c <= '\u0640')
                && c != '\u0622' && c != '\u0623' && c != '\u0625' && c != '\u0629' && c != '\u0649';
    }

    /** {@link #keys} the long way: normalise, tokenise, drop an article the entry writes. */
    static List<String> normalisedKeys(String phrase) {
        NormalizedText nt = ArabicNormalizer.normalize(phrase);
        List<Token> tokens = Tokenizer.tokenize(nt);
        java.util.ArrayList<String> out = new java.util.ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String raw = phrase.substring(t.start(), t.end());
            out.add(raw.charAt(0) == '\u0627' ? wordKey(t.norm()) : t.norm());
        }
        return out;
    }

    /**
     * Adds a phrase; returns the value previously stored under the same key, or null.
     *
     * @throws IllegalArgumentException for a phrase without tokens
     */
    public V put(String phrase, V value) {
        List<String> plain = plainKeys(phrase);
        List<String> keys = plain != null ? plain : normalisedKeys(phrase);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("empty phrase: '" + phrase + "'");
        }
        // a phrase in the simple form needs no second normalising and tokenising pass for its article
        return putKeys(keys, plain != null ? plainWritesArticle(phrase, keys.get(0)) : writesArticle(phrase), value);
    }

    /**
     * {@code put(String.join(" ", words), value)} for words that are normalised token forms (a linker's
     * name: a mention's stem and norms, a few per mention in every document), without the join and the
     * split and folding of the joined phrase again. Words of plain letters only ({@link #plainKeys} reads
     * each such word as itself, without its article when it opens with a bare ا); any other list the long
     * way, through the joined phrase. A property checks it against put of the join.
     */
    public V putWords(List<String> words, V value) {
        int n = words.size();
        if (n == 0) {
            return put("", value); // throws, as put of the empty join does
        }
        List<String> keys = words;
        for (int x = 0; x < n; x++) {
            String w = words.get(x);
            if (!plainNormalWord(w)) {
                return put(String.join(" ", words), value);
            }
            String k = w.charAt(0) == '\u0627' ? wordKey(w) : w;
            if (k != w) {
                if (keys == words) {
                    keys = new java.util.ArrayList<>(words);
                }
                keys.set(x, k);
            }
        }
        String first = words.get(0);
        return putKeys(keys, first.charAt(0) == '\u0627' && keys.get(0).length() != first.length(), value);
    }

    /**
     * Whether {@link #plainKeys} reads {@code w} (one word of a phrase) as itself: not empty, and only
     * letters the fold leaves as they are, of one script (Arabic, or lower-case ASCII).
     */
    private static boolean plainNormalWord(String w) {
        int len = w.length();
        if (len == 0) {
            return false;
        }
        boolean arabic = plainLetter(w.charAt(0));
        for (int k = 0; k < len; k++) {
            char c = w.charAt(k);
            if (arabic ? !plainLetter(c) : !(c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #writesArticle} of a phrase {@link #plainKeys} answers, given its first key: its first token
     * is its first word, folded (same length), so it writes an article when it opens with a bare ا and
     * its key lost the two letters ال.
     */
    static boolean plainWritesArticle(String phrase, String firstKey) {
        if (phrase.charAt(0) != '\u0627') {
            return false;
        }
        int space = phrase.indexOf(' ');
        return firstKey.length() != (space < 0 ? phrase.length() : space);
    }

    private V putKeys(List<String> keys, boolean article, V value) {
        Node<V> n = root;
        Node<V> firstNode = null;
        for (int depth = 0; depth < keys.size(); depth++) {
            String k = keys.get(depth);
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            Node<V> child = n.next.get(k);
            if (child == null) {
                child = new Node<>();
                child.depth = depth + 1;
                n.next.put(k, child);
                n.kids |= kidBit(k.hashCode());
                if (depth == 1) {
                    noteSecond(k);
                }
            }
            if (depth == 0) {
                firstNode = child; // root.next's node of the first word, for noteRoot (no second look-up)
            }
            n = child;
        }
        noteFirst(keys.get(0));
        noteRoot(keys.get(0), firstNode);
        n.written |= article ? WRITTEN_ARTICLE : WRITTEN_BARE;
        V old = n.value;
        n.value = value;
        if (old == null) {
            size++;
            if (keys.size() == 1) {
                noteSingle(keys.get(0));
            }
        }
        return old;
    }

    /** Whether a phrase writes an article on its first word, as {@link #keys} reads it (build time only). */
    static boolean writesArticle(String phrase) {
        if (phrase.isEmpty() || phrase.charAt(0) != '\u0627' && !Character.isWhitespace(phrase.charAt(0))) {
            return false; // most entries: no bare alef first, no article (and no normalising pass at build time)
        }
        NormalizedText nt = ArabicNormalizer.normalize(phrase);
        List<Token> tokens = Tokenizer.tokenize(nt);
        if (tokens.isEmpty()) {
            return false;
        }
        Token t = tokens.get(0);
        return phrase.charAt(t.start()) == '\u0627' && !wordKey(t.norm()).equals(t.norm());
    }

    public V get(String phrase) {
        Node<V> n = root;
        for (String k : keys(phrase)) {
            if (n.next == null || (n = n.next.get(k)) == null) {
                return null;
            }
        }
        return n.value;
    }

    public int size() {
        return size;
    }

    /** Single-word lookup of a normalised word, with or without its article. */
    public V getWord(String norm) {
        if (root.next == null) {
            return null;
        }
        Node<V> n = first(norm);
        if ((n == null || n.value == null) && wordKey(norm) != norm) {
            n = first(wordKey(norm));
        }
        return n == null ? null : n.value;
    }

    /**
     * Longest phrase starting at token {@code i} and ending before token {@code limit}, trying every
     * clitic reading of the first token (bare reading first); null when none.
     */
    public Match<V> match(TextAnalysis doc, int i, int limit) {
        if (root.next == null || i >= limit) {
            return null;
        }
        Token first = doc.token(i);
        Match<V> best = null;
        for (Clitics.Analysis a : first.analyses()) {
            Match<V> m = startWith(doc, first(a.stem()), i, limit, a, false);
            if (m != null && (best == null || m.end() > best.end())) {
                best = m;
            }
            String stripped = a.key();
            if (stripped != a.stem()) {
                m = startWith(doc, first(stripped), i, limit, a, true);
                if (m != null && (best == null || m.end() > best.end())) {
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * {@link #match}, answered null at once when {@code facts} (built from a table holding this index's
     * {@link #firstWords} under {@link #fact}) says no reading of token i starts a phrase.
     */
    public Match<V> match(TextAnalysis doc, TokenFacts facts, int i, int limit) {
        return match(doc, facts, i, limit, null);
    }

    /**
     * {@link #match(TextAnalysis, TokenFacts, int, int)} with a caller's scratch array of six ints for the
     * token's clitic offsets (null: a new one), which a caller asking many tokens of one document in one
     * thread keeps: the array was one allocation per look-up that reached the readings.
     */
    public Match<V> match(TextAnalysis doc, TokenFacts facts, int i, int limit, int[] scratch) {
        if (i >= limit || !(fact != 0 ? facts.any(i, fact) : mayStart(facts, i, facts.hashTo(i)))) {
            return null;
        }
        // mayEndOrContinue with the next token first: the walks need that answer too, and it is read once
        boolean next = i + 1 < limit && bareHash(secondWords, facts, i + 1);
        if (!next && !anyHash(singleWords, facts, i)) {
            return null;
        }
        return matchReadings(doc, facts, i, limit, false, next, scratch);
    }

    /**
     * False when {@link #match(TextAnalysis, TokenFacts, int, int)} is sure to answer null at token i (its
     * early answer alone, without reading the token): a caller scanning every token tests this first.
     */
    public boolean mayMatch(TokenFacts facts, int i) {
        return fact != 0 ? facts.any(i, fact) : mayStart(facts, i, facts.hashTo(i));
    }

    /**
     * The first token in [{@code i}, {@code n}) for which {@link #mayMatch} holds, or {@code n}: what a scan
     * testing mayMatch at every token reaches next. For an index without a fact bit (a document's own names)
     * one loop over the reading hashes of the range, which lie one after the other in {@link TokenFacts}:
     * the hashes of most tokens pass no bit, and the per-token bounds and loop are paid only at a token one
     * of whose hashes does.
     */
    public int nextMayMatch(TokenFacts facts, int i, int n) {
        if (fact != 0) {
            while (i < n && !facts.any(i, fact)) {
                i++;
            }
            return i;
        }
        long[] f = firstWords;
        if (f == null || i >= n) {
            return n;
        }
        int mask = (f.length << 6) - 1;
        for (int k = facts.hashFrom(i), end = facts.hashFrom(n); k < end; k++) {
            int h = spread(facts.hash(k)) & mask;
            if ((f[h >>> 6] & (1L << h)) != 0) {
                while (facts.hashTo(i) <= k) {
                    i++; // the token that holds hash k
                }
                return i;
            }
        }
        return n;
    }

    /** Whether a reading hash of token i (up to hash index {@code to}) passes the first-word filter. */
    private boolean mayStart(TokenFacts facts, int i, int to) {
        long[] f = firstWords;
        if (f == null) {
            return false;
        }
        for (int k = facts.hashFrom(i); k < to; k++) {
            if (mayStartHash(f, facts.hash(k))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #matchBare}, with the same early answer as {@link #match(TextAnalysis, TokenFacts, int, int)}. */
    public Match<V> matchBare(TextAnalysis doc, TokenFacts facts, int i, int limit) {
        return matchBare(doc, facts, i, limit, null);
    }

    /** {@link #matchBare(TextAnalysis, TokenFacts, int, int)} with a scratch array, as {@link #match(TextAnalysis, TokenFacts, int, int, int[])}. */
    public Match<V> matchBare(TextAnalysis doc, TokenFacts facts, int i, int limit, int[] scratch) {
        if (i >= limit || !(fact != 0 ? facts.anyBare(i, fact)
                : mayStart(facts, i, Math.min(facts.hashTo(i), facts.hashFrom(i) + 2)))) {
            return null;
        }
        // as in match; the first token read bare has its form and key as its first two hashes too
        boolean next = i + 1 < limit && bareHash(secondWords, facts, i + 1);
        if (!next && !bareHash(singleWords, facts, i)) {
            return null;
        }
        return matchReadings(doc, facts, i, limit, true, next, scratch);
    }

    /**
     * {@link #match} (or {@link #matchBare}) without building the token's clitic readings unless a phrase
     * is found: a token that passes the gate above often starts no whole phrase (مجلس without الأمن), and
     * {@link Token#analyses()} (strings and records for every reading) was the larger part of a look-up.
     * The readings are walked as offsets into the normalised word ({@link Clitics#offsets}, the order of
     * {@link Token#analyses()}), each stem and key tested first by its hash from {@code facts} against the
     * first-word filter, and the winning reading's {@link Clitics.Analysis} is fetched at the end. Same
     * order and ties as {@link #match}, so the same answer.
     */
    private Match<V> matchReadings(TextAnalysis doc, TokenFacts facts, int i, int limit, boolean bareOnly,
            boolean next, int[] scratch) {
        if (root.next == null || i >= limit) {
            return null;
        }
        Token first = doc.token(i);
        String w = first.norm();
        int[] offsets = scratch != null ? scratch : new int[6];
        int readings = bareOnly ? 1 : Clitics.offsets(w, first.type(), offsets);
        offsets[0] = 0; // the bare reading (Clitics.offsets writes it too; a bare look-up skips that call)
        long[] f = firstWords;
        // no phrase goes on past token i when the next token follows no first word: the walks below then
        // stop at their first node without probing its map
        int walkLimit = next ? limit : i + 1; // next: token i + 1 is before the limit and follows a first word
        int h = facts.hashFrom(i); // TokenFacts: per reading the stem's hash, then the key's when it differs
        // the winner as its last node, end and reading: one Match is built, for it alone
        Node<V> best = null;
        int bestEnd = -1;
        int bestReading = -1;
        boolean bestDropped = false;
        // the reading past an article starts where the reading before it has its key (الحزب: key حزب, then
        // the reading ال|حزب; والحزب: و|الحزب's key, then وال|حزب), so its stem was probed as that key: the
        // same node and walk, an end no greater, which the strict test below would not take. Skipped (half
        // the probes and walks of a definite word); a property compares the answers with the trie walk's
        int keyFrom = -1;
        for (int r = 0; r < readings; r++) {
            int from = offsets[r];
            // Clitics.wordKey of the stem: a leading article goes when at least two letters remain
            boolean article = w.length() - from >= 4 && w.charAt(from) == '\u0627' && w.charAt(from + 1) == '\u0644';
            int hs = facts.hash(h++);
            if (from != keyFrom && mayStartHash(f, hs)) {
                Node<V> n = rootNode(w, from, hs);
                Node<V> last = n == null ? null : longest(doc, facts, n, i + 1, walkLimit);
                int e = last == null ? -1 : i + last.depth;
                if (e > bestEnd) {
                    best = last;
                    bestEnd = e;
                    bestReading = r;
                    bestDropped = false;
                }
            }
            int hk = article ? facts.hash(h++) : 0;
            if (article) {
                keyFrom = from + 2;
            }
            if (article && mayStartHash(f, hk)) {
                Node<V> n = rootNode(w, from + 2, hk);
                Node<V> last = n == null ? null : longest(doc, facts, n, i + 1, walkLimit);
                int e = last == null ? -1 : i + last.depth;
                if (e > bestEnd) {
                    best = last;
                    bestEnd = e;
                    bestReading = r;
                    bestDropped = true;
                }
            }
        }
        return best == null ? null
                : new Match<>(best.value, i, bestEnd, first.analyses().get(bestReading), bestDropped, best.written);
    }

    /**
     * The last node with a value on the walk from {@code n} (a first word's node) over the tokens from j, as
     * the phrase walk: the longest phrase found, ending {@link Node#depth} tokens after its first;
     * null when none ends on the way.
     */
    private Node<V> longest(TextAnalysis doc, Node<V> n, int j, int limit) {
        Node<V> best = n.value != null ? n : null;
        while (n.next != null && j < limit) {
            n = step(n, doc.token(j));
            if (n == null) {
                break;
            }
            j++;
            if (n.value != null) {
                best = n;
            }
        }
        return best;
    }

    /**
     * {@link #longest(TextAnalysis, Node, int, int)}, a step asked only when token j's first two reading hashes
     * (its form's and, when the form has an article, its key's: what {@link #step} reads, see
     * {@link #bareHash}) pass the node's {@link Node#kids}: most walks from a first word stop at the next
     * token, and the test is two bit operations on the hashes {@link TokenFacts} holds where the step probes
     * the node's map once or twice. Exact (a property compares the answers with the trie walk's).
     */
    private Node<V> longest(TextAnalysis doc, TokenFacts facts, Node<V> n, int j, int limit) {
        Node<V> best = n.value != null ? n : null;
        while (n.next != null && j < limit) {
            int k = facts.hashFrom(j);
            long bits = kidBit(facts.hash(k));
            if (k + 1 < facts.hashTo(j)) {
                bits |= kidBit(facts.hash(k + 1));
            }
            if ((n.kids & bits) == 0 || (n = step(n, doc.token(j))) == null) {
                break;
            }
            j++;
            if (n.value != null) {
                best = n;
            }
        }
        return best;
    }

    /**
     * The child of n for token t, by its form or else its key, or null: the token's key only when its own
     * form is no continuation (a key is cut on first use).
     */
    private static <V> Node<V> step(Node<V> n, Token t) {
        String norm = t.norm();
        Node<V> exact = n.next.get(norm);
        String stripped;
        return exact != null || (stripped = t.key()) == norm ? exact : n.next.get(stripped);
    }

    /** Like {@link #match} but the first token must be read bare (no proclitic). */
    public Match<V> matchBare(TextAnalysis doc, int i, int limit) {
        if (root.next == null || i >= limit) {
            return null;
        }
        Clitics.Analysis a = doc.token(i).analyses().get(0);
        Match<V> m = startWith(doc, first(a.stem()), i, limit, a, false);
        String stripped = a.key();
        if (stripped != a.stem()) {
            Match<V> n = startWith(doc, first(stripped), i, limit, a, true);
            if (n != null && (m == null || n.end() > m.end())) {
                m = n;
            }
        }
        return m;
    }

    /** The longest phrase from first-word node n at token i ({@link #longest}), as a match headed by reading a. */
    private Match<V> startWith(TextAnalysis doc, Node<V> n, int i, int limit, Clitics.Analysis a, boolean dropped) {
        Node<V> best = n == null ? null : longest(doc, n, i + 1, limit);
        return best == null ? null : new Match<>(best.value, i, i + best.depth, a, dropped, best.written);
    }

    /** Visits every stored value. */
    public void forEach(java.util.function.Consumer<V> action) {
        visit(root, action);
    }

    private static <V> void visit(Node<V> n, java.util.function.Consumer<V> action) {
        if (n.value != null) {
            action.accept(n.value);
        }
        if (n.next != null) {
            for (Node<V> c : n.next.values()) {
                visit(c, action);
            }
        }
    }
}
