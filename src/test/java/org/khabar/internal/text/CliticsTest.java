package org.khabar.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliticsTest {

    private static List<Clitics.Analysis> analyses(String word) {
        return TextAnalysis.of(word).token(0).analyses();
    }

    /** word | expected prefix | expected stem (normalised) | article */
    @ParameterizedTest(name = "{0} = {1} + {2}")
    @CsvSource(delimiter = '|', value = {
        "لهاريس|ل|هاريس|false",
        "وهاريس|و|هاريس|false",
        "فقال|ف|قال|false",
        "بالولايات|بال|ولايات|true",
        "والحزب|وال|حزب|true",
        "فالحكومة|فال|حكومه|true",
        "كالعادة|كال|عاده|true",
        "للمرشحة|لل|مرشحه|true",
        "وللحكومة|ولل|حكومه|true",
        "وبالبيت|وبال|بيت|true",
        "الكرملين|ال|كرملين|true",
        "سيدعمان|س|يدعمان|false",
        "وسيدعمان|وس|يدعمان|false",
        "لترامب|ل|ترامب|false",
    })
    void findsTheReading(String word, String prefix, String stem, boolean article) {
        List<Clitics.Analysis> as = analyses(word);
        assertEquals("", as.get(0).prefix(), "the bare reading comes first");
        assertTrue(as.stream().anyMatch(a -> a.prefix().equals(prefix) && a.stem().equals(stem) && a.article() == article),
                () -> word + " has no reading " + prefix + "+" + stem + ": " + as);
        Clitics.Analysis a = as.stream().filter(x -> x.prefix().equals(prefix)).findFirst().orElseThrow();
        assertEquals(prefix.length(), a.stemStart(), "stem offset in the original");
    }

    @ParameterizedTest
    @CsvSource({"بن", "من", "في"})
    void shortWordsKeepOnlyTheBareReading(String word) {
        assertEquals(1, analyses(word).size());
    }

    @ParameterizedTest
    @CsvSource({"لبنان"})
    void ambiguousLamKeepsBothReadings(String word) {
        List<Clitics.Analysis> as = analyses(word);
        assertTrue(as.stream().anyMatch(a -> a.bare()));
        assertTrue(as.stream().anyMatch(a -> a.prefix().equals("ل")));
    }
}
