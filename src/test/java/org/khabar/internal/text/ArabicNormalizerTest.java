package org.khabar.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "أحمد|احمد",            // hamza above
        "إبراهيم|ابراهيم",      // hamza below
        "آمال|امال",            // madda
        "ٱلله|الله",            // wasla
        "مستشفى|مستشفي",        // alef maqsura
        "المدرسة|المدرسه",      // ta marbuta
        "مُحَمَّدٌ|محمد",          // tashkeel
        "ٰهذا|هذا",             // superscript alef
        "العـــربية|العربيه",   // tatweel
        "٢٠٢٤|2024",            // Arabic-Indic digits
        "۱۴۰۳|1403",            // Persian digits
        "٣٫٥|3.5",              // Arabic decimal separator
        "١٬٠٠٠|1,000",          // Arabic thousands separator
        "نعم، لا|نعم, لا",      // Arabic comma
        "ﻻ|لا",                 // lam-alef ligature (NFKC)
        "ﷲ|الله",               // Allah ligature (NFKC)
        "Coinbase|coinbase",    // Latin case folding
        "ＡＢＣ|abc",           // full-width Latin (NFKC)
        "کتاب|كتاب",            // Persian kaf
        "ی|ي",                  // Farsi yeh
    })
    void folds(String in, String out) {
        assertEquals(out, ArabicNormalizer.normalize(in).text());
    }

    @Test
    void stripsBidiAndZeroWidthControls() {
        String in = "\u200Fقال\u200E \u202Bهاريس\u202C\u2066x\u2069\u200B\u200C\u200D\uFEFF";
        assertEquals("قال هاريسx", ArabicNormalizer.normalize(in).text());
    }

    @Test
    void offsetsMapBackToTheOriginal() {
        String in = "مُحَمَّدٌ قال";
        NormalizedText nt = ArabicNormalizer.normalize(in);
        assertEquals("محمد قال", nt.text());
        // the word محمد spans the whole vocalised original word, trailing marks included
        assertEquals(0, nt.toOriginalStart(0));
        assertEquals("مُحَمَّدٌ", in.substring(nt.toOriginalStart(0), nt.toOriginalEnd(4)));
        assertEquals("قال", in.substring(nt.toOriginalStart(5), nt.toOriginalEnd(8)));
    }

    @Test
    void expansionsShareTheirOriginalCharacter() {
        String in = "xﷲy";
        NormalizedText nt = ArabicNormalizer.normalize(in);
        assertEquals("xاللهy", nt.text());
        for (int i = 1; i <= 4; i++) {
            assertEquals(1, nt.originalStart(i));
            assertEquals(2, nt.originalEnd(i));
        }
        assertEquals(2, nt.originalStart(5));
    }

    @Test
    void keepsControlsAndMarksUnpairedSurrogates() {
        String in = "a\uD800b\u0001c\uDC00";
        NormalizedText n = ArabicNormalizer.normalize(in);
        assertEquals("a\uFFFDb\u0001c\uFFFD", n.text(), "an unpaired half is U+FFFD in the copy, one char for one");
        assertEquals(1, n.originalStart(1));
        assertEquals(6, n.originalEnd(5), "the offsets still point at the halves in the original");
    }

    @Test
    void keyCollapsesSpaces() {
        assertEquals("وزارة الخزانة".replace('ة', 'ه'), ArabicNormalizer.normalizeKey("  وِزارة   الخزانة "));
    }
}
