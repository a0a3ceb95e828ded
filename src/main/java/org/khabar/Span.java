package org.khabar;

import java.util.Objects;

/**
 * A half-open stretch {@code [start, end)} of the text given to {@link Khabar#extract(String)}, in UTF-16
 * indices, with the characters it covers: {@code text.equals(document.substring(start, end))} always holds.
 *
 * @param start first index, inclusive
 * @param end   last index, exclusive
 * @param text  the covered characters of the original document
 */
public record Span(int start, int end, String text) {

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException when {@code start > end}, {@code start < 0} or the text length differs
     * @throws NullPointerException     when {@code text} is null
     */
    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for text of length " + text.length());
        }
    }

    /**
     * The span {@code [start, end)} of {@code document}.
     *
     * @param document the original text
     * @param start    first index, inclusive
     * @param end      last index, exclusive
     * @return the span with its text
     * @throws IndexOutOfBoundsException when the bounds do not fit the document
     */
    public static Span of(String document, int start, int end) {
        return new Span(start, end, document.substring(start, end));
    }

    /** @return {@code end - start} */
    public int length() {
        return end - start;
    }

    /**
     * @param other another span
     * @return whether the two spans share at least one character
     */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /**
     * @param other another span
     * @return whether {@code other} lies inside this span
     */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
