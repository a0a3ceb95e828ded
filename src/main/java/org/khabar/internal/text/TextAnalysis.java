package org.khabar.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The text layer of one document: original text, normalised text with its offset map, tokens, quote
 * regions and sentences. Built once per call to the extractor and then only read.
 */
public final class TextAnalysis {

    /** Quotes nested deeper than this are treated as plain marks: bounded work on adversarial input. */
    static final int MAX_QUOTE_DEPTH = 16;

    /** Latin abbreviations whose full stop ends no sentence (normalised, lower case). */
    private static final Set<String> LATIN_ABBREVIATIONS = org.khabar.internal.text.WordSet.of(
            "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "st", "jr", "sr", "vs", "no", "gen", "sen");
    /** Arabic one-letter titles before a name: د. (doctor), أ. (professor). */
    private static final Set<String> ARABIC_TITLE_LETTERS = org.khabar.internal.text.WordSet.of("د", "ا");

    private final String original;
    private final NormalizedText normalized;
    private final List<Token> tokens;
    /**
     * The same tokens as an array: {@link #token(int)} is the hottest call of every rule, and the quote and
     * sentence passes read it too (through the list view they took twice as long).
     */
    private final Token[] tokenArray;
    /** Each token's type, in one array: the rules ask it of most tokens, and this spares loading the Token. */
    private final TokenType[] types;
    private final List<QuoteRegion> quotes;
    private final List<Sentence> sentences;
    /** For each token, the index of the innermost quote region containing it, or -1. */
    private final int[] quoteOf;
    /** For each token, the index of the quote region its mark opens, or -1. */
    private final int[] openedAt;
    /** Whether a token is the closing mark of a region, and whether it lies inside a closed region. */
    private final boolean[] closesAt;
    private final boolean[] inClosed;
    /** The tokens looked up in the last table asked for (one per engine; a document meets one engine). */
    private TokenFacts facts;

    private TextAnalysis(String original) {
        this.original = original;
        this.normalized = ArabicNormalizer.normalize(original);
        this.tokenArray = Tokenizer.tokenizeToArray(normalized);
        this.tokens = java.util.Collections.unmodifiableList(java.util.Arrays.asList(tokenArray)); // a view, no copy
        this.types = new TokenType[tokenArray.length];
        for (int i = 0; i < tokenArray.length; i++) {
            types[i] = tokenArray[i].type();
        }
        this.quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        this.openedAt = new int[tokens.size()];
        Arrays.fill(openedAt, -1);
        this.closesAt = new boolean[tokens.size()];
        this.inClosed = new boolean[tokens.size()];
        this.quotes = findQuotes();
        for (int q = 0; q < quotes.size(); q++) {
            openedAt[quotes.get(q).open()] = q;
            if (quotes.get(q).closed()) {
                closesAt[quotes.get(q).close()] = true;
            }
        }
        this.sentences = split();
    }

    /**
     * The tokens' facts in {@code table}, computed on first use and kept for the same table. Not
     * thread-safe, like the rest of one call's state: a document is analysed by one thread.
     */
    public TokenFacts facts(WordFacts table) {
        TokenFacts f = facts;
        if (f == null || f.table != table) {
            f = new TokenFacts(table, tokens, normalized.chars);
            facts = f;
        }
        return f;
    }

    public static TextAnalysis of(String text) {
        return new TextAnalysis(Objects.requireNonNull(text, "text"));
    }

    public String original() {
        return original;
    }

    public NormalizedText normalized() {
        return normalized;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** {@code token(i).type()}, from an array. */
    public TokenType type(int i) {
        return types[i];
    }

    public Token token(int i) {
        return tokenArray[i];
    }

    public int size() {
        return tokenArray.length;
    }

    public List<QuoteRegion> quotes() {
        return quotes;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The innermost quote region around token {@code t}, or null. */
    public QuoteRegion quoteAround(int t) {
        int q = quoteOf[t];
        return q < 0 ? null : quotes.get(q);
    }

    /** The quote region that opens at token {@code t}, or null. */
    public QuoteRegion quoteOpenedAt(int t) {
        int q = t >= 0 && t < openedAt.length ? openedAt[t] : -1;
        return q < 0 ? null : quotes.get(q);
    }

    /** Family of a quote character: pairs “” „, «», ‹›, ‘’ and the symmetric " and '. */
    private static int family(char c) {
        switch (c) {
            case '"': return 0;
            case '\u201C': case '\u201D': case '\u201E': return 1;
            case '\u00AB': case '\u00BB': return 2;
            case '\u2039': case '\u203A': return 3;
            case '\'': return 4;
            case '\u2018': case '\u2019': return 5;
            default: return -1;
        }
    }

    private static boolean isCloser(char c) {
        return c == '\u201D' || c == '\u00BB' || c == '\u203A' || c == '\u2019';
    }

    /**
     * Where the words inside a quote begin: the first inner token, so that a space after the mark
     * (« الاقتصاد قوي ») is not part of the quoted content; just after the mark when the quote is empty.
     */
    private int innerStart(int open, int lastInner) {
        return lastInner > open ? tokenArray[open + 1].start() : tokenArray[open].end();
    }

    private List<QuoteRegion> findQuotes() {
        List<QuoteRegion> out = new ArrayList<>();
        int[] stack = new int[MAX_QUOTE_DEPTH];
        int depth = 0;
        int n = tokenArray.length;
        for (int t = 0; t <= n; t++) {
            boolean lineEnd = t == n || tokenArray[t].newlineBefore();
            if (lineEnd) {
                // quotes left open at the end of a line are unclosed: they end with the line
                while (depth > 0) {
                    int o = stack[--depth];
                    int last = t - 1;
                    int end = last > o ? tokenArray[last].end() : tokenArray[o].end();
                    out.add(new QuoteRegion(o, -1, tokenArray[o].norm().charAt(0), innerStart(o, last), end, last));
                }
                if (t == n) {
                    break;
                }
            }
            Token tok = tokenArray[t];
            if (tok.type() != TokenType.QUOTE) {
                continue;
            }
            char c = tok.norm().charAt(0);
            int fam = family(c);
            int match = -1;
            for (int k = depth - 1; k >= 0; k--) {
                if (family(tokenArray[stack[k]].norm().charAt(0)) == fam) {
                    match = k;
                    break;
                }
            }
            boolean symmetric = fam == 0 || fam == 4;
            boolean closes = match >= 0 && (symmetric || isCloser(c) || c != tokenArray[stack[match]].norm().charAt(0));
            if (closes) {
                // marks opened after the match and never closed become unclosed regions ending here
                while (depth - 1 > match) {
                    int o = stack[--depth];
                    out.add(new QuoteRegion(o, -1, tokenArray[o].norm().charAt(0), innerStart(o, t - 1),
                            tokenArray[t - 1].end(), t - 1));
                }
                int o = stack[--depth];
                int inner = t - 1;
                int s = innerStart(o, inner);
                int e = inner > o ? tokenArray[inner].end() : s;
                out.add(new QuoteRegion(o, t, tokenArray[o].norm().charAt(0), s, e, inner));
            } else if (depth < MAX_QUOTE_DEPTH) {
                stack[depth++] = t;
            }
        }
        out.sort((a, b) -> a.open() != b.open() ? Integer.compare(a.open(), b.open())
                : Integer.compare(b.lastInner(), a.lastInner()));
        // innermost region per token in one sweep (regions nest: a stack discipline made them), so the
        // work stays linear however many quote marks the text holds
        int[] active = new int[out.size() + 1];
        int[] closedBelow = new int[out.size() + 2]; // closed regions in active[0..k)
        int top = 0;
        int next = 0;
        for (int t = 0; t < n; t++) {
            while (top > 0 && out.get(active[top - 1]).lastInner() < t) {
                top--;
            }
            while (next < out.size() && out.get(next).open() < t) {
                if (out.get(next).lastInner() >= t) {
                    while (top > 0 && out.get(active[top - 1]).lastInner() < out.get(next).lastInner()
                            && out.get(active[top - 1]).lastInner() < t) {
                        top--;
                    }
                    closedBelow[top + 1] = closedBelow[top] + (out.get(next).closed() ? 1 : 0);
                    active[top++] = next;
                }
                next++;
            }
            quoteOf[t] = top > 0 ? active[top - 1] : -1;
            inClosed[t] = closedBelow[top] > 0;
        }
        return List.copyOf(out);
    }

    private List<Sentence> split() {
        List<Sentence> out = new ArrayList<>();
        int n = tokenArray.length;
        int first = 0;
        for (int t = 0; t < n; t++) {
            Token tok = tokenArray[t];
            if (t > first && tok.newlineBefore()) {
                add(out, first, t);
                first = t;
            }
            boolean quoteEndsSentence = t > first && closesQuote(t) && isTerminal(tokenArray[t - 1])
                    && !insideClosedQuote(t) && (t + 1 >= n || tokenArray[t + 1].isWord());
            if (quoteEndsSentence) {
                // «انتهى الأمر.» ثم — the stop inside the closing quote ends the sentence with the quote
                add(out, first, t + 1);
                first = t + 1;
                continue;
            }
            if (!isTerminal(tok) || isAbbreviation(t) || insideClosedQuote(t)) {
                continue;
            }
            // a run of terminal marks and the closing quotes right after them stay with the sentence
            int e = t + 1;
            while (e < n && !tokenArray[e].newlineBefore()
                    && (isTerminal(tokenArray[e]) || closesQuote(e))) {
                e++;
            }
            add(out, first, e);
            first = e;
            t = e - 1;
        }
        if (first < n) {
            add(out, first, n);
        }
        return List.copyOf(out);
    }

    private void add(List<Sentence> out, int first, int end) {
        if (end > first) {
            out.add(new Sentence(out.size(), first, end, tokenArray[first].start(), tokenArray[end - 1].end()));
        }
    }

    private static boolean isTerminal(Token t) {
        if (t.type() != TokenType.PUNCT) {
            return false;
        }
        String s = t.norm();
        if (s.length() != 1) {
            return false;
        }
        switch (s.charAt(0)) {
            case '.': case '!': case '?': case '؟': case '…': case '۔':
                return true;
            default:
                return false;
        }
    }

    /**
     * A full stop glued to an abbreviation ends no sentence: Mr. Inc. U.S. ق.م. and د./أ. before a name.
     * A stop followed by a line break always ends the sentence.
     */
    private boolean isAbbreviation(int t) {
        int n = tokenArray.length;
        Token dot = tokenArray[t];
        if (!dot.norm().equals(".") || dot.spaceBefore() || t == 0 || t + 1 >= n || tokenArray[t + 1].newlineBefore()) {
            return false;
        }
        if (letterDot(t)) {
            return true;
        }
        Token prev = tokenArray[t - 1];
        if (!prev.isWord()) {
            return false;
        }
        String p = prev.norm();
        if (prev.type() == TokenType.LATIN && LATIN_ABBREVIATIONS.contains(p)) { // Latin only: no hash of every Arabic word
            return true;
        }
        if (p.length() != 1) {
            return false;
        }
        Token next = tokenArray[t + 1];
        boolean letterDotBefore = t >= 2 && !prev.spaceBefore() && tokenArray[t - 2].norm().equals(".");
        boolean letterDotAfter = !next.spaceBefore() && next.isWord() && next.norm().length() == 1
                && t + 2 < n && tokenArray[t + 2].norm().equals(".");
        if (letterDotBefore || letterDotAfter) {
            return true; // U.S. — ق.م.
        }
        return ARABIC_TITLE_LETTERS.contains(p) && next.type() == TokenType.ARABIC;
    }

    /**
     * A full stop inside an acronym spelled with letter names (سي.إن.إن، بي. بي. سي، الكي. جي. بي.): glued
     * to a letter name, with a letter name after it that is itself followed by a glued stop or is preceded by
     * another letter and stop. "قال مسؤول في بي. إن الأمر" ends the sentence: a lone إن after a space is the word.
     */
    private boolean letterDot(int t) {
        int n = tokenArray.length;
        Token dot = tokenArray[t];
        if (dot.spaceBefore() || t == 0 || t + 1 >= n || tokenArray[t + 1].newlineBefore()) {
            return false;
        }
        Token prev = tokenArray[t - 1];
        Token next = tokenArray[t + 1];
        if (prev.type() != TokenType.ARABIC || next.type() != TokenType.ARABIC || !LetterNames.isWithArticle(prev.norm())
                || !LetterNames.is(next.norm())) {
            return false;
        }
        boolean dotAfterNext = t + 2 < n && !tokenArray[t + 2].spaceBefore() && tokenArray[t + 2].norm().equals(".");
        boolean chainBefore = t >= 3 && tokenArray[t - 2].norm().equals(".") && !tokenArray[t - 2].spaceBefore()
                && LetterNames.isWithArticle(tokenArray[t - 3].norm());
        if (dotAfterNext) {
            return true;
        }
        return chainBefore && (!next.spaceBefore() || !LetterNames.alsoWord(next.norm()));
    }

    private boolean insideClosedQuote(int t) {
        return inClosed[t];
    }

    private boolean closesQuote(int t) {
        return closesAt[t];
    }

}
