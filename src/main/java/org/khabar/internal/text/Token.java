package org.khabar.internal.text;

import java.util.List;

/**
 * One token: its kind, its folded text, its span in the normalised text and in the ORIGINAL text, and
 * (for Arabic and mixed tokens) the possible proclitic analyses. Immutable once built.
 */
public final class Token {
    private final int index;
    private final TokenType type;
    private final String norm;
    private final int start;
    private final int end;
    private final boolean spaceBefore;
    private final boolean newlineBefore;
    private final NormalizedText source;
    private final int normStart;
    private List<Clitics.Analysis> analyses; // lazily computed, benign race: same value every time
    private String key; // likewise

    Token(int index, TokenType type, String norm, int start, int end, boolean spaceBefore, boolean newlineBefore,
            NormalizedText source, int normStart) {
        this.source = source;
        this.normStart = normStart;
        this.index = index;
        this.type = type;
        this.norm = norm;
        this.start = start;
        this.end = end;
        this.spaceBefore = spaceBefore;
        this.newlineBefore = newlineBefore;
    }

    /** Position in the document's token list. */
    public int index() {
        return index;
    }

    public TokenType type() {
        return type;
    }

    /** The normalised text of the token (folded, lower-cased Latin). */
    public String norm() {
        return norm;
    }

    /** Start in the original text. */
    public int start() {
        return start;
    }

    /** End (exclusive) in the original text. */
    public int end() {
        return end;
    }

    /** Whether white space (or the start of the text) separates this token from the previous one. */
    public boolean spaceBefore() {
        return spaceBefore;
    }

    /** Whether a line break lies between the previous token and this one. */
    public boolean newlineBefore() {
        return newlineBefore;
    }

    /** Start in the normalised text. */
    public int normStart() {
        return normStart;
    }

    /** Original start of the k-th normalised character of this token. */
    int originalStartOfChar(int k) {
        return source.originalStart(normStart + k);
    }

    /** The normalised text without a leading article ({@link Clitics#wordKey}), computed once. */
    public String key() {
        String k = key;
        if (k == null) {
            k = Clitics.wordKey(norm);
            key = k;
        }
        return k;
    }

    public boolean isWord() {
        return type == TokenType.ARABIC || type == TokenType.LATIN || type == TokenType.MIXED;
    }

    public boolean is(String normalised) {
        return norm.equals(normalised);
    }

    /**
     * Proclitic analyses, the bare reading first. For Latin and other tokens, only the bare reading.
     */
    public List<Clitics.Analysis> analyses() {
        List<Clitics.Analysis> a = analyses;
        if (a == null) {
            a = Clitics.analyze(this);
            analyses = a;
        }
        return a;
    }

    /**
     * Builds the {@link #analyses()} from the token's {@link Clitics#offsets}, unless built already:
     * {@link TokenFacts} computes those offsets for every token and builds the readings there, while the
     * word is in cache. About half a document's tokens get asked for their readings by some rule, each
     * later, after the rules have read much else: built on that first call, the readings took three to
     * four times as long per token (JFR: Token.analyses, Clitics.offsets reading the word again).
     */
    void analyses(int[] offsets, int n) {
        if (analyses == null) {
            analyses = Clitics.analyze(this, offsets, n);
        }
    }

    /** The longest-prefix reading whose stem is at least two characters long. */
    public Clitics.Analysis deepest() {
        List<Clitics.Analysis> a = analyses();
        return a.get(a.size() - 1);
    }

    @Override
    public String toString() {
        return type + ":" + norm + "@" + start + "-" + end;
    }
}
