package org.khabar.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * {@link TokenFacts} must be exact: the rules replaced set and trie look-ups by its bits, so a bit that
 * differs from the look-up it replaces changes what is extracted. Checked against an oracle that builds
 * every clitic reading as a string and looks it up in a plain map.
 */
class TokenFactsProperties {

    /** Words made of the letters that form clitics and the article, so that every reading occurs. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> arabic = Arbitraries.of('و', 'ف', 'ب', 'ك', 'ل', 'س', 'ا', 'أ', 'م', 'ن', 'ي', 'ة', 'ه', 'ت', 'ر')
                .list().ofMinSize(1).ofMaxSize(9).map(TokenFactsProperties::join);
        Arbitrary<String> latin = Arbitraries.strings().withChars("abcXY").ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> mixed = Combinators.combine(arabic, latin).as((a, b) -> a + b);
        Arbitrary<String> number = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> word = Arbitraries.oneOf(arabic, arabic, arabic, latin, mixed, number, Arbitraries.of("،", "$", "\""));
        return word.list().ofMinSize(1).ofMaxSize(12).map(ws -> String.join(" ", ws));
    }

    private static String join(List<Character> cs) {
        StringBuilder b = new StringBuilder();
        cs.forEach(b::append);
        return b.toString();
    }

    @Property(tries = 400)
    void offsetsOfCharsAreThoseOfTheString(@ForAll("texts") String text) {
        // TokenFacts reads each token's offsets from the document's chars, PhraseIndex from its String
        TextAnalysis doc = TextAnalysis.of(text);
        char[] chars = doc.normalized().chars;
        int[] fromString = new int[6];
        int[] fromChars = new int[6];
        for (Token t : doc.tokens()) {
            int n = Clitics.offsets(t.norm(), t.type(), fromString);
            int from = t.normStart();
            assertEquals(n, Clitics.offsets(chars, from, from + t.norm().length(), t.type(), fromChars), t.toString());
            for (int k = 0; k < n; k++) {
                assertEquals(fromString[k], fromChars[k], t + " reading " + k);
            }
        }
    }

    @Property(tries = 400)
    void offsetsAreTheReadingsOfAnalyze(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        int[] out = new int[6];
        for (Token t : doc.tokens()) {
            int n = Clitics.offsets(t.norm(), t.type(), out);
            List<Integer> expected = new ArrayList<>();
            for (Clitics.Analysis a : t.analyses()) {
                expected.add(t.norm().length() - a.stem().length());
            }
            List<Integer> actual = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                actual.add(out[k]);
            }
            assertEquals(expected, actual, t.toString());
        }
    }

    /** The readings TokenFacts builds for every token are those a token builds on its own first call. */
    @Property(tries = 300)
    void readingsBuiltWithTheFactsEqualThoseBuiltOnDemand(@ForAll("texts") String text) {
        TextAnalysis eager = TextAnalysis.of(text);
        eager.facts(WordFacts.builder().add("قال", 1).build());
        TextAnalysis lazy = TextAnalysis.of(text);
        for (int i = 0; i < eager.size(); i++) {
            List<Clitics.Analysis> a = eager.token(i).analyses();
            List<Clitics.Analysis> b = lazy.token(i).analyses();
            assertEquals(b, a, eager.token(i).toString());
            for (int r = 0; r < a.size(); r++) {
                assertEquals(b.get(r).toString(), a.get(r).toString());
                assertEquals(b.get(r).key() == b.get(r).stem(), a.get(r).key() == a.get(r).stem(), "key is the stem");
            }
            assertTrue(a == eager.token(i).analyses(), "built once");
        }
    }

    @Property(tries = 400)
    void bitsEqualTheLookUpsTheyReplace(@ForAll("texts") String text, @ForAll("texts") String lexicon) {
        // the lexicon: every reading of every token of another random text, each under its own bit
        Map<String, Long> oracle = new HashMap<>();
        WordFacts.Builder b = WordFacts.builder();
        int bit = 0;
        for (Token t : TextAnalysis.of(lexicon).tokens()) {
            for (Clitics.Analysis a : t.analyses()) {
                long v = 1L << (bit++ % 64);
                oracle.merge(a.stem(), v, (x, y) -> x | y);
                b.add(a.stem(), v);
            }
        }
        // and the text's own bare words, so that hits occur
        for (Token t : TextAnalysis.of(text).tokens()) {
            oracle.merge(t.norm(), 1L << 63, (x, y) -> x | y);
            b.add(t.norm(), 1L << 63);
        }
        WordFacts table = b.build();
        TextAnalysis doc = TextAnalysis.of(text);
        TokenFacts f = doc.facts(table);
        for (int i = 0; i < doc.size(); i++) {
            Token t = doc.token(i);
            long stems = 0;
            long keys = 0;
            List<Integer> hashes = new ArrayList<>();
            for (int r = 0; r < t.analyses().size(); r++) {
                assertEquals(oracle.getOrDefault(t.analyses().get(r).stem(), 0L), f.stem(i, r), t + " reading " + r);
            }
            for (Clitics.Analysis a : t.analyses()) {
                stems |= oracle.getOrDefault(a.stem(), 0L);
                keys |= oracle.getOrDefault(a.key(), 0L);
                hashes.add(a.stem().hashCode());
                if (!a.key().equals(a.stem())) {
                    hashes.add(a.key().hashCode());
                }
            }
            assertEquals(oracle.getOrDefault(t.norm(), 0L), f.bare(i), t + " bare");
            assertEquals(oracle.getOrDefault(t.key(), 0L), f.bareKey(i), t + " key");
            assertEquals(stems, f.stems(i), t + " stems");
            assertEquals(keys, f.keys(i), t + " keys");
            List<Integer> actual = new ArrayList<>();
            for (int k = f.hashFrom(i); k < f.hashTo(i); k++) {
                actual.add(f.hash(k));
            }
            assertEquals(hashes, actual, t + " hashes");
        }
    }

    @Test
    void unknownWordsHaveNoBitsAndBitsOfOneWordMerge() {
        WordFacts t = WordFacts.builder().add("قال", 1).add("قال", 4).add("حزب", 2).build();
        assertEquals(5, t.get("قال"));
        assertEquals(2, t.get("xحزبx", 1, 4));
        assertEquals(0, t.get("قالت"));
        assertEquals(0, t.get("قا"));
        assertEquals(0, WordFacts.builder().build().get("قال"));
    }

    @Test
    void aDocumentKeepsTheFactsOfTheLastTable() {
        TextAnalysis doc = TextAnalysis.of("قال الحزب");
        WordFacts a = WordFacts.builder().add("قال", 1).build();
        WordFacts b = WordFacts.builder().add("حزب", 2).build();
        assertTrue(doc.facts(a) == doc.facts(a), "computed once per table");
        assertEquals(1, doc.facts(a).bare(0));
        assertEquals(2, doc.facts(b).bareKey(1));
        assertFalse(doc.facts(b).any(0, 1), "another table, other bits");
    }
}
