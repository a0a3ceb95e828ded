package org.khabar.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link WordSet} answers what a {@link HashSet} of the same words answers, and is immutable. */
class WordSetProperties {

    @Provide
    Arbitrary<List<String>> words() {
        // a three-letter alphabet and lengths 0..6: many words share hashes' low bits, lengths and prefixes
        return Arbitraries.strings().withChars("ابت").ofMinLength(0).ofMaxLength(6).list().ofMaxSize(300);
    }

    @Property(tries = 300)
    void answersLikeAHashSet(@ForAll("words") List<String> entries, @ForAll("words") List<String> probes) {
        Set<String> oracle = new HashSet<>(entries);
        WordSet set = WordSet.copyOf(entries);
        assertEquals(oracle, set);
        assertEquals(oracle.size(), set.size());
        for (String w : entries) {
            assertTrue(set.has(w), w);
            assertTrue(set.mayHave(w.hashCode()), w); // the filter never rules out a member
        }
        for (String w : probes) {
            assertEquals(oracle.contains(w), set.contains(w), w);
            assertEquals(oracle.contains(w), set.has(new String(w.toCharArray())), w); // an equal, other String
        }
    }

    @net.jqwik.api.Example
    void wordsWithTheSameHashStayApart() {
        // "Aa" and "BB" share String.hashCode: only the characters tell these apart
        WordSet set = WordSet.of("AaAa", "BBBB", "AaBB");
        assertTrue(set.has("AaAa") && set.has("BBBB") && set.has("AaBB"));
        assertFalse(set.has("BBAa"));
        assertFalse(set.contains(null));
        assertFalse(set.contains(42));
    }

    @net.jqwik.api.Example
    void isImmutableAndNullHostile() {
        WordSet set = WordSet.of("في", "من", "في");
        assertEquals(2, set.size());
        assertThrows(UnsupportedOperationException.class, () -> set.add("عن"));
        assertThrows(UnsupportedOperationException.class, () -> set.iterator().remove());
        assertThrows(NullPointerException.class, () -> WordSet.of("في", null));
        assertTrue(WordSet.of().isEmpty());
        assertFalse(WordSet.of().has("في"));
    }
}
