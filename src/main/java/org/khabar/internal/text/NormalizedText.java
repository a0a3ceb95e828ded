package org.khabar.internal.text;

import java.util.Arrays;

/**
 * The result of {@link ArabicNormalizer#normalize}: the folded text and, for each of its characters, the
 * half-open span of the original text it came from. Spans are monotone: a later normalised character
 * never maps before an earlier one.
 */
public final class NormalizedText {
    private final String original;
    /**
     * The folded text as a String, made on first use: the extractor reads {@link #chars} and the tokens, and
     * a copy of the whole document was about 4 % of the bytes it allocated. A benign race: every thread that
     * makes it makes an equal String.
     */
    private String text;
    private final int length;
    /** The offset map; null for the identity map (character i came from original [i, i + 1)). */
    private final Segments segments;
    /**
     * The folded chars (at least {@code length} of them; never written
     * after construction): the tokenizer and {@link TokenFacts} read every char of the text, and array reads
     * spare String.charAt's coder and bounds checks on each. Package-private, never handed out.
     */
    final char[] chars;
    /**
     * Whether some original code point became several chars (an expansion such as ﻻ → لا): without one,
     * every char starts at its own original offset, and the tokenizer need not ask whether a token's last
     * char shares its start with the next one.
     */
    final boolean expanded;

    NormalizedText(String original, char[] chars, int length, Segments segments) {
        this.original = original;
        this.chars = chars;
        this.length = length;
        this.segments = segments;
        if (segments != null) {
            segments.length = length;
        }
        this.expanded = segments != null && segments.grouped;
    }

    /** The text as it was given. */
    public String original() {
        return original;
    }

    /** The folded text. */
    public String text() {
        String t = text;
        if (t == null) {
            t = new String(chars, 0, length);
            text = t;
        }
        return t;
    }

    public int length() {
        return length;
    }

    /** Original index where normalised character {@code i} starts. */
    public int originalStart(int i) {
        return segments == null ? i : segments.start(i);
    }

    /** Original index just after normalised character {@code i}, including marks that belong to it. */
    public int originalEnd(int i) {
        return segments == null ? i + 1 : segments.end(i);
    }

    /**
     * Maps a half-open normalised span to the original: [start of its first char, end of its last char).
     * An empty span maps to an empty span at the position of the next character.
     */
    public int toOriginalStart(int normStart) {
        if (normStart >= length) {
            return original.length();
        }
        return originalStart(normStart);
    }

    public int toOriginalEnd(int normEnd) {
        if (normEnd <= 0) {
            return length == 0 ? 0 : originalStart(0);
        }
        return originalEnd(normEnd - 1);
    }

    /**
     * The offset map as segments of consecutive normalised characters, written in text order. A run: its
     * k-th char came from original [from + k, from + k + 1), except that its last char ends at {@code end}
     * (later than from + count when marks that belong to it were dropped, or a surrogate pair made it). A
     * group: all its chars came from one original code point [from, end), an expansion such as ﻻ → لا.
     * Looked up by binary search over the segments' first indexes: a document with m dropped marks has
     * about 2m segments, where a per-char map took two ints for every character.
     */
    static final class Segments {
        private int[] firstChar = new int[8];
        private int[] from = new int[8];
        private int[] end = new int[8];
        private boolean[] group = new boolean[8];
        private int count;
        private int length;
        /** Whether {@link #group} was called: some chars share one original code point. */
        private boolean grouped;
        /**
         * The segment of the last look-up: callers (the tokenizer, clitic readings) ask in text order, so the
         * next answer is nearly always in it or the one after. A hint only, checked before use, so a stale
         * value from another thread costs a binary search, never a wrong answer.
         */
        private int hint;

        /** {@code chars} chars from normalised index {@code at}, one to one from original {@code origin}. */
        void run(int at, int origin, int chars) {
            if (chars == 0) {
                return;
            }
            int last = count - 1;
            if (last >= 0 && !group[last] && end[last] == from[last] + (at - firstChar[last]) && end[last] == origin) {
                end[last] += chars; // continues the previous run, whose last char had no marks
                return;
            }
            add(at, origin, origin + chars, false);
        }

        /** One char at normalised index {@code at} from original [origin, to). */
        void one(int at, int origin, int to) {
            if (to == origin + 1) {
                run(at, origin, 1);
            } else {
                add(at, origin, to, false); // a surrogate pair folded to one char
            }
        }

        /** The chars of one expansion, from normalised index {@code at}, all from original [origin, to). */
        void group(int at, int origin, int to) {
            grouped = true;
            add(at, origin, to, true);
        }

        /** A dropped mark that belongs to the last code point appended extends its span to {@code to}. */
        void attach(int to) {
            if (count > 0) {
                end[count - 1] = to;
            }
        }

        private void add(int at, int origin, int to, boolean isGroup) {
            if (count == firstChar.length) {
                int cap = count * 2;
                firstChar = Arrays.copyOf(firstChar, cap);
                from = Arrays.copyOf(from, cap);
                end = Arrays.copyOf(end, cap);
                group = Arrays.copyOf(group, cap);
            }
            firstChar[count] = at;
            from[count] = origin;
            end[count] = to;
            group[count] = isGroup;
            count++;
        }

        /** The segment holding normalised char i: the last whose first char is at or before i. */
        private int segment(int i) {
            int h = hint;
            if (h < count && firstChar[h] <= i) {
                if (h + 1 == count || i < firstChar[h + 1]) {
                    return h;
                }
                if (h + 2 == count || i < firstChar[h + 2]) {
                    hint = h + 1;
                    return h + 1;
                }
            }
            int lo = 0;
            int hi = count - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (firstChar[mid] <= i) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            hint = lo;
            return lo;
        }

        int start(int i) {
            int s = segment(i);
            return group[s] ? from[s] : from[s] + (i - firstChar[s]);
        }

        int end(int i) {
            int s = segment(i);
            if (group[s]) {
                return end[s];
            }
            int last = (s + 1 < count ? firstChar[s + 1] : length) - 1;
            return i == last ? end[s] : from[s] + (i - firstChar[s]) + 1;
        }
    }
}
