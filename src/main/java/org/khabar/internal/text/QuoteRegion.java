package org.khabar.internal.text;

/**
 * A quoted stretch: the token of the opening mark, the token of the closing mark ({@code -1} when the
 * quote is never closed on its line), and the original span of the words inside.
 *
 * @param open     token index of the opening mark
 * @param close    token index of the closing mark, or -1 when unclosed
 * @param opener   the opening character as written (normalised)
 * @param start    original start of the inside: its first token, or just after the mark when empty
 * @param end      original end of the inside (just before the closing mark, or the end of the line)
 * @param lastInner index of the last token inside (open when the quote is empty)
 */
public record QuoteRegion(int open, int close, char opener, int start, int end, int lastInner) {
    public boolean closed() {
        return close >= 0;
    }

    /** Whether token {@code t} lies strictly inside the marks. */
    public boolean contains(int t) {
        return t > open && t <= lastInner;
    }
}
