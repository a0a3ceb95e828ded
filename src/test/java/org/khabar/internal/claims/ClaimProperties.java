package org.khabar.internal.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.Claim;
import org.khabar.Span;
import org.khabar.internal.names.Entities;
import org.khabar.internal.text.Sentence;
import org.khabar.internal.text.TextAnalysis;

/** Spans in bounds and in the claim's sentence, no overlaps between cue, speaker and content, prefix shifts. */
class ClaimProperties {

    private static final String[] PIECES = {"و", "قال", "وقال", "قالت", "أضاف", "وأكد", "مشيرا", "إلى", "أن", "إن",
            "بأن", "بحسب", "وفقا", "للمصادر", "لمسؤول", "الوزير", "مسؤول", "في", "البيت", "الأبيض", "أربعة", "أشخاص",
            "مطلعون", "على", "الأمر", ":", "\"", "«", "»", "،", ".", "\n", "قائلا", "الاقتصاد", "قوي", "كما", "ما",
            "ذكره", "التي", "اعتبرت", "لكن", "الخبراء", "نقلا", "عن", "ووصف", "بأنه", "واتهم", "بالفساد", "حسب",
            "حد", "قوله", "على حد قوله", "ونقلت", "قوله", "x", "2024", "(", ")"};

    @Provide
    Arbitrary<String> newsish() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    private static List<Claim> run(String s) {
        return ClaimCorpusTest.EXTRACTOR.extract(TextAnalysis.of(s), Entities.NONE);
    }

    private static void inBounds(String text, Span s) {
        if (s != null) {
            assertTrue(0 <= s.start() && s.end() <= text.length());
            assertEquals(text.substring(s.start(), s.end()), s.text());
        }
    }

    @Property(tries = 400)
    void spansAreInBoundsAndInTheirSentence(@ForAll("newsish") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        for (Claim c : ClaimCorpusTest.EXTRACTOR.extract(doc, Entities.NONE)) {
            inBounds(text, c.span());
            inBounds(text, c.cue());
            inBounds(text, c.content());
            if (c.speaker() != null) {
                inBounds(text, c.speaker().span());
            }
            Sentence s = sentenceOf(doc, c.cue());
            assertTrue(s != null, "the cue lies in one sentence");
            assertTrue(within(s, c.content()) || isQuoteOpenedIn(doc, s, c.content()),
                    "content in the cue's sentence or its quote: " + c);
            assertTrue(c.speaker() == null || within(s, c.speaker().span()), "speaker in the cue's sentence: " + c);
            assertTrue(!overlap(c.cue(), c.content()), "cue and content overlap: " + c);
            assertTrue(c.speaker() == null || !overlap(c.cue(), c.speaker().span()), "cue and speaker overlap: " + c);
            assertTrue(c.speaker() == null || !overlap(c.content(), c.speaker().span()),
                    "content and speaker overlap: " + c);
        }
    }

    private static Sentence sentenceOf(TextAnalysis doc, Span cue) {
        for (Sentence s : doc.sentences()) {
            if (s.start() <= cue.start() && cue.end() <= s.endOffset()) {
                return s;
            }
        }
        return null;
    }

    /**
     * Multi-sentence and unclosed quotes: the content is the inside of a quote that opens in the sentence,
     * or (a quote before its verb: «... . ...» قال X) one that closes in it, or one whose closing mark ends
     * the sentence just before it ("... ." قال X: the splitter ends a sentence at the mark after a full stop).
     */
    private static boolean isQuoteOpenedIn(TextAnalysis doc, Sentence s, Span x) {
        for (var q : doc.quotes()) {
            boolean opens = q.open() >= s.first() && q.open() < s.end();
            boolean closes = q.closed() && (q.close() >= s.first() && q.close() < s.end() || q.close() == s.first() - 1);
            if (q.start() == x.start() && q.end() == x.end() && (opens || closes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Sentence s, Span x) {
        return x == null || s.start() <= x.start() && x.end() <= s.endOffset();
    }

    private static boolean overlap(Span a, Span b) {
        return a != null && b != null && a.overlaps(b);
    }

    /** Found by CI: a quote ending in a full stop and its closing mark, then the verb, in the next sentence. */
    @net.jqwik.api.Example
    void quoteEndingWithAFullStopBeforeItsVerb() {
        spansAreInBoundsAndInTheirSentence("\" و و . \" قال");
        String text = "« الاقتصاد قوي . » قال الوزير";
        List<Claim> claims = run(text);
        assertEquals(1, claims.size());
        assertEquals("الاقتصاد قوي .", claims.get(0).content().text(), "no space from the quote mark in the content");
        assertEquals("الوزير", claims.get(0).speaker().span().text());
    }

    @Property(tries = 300)
    void prefixShiftsEverySpan(@ForAll("newsish") String text) {
        String prefix = "خبر عاجل .\n";
        List<Claim> plain = run(text);
        List<Claim> shifted = run(prefix + text);
        assertEquals(plain.size(), shifted.size());
        int d = prefix.length();
        for (int i = 0; i < plain.size(); i++) {
            Claim a = plain.get(i);
            Claim b = shifted.get(i);
            assertEquals(a.cue().start() + d, b.cue().start());
            assertEquals(a.span().start() + d, b.span().start());
            assertEquals(a.content() == null ? -1 : a.content().start() + d, b.content() == null ? -1 : b.content().start());
            assertEquals(a.speaker() == null ? -1 : a.speaker().span().start() + d,
                    b.speaker() == null ? -1 : b.speaker().span().start());
            assertEquals(a.kind(), b.kind());
            assertEquals(a.ruleId(), b.ruleId());
        }
    }

    @Property(tries = 300)
    void anyStringNeverThrows(@ForAll String s) {
        run(s);
    }
}
