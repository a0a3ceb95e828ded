package org.khabar.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(String s) {
        TextAnalysis doc = TextAnalysis.of(s);
        return doc.sentences().stream().map(x -> s.substring(x.start(), x.endOffset())).toList();
    }

    @Test
    void splitsOnStopsQuestionMarksAndLineBreaks() {
        assertEquals(List.of("قال إنه سيأتي.", "هل يأتي؟", "نعم!", "سطر جديد"),
                sentences("قال إنه سيأتي. هل يأتي؟ نعم!\nسطر جديد"));
    }

    @Test
    void notInsideNumbers() {
        assertEquals(List.of("بلغ 1.5 مليار دولار.", "ثم"), sentences("بلغ 1.5 مليار دولار. ثم"));
    }

    @Test
    void notAfterAbbreviations() {
        assertEquals(List.of("قال د. أحمد إن U.S. Inc. كبيرة.", "ثم"), sentences("قال د. أحمد إن U.S. Inc. كبيرة. ثم"));
        assertEquals(1, sentences("في عام 16000 ق.م. عاش الناس").size());
    }

    @Test
    void notInsideAcronymsSpelledInLetterNames() {
        assertEquals(1, sentences("وقالت شبكة سي.إن.إن إن المحادثات مستمرة").size());
        assertEquals(1, sentences("وقالت إذاعة بي. بي. سي إن مراسلها بخير").size());
        assertEquals(1, sentences("وعمل في الكي. جي. بي قبل انهيار الاتحاد").size());
        // a stop after the last letter may end the sentence: it is read as one
        assertEquals(2, sentences("وعمل في الكي. جي. بي. قبل انهيار الاتحاد").size());
        // a lone إن after a space is the word: the stop after the last letter ends the sentence
        assertEquals(List.of("وعمل في الكي. جي. بي.", "إن الأمر انتهى"), sentences("وعمل في الكي. جي. بي. إن الأمر انتهى"));
    }

    @Test
    void notInsideAClosedQuote() {
        String s = "قال هورويتز: \"لقد حاربونا. إنهم يدمرون الصناعة\". وانتهى";
        assertEquals(List.of("قال هورويتز: \"لقد حاربونا. إنهم يدمرون الصناعة\".", "وانتهى"), sentences(s));
    }

    @Test
    void closingQuoteAfterTheStopStaysWithTheSentence() {
        assertEquals(List.of("قال: «انتهى الأمر.»", "ثم"), sentences("قال: «انتهى الأمر.» ثم"));
    }

    @Test
    void quoteRegionsKnowTheirMarks() {
        String s = "قال: “نحن بحاجة إلى جمع المال” ثم «غادر";
        TextAnalysis doc = TextAnalysis.of(s);
        List<QuoteRegion> q = doc.quotes();
        assertEquals(2, q.size());
        assertTrue(q.get(0).closed());
        assertEquals('\u201C', q.get(0).opener());
        assertEquals("نحن بحاجة إلى جمع المال", s.substring(q.get(0).start(), q.get(0).end()));
        assertFalse(q.get(1).closed(), "an unclosed quote is tolerated");
        assertEquals("غادر", s.substring(q.get(1).start(), q.get(1).end()));
        assertNull(doc.quoteAround(0));
        assertEquals(q.get(0), doc.quoteAround(4));
    }

    @Test
    void unclosedQuoteDoesNotSwallowSentences() {
        assertEquals(List.of("قال \"لا.", "ثم ذهب."), sentences("قال \"لا. ثم ذهب."));
    }

    @Test
    void nestedAndReversedQuotes() {
        String s = "قال «إنه قال “لا” أمس» ثم ”هذا“ .";
        TextAnalysis doc = TextAnalysis.of(s);
        assertEquals(3, doc.quotes().size());
        assertTrue(doc.quotes().stream().allMatch(QuoteRegion::closed));
    }
}
