package org.khabar.testutil;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random texts for the facts-gate properties: up to 30 words, each a listed word behind one of the given
 * proclitic prefixes, so every clitic reading of the gated words is exercised.
 */
public final class WordTexts {
    private WordTexts() {}

    /** Texts of {@code words} and {@code others} (empty entries dropped), each behind one of {@code prefixes}. */
    public static Arbitrary<String> of(List<String> prefixes, List<String> words, String... others) {
        List<String> all = new java.util.ArrayList<>(words);
        all.addAll(List.of(others));
        all.removeIf(String::isEmpty);
        Arbitrary<String> word = Combinators.combine(Arbitraries.of(prefixes), Arbitraries.of(all)).as(String::concat);
        return word.list().ofMaxSize(30).map(l -> String.join(" ", l));
    }
}
