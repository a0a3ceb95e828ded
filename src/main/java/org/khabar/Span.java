package org.khabar;

import java.util.Objects;

/**
 * A half-open stretch {@code [start, end)} of the text given to {@link Khabar#extract(String)}, in UTF-16
 * indices, with the characters it covers: {@code text().equals(document.substring(start, end))} always holds.
 *
 * <p>A span made by {@link #of(String, int, int)} keeps a reference to the document and cuts its text on
 * demand, so thousands of long spans over one large document cost no copies. Immutable; equality is by
 * start, end and text.
 */
public final class Span {
    private final int start;
    private final int end;
    private final String document;
    private final int offset; // where the span's text starts inside {@code document}

    /**
     * A span with its text given directly.
     *
     * @param start first index, inclusive
     * @param end   last index, exclusive
     * @param text  the covered characters
     * @throws IllegalArgumentException when {@code start > end}, {@code start < 0} or the text length differs
     * @throws NullPointerException     when {@code text} is null
     */
    public Span(int start, int end, String text) {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for text of length " + text.length());
        }
        this.start = start;
        this.end = end;
        this.document = text;
        this.offset = -start;
    }

    private Span(String document, int start, int end) {
        this.start = start;
        this.end = end;
        this.document = document;
        this.offset = 0;
    }

    /**
     * The span {@code [start, end)} of {@code document}.
     *
     * @param document the original text
     * @param start    first index, inclusive
     * @param end      last index, exclusive
     * @return the span
     * @throws IndexOutOfBoundsException when the bounds do not fit the document
     * @throws NullPointerException      when {@code document} is null
     */
    public static Span of(String document, int start, int end) {
        Objects.checkFromToIndex(start, end, Objects.requireNonNull(document, "document").length());
        return new Span(document, start, end);
    }

    /** @return the first index, inclusive */
    public int start() {
        return start;
    }

    /** @return the last index, exclusive */
    public int end() {
        return end;
    }

    /** @return the covered characters of the original document */
    public String text() {
        return document.substring(start + offset, end + offset);
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

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Span)) {
            return false;
        }
        Span s = (Span) o;
        return start == s.start && end == s.end
                && document.regionMatches(start + offset, s.document, s.start + s.offset, end - start);
    }

    @Override
    public int hashCode() {
        int h = 31 * start + end;
        int n = Math.min(end - start, 16); // a bounded prefix: hashing stays O(1) for long spans
        for (int i = 0; i < n; i++) {
            h = 31 * h + document.charAt(start + offset + i);
        }
        return h;
    }

    /** @return {@code Span[start=S, end=E, text=T]} */
    @Override
    public String toString() {
        return "Span[start=" + start + ", end=" + end + ", text=" + text() + "]";
    }
}
