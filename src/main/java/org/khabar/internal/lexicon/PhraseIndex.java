package org.khabar.internal.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.internal.text.ArabicNormalizer;
import org.khabar.internal.text.Clitics;
import org.khabar.internal.text.NormalizedText;
import org.khabar.internal.text.TextAnalysis;
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
    }

    /** A match: the value, the first and one-past-last token, and the clitic reading of the first token. */
    public record Match<V>(V value, int first, int end, Clitics.Analysis head) {
        /** Original start of the matched phrase, after any proclitic. */
        public int start() {
            return head.stemStart();
        }
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** The word key of a normalised token: without a leading article when at least two letters remain. */
    public static String wordKey(String norm) {
        if (norm.length() >= 4 && norm.charAt(0) == 'ا' && norm.charAt(1) == 'ل') {
            return norm.substring(2);
        }
        return norm;
    }

    /** The token keys of a phrase as the index sees it. */
    public static List<String> keys(String phrase) {
        NormalizedText nt = ArabicNormalizer.normalize(phrase);
        return Tokenizer.tokenize(nt).stream().map(t -> wordKey(t.norm())).toList();
    }

    /**
     * Adds a phrase; returns the value previously stored under the same key, or null.
     *
     * @throws IllegalArgumentException for a phrase without tokens
     */
    public V put(String phrase, V value) {
        List<String> keys = keys(phrase);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("empty phrase: '" + phrase + "'");
        }
        Node<V> n = root;
        for (String k : keys) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(k, x -> new Node<>());
        }
        V old = n.value;
        n.value = value;
        if (old == null) {
            size++;
        }
        return old;
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

    /** Single-word lookup of a key as produced by {@link #wordKey}. */
    public V getWord(String key) {
        Node<V> n = root.next == null ? null : root.next.get(key);
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
            Node<V> n = root.next.get(wordKey(a.stem()));
            if (n == null) {
                continue;
            }
            Match<V> m = extend(doc, n, i + 1, limit, a, i);
            if (m != null && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        return best;
    }

    /** Like {@link #match} but the first token must be read bare (no proclitic). */
    public Match<V> matchBare(TextAnalysis doc, int i, int limit) {
        if (root.next == null || i >= limit) {
            return null;
        }
        Clitics.Analysis a = doc.token(i).analyses().get(0);
        Node<V> n = root.next.get(wordKey(a.stem()));
        return n == null ? null : extend(doc, n, i + 1, limit, a, i);
    }

    private Match<V> extend(TextAnalysis doc, Node<V> n, int j, int limit, Clitics.Analysis head, int first) {
        Match<V> best = n.value != null ? new Match<>(n.value, first, j, head) : null;
        while (n.next != null && j < limit) {
            n = n.next.get(wordKey(doc.token(j).norm()));
            if (n == null) {
                break;
            }
            j++;
            if (n.value != null) {
                best = new Match<>(n.value, first, j, head);
            }
        }
        return best;
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
