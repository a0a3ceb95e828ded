package org.khabar.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link FrequentWords#counts} answers as a map of word counts does, for the words that reach the minimum. */
class FrequentWordsProperties {

    @Provide
    Arbitrary<List<String>> words() {
        // few distinct words so that they repeat; "Aa" and "BB" (and their concatenations) share a String hash
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "كلينتون", "فرويد", "قال"),
                Arbitraries.strings().withCharRange('ا', 'ي').ofMinLength(1).ofMaxLength(3));
        return word.list().ofMaxSize(300);
    }

    @Property(tries = 500)
    void countsAsAMapDoes(@ForAll("words") List<String> list, @ForAll @IntRange(min = 1, max = 4) int min) {
        Map<String, Integer> expected = new HashMap<>();
        for (String w : list) {
            expected.merge(w, 1, Integer::sum);
        }
        String[] words = list.toArray(new String[list.size() + 3]); // longer than n, as the rule's array
        int[] counts = FrequentWords.counts(words, list.size(), min);
        for (int k = 0; k < list.size(); k++) {
            int want = expected.get(list.get(k));
            if (want >= min) {
                assertEquals(want, counts[k], list.get(k));
            } else {
                assertTrue(counts[k] < min, list.get(k));
            }
        }
    }
}
