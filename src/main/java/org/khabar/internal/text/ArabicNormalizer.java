package org.khabar.internal.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Objects;

/**
 * Folds Arabic text into one spelling for matching and keeps, for every character of the result, the
 * span of original text it came from.
 *
 * <p>What it does, per code point: drops diacritics (tashkeel, superscript alef, Quranic marks), tatweel,
 * bidi controls and zero-width characters; applies NFKC to code points that are not NFKC-inert
 * (presentation forms such as ﻻ and ﷲ, full-width Latin, NBSP); folds أ إ آ ٱ to ا, ى to ي, ة to ه,
 * Persian ک/ی to ك/ي; maps Arabic-Indic and Persian digits to ASCII, ٫ to {@code .}, ٬ and ، to
 * {@code ,}; lower-cases Latin letters. Everything else, including unpaired surrogates and control
 * characters, is kept as it is, so no input is lost; an unpaired surrogate becomes U+FFFD in the normalised
 * copy (the original keeps it and every offset points at it).
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private ArabicNormalizer() {}

    /**
     * For every BMP char: what {@link #normalize} does with it, computed once so the hot loop does a table
     * look-up instead of asking ICU. KIND: KEEP (FOLD holds the folded char), ATTACHED / INVISIBLE (dropped),
     * EXPAND (NFKC gives something else), SURROGATE (needs its pair).
     */
    static final int KEEP = 0;
    static final int ATTACHED = 1;
    static final int INVISIBLE = 2;
    private static final byte EXPAND = 3;
    private static final byte SURROGATE = 4;
    private static final byte[] KIND = new byte[0x10000];
    private static final char[] FOLD = new char[0x10000];
    /**
     * The expansion of every BMP char NFKC changes, computed once (NFKC per call allocates); one that
     * gives a single char is of kind KEEP with that char in FOLD.
     */
    private static final String[] EXPANSION = new String[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                KIND[c] = SURROGATE;
                FOLD[c] = (char) c;
                continue;
            }
            int r = removal(c);
            if (r != KEEP) {
                KIND[c] = (byte) r;
                continue;
            }
            int f = foldSimple(c);
            if (f >= 0) {
                KIND[c] = KEEP;
                FOLD[c] = (char) f;
            } else if ((EXPANSION[c] = expand(c)).length() == 1) {
                // one char in, one out, as for KEEP: ئ and ؤ (NFKC decomposes them and composes them back),
                // in nearly every news text (رئيس، مسؤول), sent every document down the slow path below
                KIND[c] = KEEP;
                FOLD[c] = EXPANSION[c].charAt(0);
            } else {
                KIND[c] = EXPAND;
            }
        }
    }

    /**
     * The growing output: folded chars, and the original span of each as a list of segments
     * ({@link NormalizedText.Segments}) rather than two ints per char: news text maps one to one but for a
     * dropped mark here and there, so a few segments describe a whole document (two int arrays of the
     * text's length were 8 bytes per char, 80 MB for a 10 MB document, and ~7 % of all allocation).
     */
    private static final class Buf {
        char[] out;
        int len;
        final NormalizedText.Segments segments = new NormalizedText.Segments();

        Buf(int capacity) {
            out = new char[capacity];
        }

        /** Appends one folded char (its span is written to {@link #segments} by the caller). */
        void append(char c) {
            if (len == out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, len + 16));
            }
            out[len++] = c;
        }
    }

    /** Normalises {@code text}; never throws for any string. */
    public static NormalizedText normalize(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        // the common case, every char KEEP (one char in, one out, each at its own offset): the folded
        // chars alone, the offset map left implicit (NormalizedText without arrays); the general loop
        // below takes over, with the chars so far, at the first char that is dropped or expands
        // one bulk copy, then array reads: String.charAt checks the coder and the bounds on every char
        char[] in = new char[n];
        text.getChars(0, n, in, 0);
        int i0 = 0;
        while (i0 < n) {
            char c = in[i0];
            if (KIND[c] != KEEP) {
                break;
            }
            in[i0++] = FOLD[c]; // folded in place: the general loop reads only in[i0, n)
        }
        if (i0 == n) {
            return new NormalizedText(text, in, n, null);
        }
        Buf buf = new Buf(n + 8);
        System.arraycopy(in, 0, buf.out, 0, i0);
        buf.len = i0;
        buf.segments.run(0, 0, i0);
        for (int i = i0; i < n; ) {
            char c = in[i];
            byte kindOf = KIND[c];
            if (kindOf == KEEP) {
                // the common case, a run of chars that go one in, one out: written without append's checks
                // (room for all n - i is made once; no run outgrows it)
                if (buf.out.length - buf.len < n - i) {
                    buf.out = java.util.Arrays.copyOf(buf.out, Math.max(buf.out.length * 2, buf.len + n - i));
                }
                char[] out = buf.out;
                int len = buf.len;
                int from = i;
                do {
                    out[len++] = FOLD[c];
                    i++;
                } while (i < n && KIND[c = in[i]] == KEEP);
                buf.segments.run(buf.len, from, len - buf.len);
                buf.len = len;
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                cp = Character.toCodePoint(c, in[i + 1]);
            }
            int next = i + Character.charCount(cp);
            int kind = kindOf == ATTACHED || kindOf == INVISIBLE ? kindOf : removal(cp);
            if (kind != KEEP) {
                // marks that belong to the letter before them extend its span, so a mention ends after its
                // last vowel sign; invisible controls do not
                if (kind == ATTACHED) {
                    buf.segments.attach(next);
                }
                i = next;
                continue;
            }
            int folded = foldSimple(cp);
            String expanded = folded >= 0 ? null : cp <= 0xFFFF && EXPANSION[cp] != null ? EXPANSION[cp] : expand(cp);
            if (expanded != null && expanded.isEmpty()) {
                i = next;
                continue;
            }
            if (expanded == null || expanded.length() == 1) {
                buf.segments.one(buf.len, i, next);
                buf.append(expanded == null ? (char) folded : expanded.charAt(0));
            } else {
                buf.segments.group(buf.len, i, next);
                for (int k = 0; k < expanded.length(); k++) {
                    buf.append(expanded.charAt(k));
                }
            }
            i = next;
        }
        return new NormalizedText(text, buf.out, buf.len, buf.segments);
    }

    /** Normalises a lexicon entry or any short key: the folded text, with runs of spaces collapsed. */
    public static String normalizeKey(String s) {
        // the common case, every char one-to-one (KEEP): the fold table alone, without the offset map
        // normalize builds (the linker normalises a few names per mention)
        int n = s.length();
        char[] folded = new char[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (KIND[c] != KEEP) {
                return collapseSpaces(normalize(s).text().toCharArray());
            }
            folded[i] = FOLD[c];
        }
        return collapseSpaces(folded);
    }

    /** Runs of white space as one space, none at the ends. */
    private static String collapseSpaces(char[] folded) {
        int n = folded.length;
        boolean plain = n == 0 || folded[0] != ' ' && folded[n - 1] != ' ';
        for (int i = 0; plain && i < n; i++) {
            char c = folded[i];
            // below U+1680 only U+00A0 is a space of either kind: Arabic letters skip the character database
            if (c == ' ' ? folded[i - 1] == ' ' : c <= ' ' || c >= '\u0080' && (c == '\u00A0'
                    || c >= '\u1680' && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
                plain = false; // a run of spaces, or a space other than ' ': collapse below
            }
        }
        if (plain) {
            return new String(folded); // single spaces between words already (most names and titles)
        }
        StringBuilder b = new StringBuilder(folded.length);
        boolean space = true;
        for (int i = 0; i < folded.length; i++) {
            char c = folded[i];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
            } else {
                b.append(c);
                space = false;
            }
        }
        int l = b.length();
        if (l > 0 && b.charAt(l - 1) == ' ') {
            b.setLength(l - 1);
        }
        return b.toString();
    }


    /** Whether a code point is dropped, and if so whether it belongs to the preceding letter. */
    static int removal(int cp) {
        if (cp < 0x0610) {
            return KEEP;
        }
        if ((cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670
                || (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4)
                || (cp >= 0x06E7 && cp <= 0x06E8) || (cp >= 0x06EA && cp <= 0x06ED)
                || (cp >= 0x08D3 && cp <= 0x08FF && cp != 0x08E2) || cp == 0x0640
                || (cp >= 0xFE70 && cp <= 0xFE7F)) {
            return ATTACHED;
        }
        if (cp == 0x061C || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2060
                || cp == 0xFEFF) {
            return INVISIBLE;
        }
        return KEEP;
    }

    /** One-to-one folds; -1 when the code point needs {@link #expand}. */
    static int foldSimple(int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') {
                return cp + 32;
            }
            return cp;
        }
        switch (cp) {
            case 0x0623: case 0x0625: case 0x0622: case 0x0671: case 0x0672: case 0x0673:
                return 0x0627; // أ إ آ ٱ → ا
            case 0x0649: case 0x06CC: case 0x06D0:
                return 0x064A; // ى ی → ي
            case 0x0629: case 0x06C0: case 0x06C1: case 0x06D5:
                return 0x0647; // ة ۀ ہ ە → ه
            case 0x06A9: case 0x06AA:
                return 0x0643; // ک → ك
            case 0x066B:
                return '.'; // ٫ Arabic decimal separator
            case 0x066C: case 0x060C:
                return ','; // ٬ thousands separator, ، Arabic comma
            default:
                break;
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
            return '0' + (cp - 0x0660);
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return '0' + (cp - 0x06F0);
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            // an unpaired surrogate: U+FFFD in the normalised copy (the original keeps it, offsets point at it).
            // Kept as it was, two halves that a dropped char kept apart ("\uD801\u064E\uDC00") would become a
            // pair in the copy, and normalising that again would fold the new letter: not idempotent
            return 0xFFFD;
        }
        if (cp <= 0xFFFF && unchangedByNfkc(cp)) {
            int lower = Character.toLowerCase(cp);
            return lower <= 0xFFFF && unchangedByNfkc(lower) ? lower : cp;
        }
        return -1;
    }

    /**
     * Whether NFKC leaves this code point, alone, as it is. (Not {@code isInert}: ا is not inert, because a
     * following hamza mark may compose with it, but alone it stays ا; asking isInert sent every ا, و and ي
     * down the slow path.)
     */
    private static boolean unchangedByNfkc(int cp) {
        return NFKC.getDecomposition(cp) == null;
    }

    /**
     * NFKC of one code point, then folded and stripped again; may be empty. An expansion with white space
     * in it (ﷺ → four words) is not expanded: one original character must not become several tokens.
     */
    static String expand(int cp) {
        String nf = cp > 0xFFFF && NFKC.isInert(cp)
                ? new String(Character.toChars(cp))
                : NFKC.normalize(new String(Character.toChars(cp)));
        for (int k = 0; k < nf.length(); k++) {
            if (Character.isWhitespace(nf.charAt(k)) || Character.isSpaceChar(nf.charAt(k))) {
                return new String(Character.toChars(cp));
            }
        }
        StringBuilder b = new StringBuilder(nf.length());
        for (int k = 0; k < nf.length(); ) {
            int c = nf.codePointAt(k);
            k += Character.charCount(c);
            if (removal(c) != KEEP) {
                continue;
            }
            int f = c > 0xFFFF ? -1 : foldSimple(c);
            if (f >= 0) {
                b.append((char) f);
            } else if (c > 0xFFFF) {
                int lower = Character.toLowerCase(c);
                b.appendCodePoint(NFKC.isInert(lower) ? lower : c);
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }
}
