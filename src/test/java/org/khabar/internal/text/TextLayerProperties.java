package org.khabar.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class TextLayerProperties {

    /** Arabic letters and marks, digits of three scripts, Latin, quotes, punctuation, controls, surrogates. */
    @Provide
    Arbitrary<String> arabicish() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0600', '\u06FF'),
                Arbitraries.chars().range('\u08A0', '\u08FF'),
                Arbitraries.chars().range('\uFB50', '\uFDFF'),
                Arbitraries.chars().range('\uFE70', '\uFEFF'),
                Arbitraries.chars().range('a', 'z'),
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.chars().range('0', '9'),
                Arbitraries.chars().range('\u2000', '\u206F'),
                Arbitraries.chars().range('\uD800', '\uDFFF'),
                Arbitraries.chars().range('\u0000', '\u001F'),
                Arbitraries.of(' ', ' ', '\n', '.', ',', '"', '«', '»', '“', '”', '\'', '؟', '،', 'ـ', 'ر', '$', '€'));
        return chars.list().ofMaxSize(80).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }

    /** Mostly chars the normaliser maps one to one (its short cut for keys), and now and then one it drops. */
    @Provide
    Arbitrary<String> keyish() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.chars().range('\u0620', '\u064A')),
                net.jqwik.api.Tuple.of(5, Arbitraries.of(' ', ' ', '\n', '\t', '\u00A0', '\u2003', 'A', 'z', '1')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\u064E', '\u0640', '\u200F', '\uFEFB', '\uD800')));
        return chars.list().ofMaxSize(30).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }

    /** {@link ArabicNormalizer#normalizeKey}'s short cut for one-to-one chars answers as the full normaliser. */
    @Property(tries = 1000)
    void keysAreTheNormalisedTextWithSpacesCollapsed(@ForAll("keyish") String s) {
        String folded = ArabicNormalizer.normalize(s).text(); // then spaces collapsed, as normalizeKey was written
        StringBuilder b = new StringBuilder();
        boolean space = true;
        for (char c : folded.toCharArray()) {
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
        if (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
            b.setLength(b.length() - 1);
        }
        assertEquals(b.toString(), ArabicNormalizer.normalizeKey(s));
    }

    /** Every reading splits the token, and its key is the stem's word key (the very stem when it has no article). */
    @Property(tries = 500)
    void readingsSplitTheTokenAndKeyTheirStems(@ForAll("arabicish") String s, @ForAll("keyish") String k) {
        for (Token t : TextAnalysis.of(s + " " + k + " وال" + k + " بال" + k).tokens()) {
            for (Clitics.Analysis a : t.analyses()) {
                assertEquals(t.norm(), a.prefix() + a.stem());
                assertEquals(Clitics.wordKey(a.stem()), a.key());
                assertEquals(Clitics.wordKey(a.stem()) == a.stem(), a.key() == a.stem(), a::toString);
            }
            assertEquals("", t.analyses().get(0).prefix());
        }
    }

    /**
     * The normaliser's tables and short cuts (the all-one-to-one text with an implicit offset map, runs of
     * one-to-one chars, ئ and ؤ taken as one-to-one) answer as the plain per-code-point definition: drop what
     * {@code removal} drops (an attached mark extends the letter before it), else the simple fold, else the
     * NFKC expansion, each output char mapped to its code point's span.
     */
    @Property(tries = 1000)
    void normalisingAnswersAsThePerCodePointDefinition(@ForAll("arabicish") String s) {
        StringBuilder out = new StringBuilder();
        List<int[]> spans = new java.util.ArrayList<>();
        int groupStart = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i); // a pair, or the char alone (an unpaired surrogate too)
            int next = i + Character.charCount(cp);
            int kind = ArabicNormalizer.removal(cp);
            if (kind != ArabicNormalizer.KEEP) {
                if (kind == ArabicNormalizer.ATTACHED && groupStart >= 0) {
                    for (int g = groupStart; g < spans.size(); g++) {
                        spans.get(g)[1] = next;
                    }
                }
                i = next;
                continue;
            }
            int folded = ArabicNormalizer.foldSimple(cp);
            String expanded = folded >= 0 ? String.valueOf((char) folded) : ArabicNormalizer.expand(cp);
            if (!expanded.isEmpty()) {
                groupStart = spans.size();
                for (int k = 0; k < expanded.length(); k++) {
                    out.append(expanded.charAt(k));
                    spans.add(new int[] {i, next});
                }
            }
            i = next;
        }
        NormalizedText nt = ArabicNormalizer.normalize(s);
        assertEquals(out.toString(), nt.text());
        for (int k = 0; k < spans.size(); k++) {
            assertEquals(spans.get(k)[0], nt.originalStart(k), "start of " + k);
            assertEquals(spans.get(k)[1], nt.originalEnd(k), "end of " + k);
        }
    }

    @Property(tries = 500)
    void normalisingIsIdempotent(@ForAll("arabicish") String s) {
        String once = ArabicNormalizer.normalize(s).text();
        assertEquals(once, ArabicNormalizer.normalize(once).text());
    }

    /** Found by a long random run: unpaired halves of a pair with a dropped mark between them. */
    @net.jqwik.api.Example
    void unpairedHalvesAroundADroppedCharStayApart() {
        for (String s : new String[] {"\uD801\u064E\uDC00", "ا\uD801\u200F\uDC00ب", "\uD801\u0640\uDC00"}) {
            normalisingIsIdempotent(s);
            NormalizedText n = ArabicNormalizer.normalize(s);
            assertEquals(s.length(), n.originalEnd(n.text().length() - 1) - n.originalStart(0), "the offsets cover the input");
            assertTrue(n.text().indexOf('\uFFFD') >= 0, "the low half is no longer a pair's second half");
        }
    }

    @Property(tries = 300)
    void normalisingAnyStringIsIdempotent(@ForAll @StringLength(max = 60) String s) {
        String once = ArabicNormalizer.normalize(s).text();
        assertEquals(once, ArabicNormalizer.normalize(once).text());
    }

    @Property(tries = 500)
    void offsetMapIsMonotoneAndInsideTheOriginal(@ForAll("arabicish") String s) {
        NormalizedText nt = ArabicNormalizer.normalize(s);
        int prevStart = 0;
        int prevEnd = 0;
        for (int i = 0; i < nt.length(); i++) {
            int a = nt.originalStart(i);
            int b = nt.originalEnd(i);
            assertTrue(0 <= a && a < b && b <= s.length(), "char " + i + " maps to [" + a + "," + b + ")");
            assertTrue(a >= prevStart, "starts are monotone");
            assertTrue(b >= prevEnd, "ends are monotone");
            prevStart = a;
            prevEnd = b;
        }
    }

    @Property(tries = 1000)
    void expandedSaysWhetherTwoCharsShareAnOriginalStart(@ForAll("arabicish") String s) {
        // the tokenizer skips its same-start test when the text is not expanded: sound only if then no two
        // chars share a start; and an expansion (ﻻ → لا) must say so
        NormalizedText nt = ArabicNormalizer.normalize(s);
        boolean shared = false;
        for (int i = 1; i < nt.length(); i++) {
            shared |= nt.originalStart(i) == nt.originalStart(i - 1);
        }
        assertEquals(shared, nt.expanded, s);
    }

    @Property(tries = 500)
    void theTextMadeOnFirstUseIsTheFoldedCharsAndStaysTheSame(@ForAll("arabicish") String s) {
        // text() is cut from chars on first use: it must be exactly the chars the tokenizer reads, as long as
        // length() says, and the same String on every later call
        NormalizedText nt = ArabicNormalizer.normalize(s);
        String text = nt.text();
        assertEquals(nt.length(), text.length(), s);
        assertEquals(new String(nt.chars, 0, nt.length()), text, s);
        assertTrue(text == nt.text(), "made once");
        StringBuilder tokens = new StringBuilder();
        for (Token t : Tokenizer.tokenize(nt)) {
            assertEquals(t.norm(), text.substring(t.normStart(), t.normStart() + t.norm().length()), s);
            tokens.append(t.norm());
        }
        assertTrue(tokens.length() <= text.length(), s);
    }

    @Example
    void aLigatureIsExpandedAndItsTokenKeepsBothLetters() {
        TextAnalysis doc = TextAnalysis.of("\uFEFB بد");
        assertTrue(doc.normalized().expanded);
        assertEquals("لا", doc.tokens().get(0).norm());
        assertEquals(0, doc.tokens().get(0).start());
        assertEquals(1, doc.tokens().get(0).end());
        assertFalse(TextAnalysis.of("لا بد").normalized().expanded);
    }

    @Property(tries = 500)
    void tokensAreOrderedDisjointAndEqualToTheirText(@ForAll("arabicish") String s) {
        TextAnalysis doc = TextAnalysis.of(s);
        int prevEnd = 0;
        for (Token t : doc.tokens()) {
            assertTrue(t.start() >= prevEnd, () -> "overlap at " + t);
            assertTrue(t.start() < t.end() && t.end() <= s.length(), () -> "bounds of " + t);
            assertEquals(t.norm(), ArabicNormalizer.normalize(s.substring(t.start(), t.end())).text().strip(),
                    () -> "token text of " + t);
            for (Clitics.Analysis a : t.analyses()) {
                assertTrue(a.stemStart() >= t.start() && a.stemStart() < t.end(), () -> "stem start of " + t);
                assertEquals(t.norm(), a.prefix() + a.stem());
            }
            prevEnd = t.end();
        }
    }

    @Property(tries = 300)
    void anyStringNeverThrows(@ForAll @StringLength(max = 200) String s) {
        TextAnalysis doc = TextAnalysis.of(s);
        for (Sentence sentence : doc.sentences()) {
            assertTrue(sentence.start() <= sentence.endOffset());
        }
    }

    @Property(tries = 300)
    void sentencesCoverEveryTokenInOrder(@ForAll("arabicish") String s) {
        TextAnalysis doc = TextAnalysis.of(s);
        int next = 0;
        for (Sentence sentence : doc.sentences()) {
            assertEquals(next, sentence.first());
            assertTrue(sentence.end() > sentence.first());
            next = sentence.end();
        }
        assertEquals(doc.size(), next);
    }

    @Property(tries = 300)
    void aPrefixShiftsEverySpan(@ForAll("arabicish") String s, @ForAll("arabicish") String prefix) {
        String p = prefix + "\n";
        TextAnalysis plain = TextAnalysis.of(s);
        TextAnalysis shifted = TextAnalysis.of(p + s);
        List<Token> a = plain.tokens();
        List<Token> b = shifted.tokens();
        int offset = b.size() - a.size();
        assertTrue(offset >= 0);
        for (int i = 0; i < a.size(); i++) {
            Token x = a.get(i);
            Token y = b.get(i + offset);
            assertEquals(x.start() + p.length(), y.start());
            assertEquals(x.end() + p.length(), y.end());
            assertEquals(x.norm(), y.norm());
        }
    }
}
