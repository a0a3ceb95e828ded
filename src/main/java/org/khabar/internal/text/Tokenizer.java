package org.khabar.internal.text;

import java.util.List;

/**
 * Splits normalised text into tokens in one left-to-right pass (no regex): Arabic words, Latin words,
 * numbers with inner separators, quote marks, symbols and single punctuation characters. White space
 * separates tokens and is not a token. Every token's original span comes from the offset map.
 */
public final class Tokenizer {

    private Tokenizer() {}

    public static List<Token> tokenize(NormalizedText nt) {
        return java.util.Arrays.asList(tokenizeToArray(nt));
    }

    /** The tokens in an array of their exact number (what {@link TextAnalysis} keeps). */
    static Token[] tokenizeToArray(NormalizedText nt) {
        // the folded chars as an array (see NormalizedText.chars): every char of the text is read here
        char[] s = nt.chars;
        int n = nt.length();
        Out out = new Out(Math.max(16, n / 4));
        boolean space = true;
        boolean newline = false;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (isSpace(c)) {
                space = true;
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                    newline = true;
                }
                i++;
                continue;
            }
            int j = token(nt, s, n, i, space, newline, out);
            space = false;
            newline = false;
            i = j;
        }
        return out.size == out.tokens.length ? out.tokens : java.util.Arrays.copyOf(out.tokens, out.size);
    }

    /**
     * The tokens read so far: an array grown by doubling and cut to size once, in place of an ArrayList whose
     * growth and final toArray copied every token reference again (a text has about one token per 5 chars).
     */
    private static final class Out {
        Token[] tokens;
        int size;

        Out(int capacity) {
            tokens = new Token[capacity];
        }

        void add(Token t) {
            if (size == tokens.length) {
                tokens = java.util.Arrays.copyOf(tokens, size * 2);
            }
            tokens[size++] = t;
        }
    }

    /**
     * Reads the token at i (not white space) into {@code out} and returns its end. A method of its own, called
     * once per token, so the JIT compiles it as soon as it is hot: inside the loop of tokenize (called once per
     * document) it could only be compiled on-stack, and such compiles were seen starved for a JVM's whole life
     * on a busy 2-core machine (see TokenFacts).
     */
    private static int token(NormalizedText nt, char[] s, int n, int i, boolean space, boolean newline, Out out) {
        char c = s[i];
        int j;
        TokenType type;
        if (isDigit(c)) {
            j = scanNumber(s, n, i);
            type = TokenType.NUMBER;
        } else if (bit(ARABIC_LETTER, c)) {
            j = i + 1;
            while (j < n && isArabicLetterOrMark(s[j])) {
                j++;
            }
            type = TokenType.ARABIC;
            // وRipple, لـCoinbase: proclitics glued to a Latin word make one token
            if (j < n && isLatinLetter(s[j]) && isProcliticRun(s, i, j)) {
                j = scanLatin(s, n, j);
                type = TokenType.MIXED;
            }
        } else if (isLetter(c) || (Character.isHighSurrogate(c) && i + 1 < n
                && Character.isLetter(Character.toCodePoint(c, s[i + 1])))) {
            j = scanLatin(s, n, i);
            type = TokenType.LATIN;
        } else if (bit(QUOTE_MARKS, c) && !isApostrophe(s, n, i)) {
            j = i + 1;
            type = TokenType.QUOTE;
        } else {
            j = i + 1;
            if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(s[j])) {
                j++;
            }
            type = bit(CURRENCY_SIGNS, c) ? TokenType.SYMBOL : TokenType.PUNCT;
        }
        // never split the expansion of one original character (‥ → "..", ⑵ → "(2)") across tokens
        // (only an expansion makes two chars share a start: without one the test is always false)
        while (nt.expanded && j < n && nt.originalStart(j) == nt.originalStart(j - 1)) {
            j++;
        }
        int start = nt.originalStart(i);
        int end = nt.originalEnd(j - 1);
        out.add(new Token(out.size, type, new String(s, i, j - i), start, end, space, newline, nt, i));
        return j;
    }

    /**
     * {@code Clitics.isArabic(c) && isLetterOrMark(c)} for every char, one bit each (8 KB): the test runs on
     * every character of every Arabic word, and the character-database look-ups behind it do not need to.
     */
    private static final long[] ARABIC_LETTER_OR_MARK = charBits(c -> Clitics.isArabic(c) && isLetterOrMark(c));
    /** {@code Clitics.isArabic(c) && isLetter(c)}: the first test on every token's first char. */
    private static final long[] ARABIC_LETTER = charBits(c -> Clitics.isArabic(c) && isLetter(c));
    /**
     * {@link #isSpace} (8 KB): asked of every space and of every token's first char, where the character
     * database was read twice (isWhitespace, isSpaceChar) to say no.
     */
    private static final long[] SPACES = charBits(Tokenizer::isSpaceChar);

    /**
     * {@link #isQuote} and {@code Character.getType(c) == CURRENCY_SYMBOL} as bits (8 KB each): every
     * punctuation token asks both, and a bit costs less than the switch and the character database.
     */
    private static final long[] QUOTE_MARKS = charBits(Tokenizer::isQuote);
    private static final long[] CURRENCY_SIGNS = charBits(c -> Character.getType(c) == Character.CURRENCY_SYMBOL);

    private interface CharTest {
        boolean test(char c);
    }

    /** One bit per char: whether {@code test} holds for it. */
    private static long[] charBits(CharTest test) {
        long[] bits = new long[1 << 10];
        for (int c = 0; c < 0x10000; c++) {
            if (test.test((char) c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /**
     * {@code bit(ARABIC_LETTER_OR_MARK, c)} with the basic Arabic letters (U+0621..U+064A, the chars of nearly
     * every word once normalised) answered by a range test, without the table.
     */
    static boolean isArabicLetterOrMark(char c) {
        return c >= '\u0621' && c <= '\u064A' || bit(ARABIC_LETTER_OR_MARK, c);
    }

    private static boolean bit(long[] set, char c) {
        return (set[c >>> 6] & (1L << c)) != 0;
    }

    static boolean isSpace(char c) {
        return bit(SPACES, c);
    }

    /** What {@link #isSpace} answers, from the character database. */
    static boolean isSpaceChar(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c);
    }

    private static boolean isLetterOrMark(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && !Clitics.isArabic(c);
    }

    /** Letters and digits of a non-Arabic word, with inner marks; stops at Arabic letters. */
    private static int scanLatin(char[] s, int n, int i) {
        int j = i;
        while (j < n) {
            char c = s[j];
            if (Character.isHighSurrogate(c) && j + 1 < n && Character.isLowSurrogate(s[j + 1])) {
                int cp = Character.toCodePoint(c, s[j + 1]);
                if (Character.isLetterOrDigit(cp)) {
                    j += 2;
                    continue;
                }
                break;
            }
            if (Clitics.isArabic(c) || !(isLetterOrMark(c) || isDigit(c))) {
                break;
            }
            j++;
        }
        return Math.max(j, i + 1);
    }

    /** Digits with single inner separators followed by a digit: 1,000.5 — 14ر1 — 2.5. */
    private static int scanNumber(char[] s, int n, int i) {
        int j = i;
        while (j < n) {
            char c = s[j];
            if (isDigit(c)) {
                j++;
            } else if ((c == ',' || c == '.' || c == 'ر') && j + 1 < n && isDigit(s[j + 1])) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static final String PROCLITIC_RUNS = "|و|ف|ب|ل|ك|وب|ول|وك|فب|فل|فك|ال|وال|فال|بال|كال|لل|ولل|فلل|وبال|فبال|";

    private static boolean isProcliticRun(char[] s, int i, int j) {
        if (j - i > 4) {
            return false;
        }
        return PROCLITIC_RUNS.contains("|" + new String(s, i, j - i) + "|");
    }

    static boolean isQuote(char c) {
        switch (c) {
            case '"': case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB':
            case '\'': case '\u2018': case '\u2019': case '\u2039': case '\u203A':
                return true;
            default:
                return false;
        }
    }

    /** ' or ’ between two letters is an apostrophe (O'Brien), not a quote mark. */
    private static boolean isApostrophe(char[] s, int n, int i) {
        char c = s[i];
        if (c != '\'' && c != '\u2019') {
            return false;
        }
        return i > 0 && i + 1 < n && Character.isLetter(s[i - 1]) && Character.isLetter(s[i + 1]);
    }
}
