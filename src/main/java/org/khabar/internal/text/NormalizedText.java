package org.khabar.internal.text;

/**
 * The result of {@link ArabicNormalizer#normalize}: the folded text and, for each of its characters, the
 * half-open span of the original text it came from. Spans are monotone: a later normalised character
 * never maps before an earlier one.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] start;
    private final int[] end;

    NormalizedText(String original, String text, int[] start, int[] end, int length) {
        this.original = original;
        this.text = text;
        // null arrays: the identity map (character i came from original [i, i + 1)); longer arrays are
        // kept as they are, only their first length entries are read
        this.start = start;
        this.end = end;
    }

    /** The text as it was given. */
    public String original() {
        return original;
    }

    /** The folded text. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original index where normalised character {@code i} starts. */
    public int originalStart(int i) {
        return start == null ? i : start[i];
    }

    /** Original index just after normalised character {@code i}, including marks that belong to it. */
    public int originalEnd(int i) {
        return end == null ? i + 1 : end[i];
    }

    /**
     * Maps a half-open normalised span to the original: [start of its first char, end of its last char).
     * An empty span maps to an empty span at the position of the next character.
     */
    public int toOriginalStart(int normStart) {
        if (normStart >= text.length()) {
            return original.length();
        }
        return originalStart(normStart);
    }

    public int toOriginalEnd(int normEnd) {
        if (normEnd <= 0) {
            return text.isEmpty() ? 0 : originalStart(0);
        }
        return originalEnd(normEnd - 1);
    }
}
