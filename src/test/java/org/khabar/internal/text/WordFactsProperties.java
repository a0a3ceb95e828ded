package org.khabar.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link WordFacts} answers what a map from word to bits answers, for words that share their first
 * characters, differ only past the packed prefix, are empty or longer than the packed prefix.
 */
class WordFactsProperties {

    @Provide
    Arbitrary<List<String>> words() {
        // a three-letter alphabet and lengths 0..9: many words share prefixes and lengths
        return Arbitraries.strings().withChars("ابت").ofMinLength(0).ofMaxLength(9).list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void answersLikeAMap(@ForAll("words") List<String> entries, @ForAll("words") List<String> probes) {
        Map<String, Long> oracle = new HashMap<>();
        WordFacts.Builder b = WordFacts.builder();
        for (int k = 0; k < entries.size(); k++) {
            long bit = 1L << (k % 63);
            b.add(entries.get(k), bit);
            oracle.merge(entries.get(k), bit, (x, y) -> x | y);
        }
        WordFacts table = b.build();
        for (String w : entries) {
            assertEquals(oracle.get(w), table.get(w), w);
        }
        for (String w : probes) {
            assertEquals(oracle.getOrDefault(w, 0L), table.get(w), w);
            String padded = "ول" + w + "ها"; // the same word inside a longer token's characters
            assertEquals(oracle.getOrDefault(w, 0L), table.get(padded, 2, 2 + w.length()), padded);
        }
    }

    @net.jqwik.api.Example
    void wordsWithTheSameHashStayApart() {
        // "Aa" and "BB" share String.hashCode, so these words collide in every slot and filter bit:
        // only the length, the packed prefix and the characters past it tell them apart
        List<String> same = List.of("AaAa", "BBBB", "AaBB", "AaAaAa", "AaAaBB", "BBAaAa", "AaAaAaAa", "AaAaAaBB");
        WordFacts.Builder b = WordFacts.builder();
        for (int k = 0; k < same.size(); k++) {
            b.add(same.get(k), 1L << k);
        }
        WordFacts table = b.build();
        for (int k = 0; k < same.size(); k++) {
            assertEquals(1L << k, table.get(same.get(k)), same.get(k));
        }
        assertEquals(0L, table.get("BBAa"));
        assertEquals(0L, table.get("BBBBAa"));
        assertEquals(0L, table.get("AaAaBBAa"));
    }
}
