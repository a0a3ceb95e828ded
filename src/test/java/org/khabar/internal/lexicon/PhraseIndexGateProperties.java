package org.khabar.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.TokenFacts;
import org.khabar.internal.text.WordFacts;

/**
 * The early answer of {@link PhraseIndex#match(TextAnalysis, TokenFacts, int, int)} (from word-fact bits,
 * or from reading hashes for an index no table knows) never changes the answer of the full trie walk.
 */
class PhraseIndexGateProperties {

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.of("قال", "الحزب", "حزب", "والحزب", "بالحزب", "للحزب", "الوطني", "وطني", "مجلس", "الأمن",
                "بمجلس", "الامن", "وقال", "فالمجلس", "لل", "في", "Ripple", "وRipple", "$", "100", "،")
                .list().ofMinSize(1).ofMaxSize(10);
    }

    /** Many first words, each with and without clitics and article, and longer phrases: the same answers. */
    @Property(tries = 30)
    void manyFirstWordsGiveTheSameAnswers(@ForAll("words") List<String> text) {
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        PhraseIndex<String> index = new PhraseIndex<>();
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int k = 0; k < 300; k++) {
            String w = "" + letters.charAt(k % 27) + letters.charAt(k / 27 % 27) + letters.charAt((k * 7) % 27);
            words.add(w);
            index.put(k % 3 == 0 ? "ال" + w : k % 3 == 1 ? w : w + " " + text.get(0), w);
        }
        java.util.List<String> doc = new java.util.ArrayList<>(text);
        for (int k = 0; k < 300; k += 7) {
            doc.add(List.of("", "و", "بال", "ال", "لل").get(k % 5) + words.get(k));
            doc.add(text.get(k % text.size()));
        }
        TextAnalysis d = TextAnalysis.of(String.join(" ", doc));
        TokenFacts f = d.facts(WordFacts.builder().build());
        int found = 0;
        for (int i = 0; i < d.size(); i++) {
            PhraseIndex.Match<String> m = index.match(d, i, d.size());
            assertEquals(m, index.match(d, f, i, d.size()));
            assertEquals(index.matchBare(d, i, d.size()), index.matchBare(d, f, i, d.size()));
            found += m == null ? 0 : 1;
        }
        org.junit.jupiter.api.Assertions.assertTrue(found >= 20, "found " + found);
        assertNextMayMatchIsTheScan(index, f, d.size());
    }

    /**
     * Many words after a few first words, and some first words alone: the filters of one-word phrases and
     * of second words grow as entries come, and still never turn a match away.
     */
    @Property(tries = 30)
    void manySecondWordsGiveTheSameAnswers(@ForAll("words") List<String> text) {
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        PhraseIndex<String> known = new PhraseIndex<>(Facts.TITLE);
        PhraseIndex<String> adHoc = new PhraseIndex<>();
        java.util.List<String> doc = new java.util.ArrayList<>(text);
        for (int k = 0; k < 400; k++) {
            String first = "" + letters.charAt(k % 5) + letters.charAt(k % 5 + 9) + letters.charAt(k % 5 + 3);
            String second = "" + letters.charAt(k % 27) + letters.charAt(k / 27 % 27) + letters.charAt((k * 7) % 27);
            String p = k % 10 == 0 ? second : first + " " + (k % 2 == 0 ? "ال" : "") + second;
            known.put(p, p);
            adHoc.put(p, p);
            if (k % 9 == 0) {
                doc.add(List.of("", "و", "بال", "ال", "لل").get(k % 5) + first);
                doc.add(k % 4 == 0 ? text.get(k % text.size()) : "ال" + second);
                // a second word behind a clitic: only the next token's form and key continue a phrase, and the
                // second-word filter reads those two hashes alone (a clitic reading's stem would pass it)
                doc.add(first);
                doc.add(List.of("و", "بال", "وال", "ب", "لل").get(k % 5) + second);
            }
        }
        WordFacts table = WordFacts.builder().addAll(known.firstWords(), known.fact()).build();
        TextAnalysis d = TextAnalysis.of(String.join(" ", doc));
        TokenFacts f = d.facts(table);
        int found = 0;
        for (int i = 0; i < d.size(); i++) {
            for (int limit = i; limit <= Math.min(d.size(), i + 3); limit++) {
                PhraseIndex.Match<String> m = known.match(d, i, limit);
                assertEquals(m, known.match(d, f, i, limit));
                assertEquals(known.matchBare(d, i, limit), known.matchBare(d, f, i, limit));
                assertEquals(adHoc.match(d, i, limit), adHoc.match(d, f, i, limit));
                assertEquals(adHoc.matchBare(d, i, limit), adHoc.matchBare(d, f, i, limit));
                found += m == null ? 0 : 1;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(found >= 20, "found " + found);
        assertNextMayMatchIsTheScan(known, f, d.size());
        assertNextMayMatchIsTheScan(adHoc, f, d.size());
    }

    @Property(tries = 300)
    void gatedMatchesEqualTrieWalks(@ForAll("words") List<String> text, @ForAll("words") List<String> phrases,
            @ForAll("words") List<String> more) {
        PhraseIndex<String> known = new PhraseIndex<>(Facts.TITLE);
        PhraseIndex<String> adHoc = new PhraseIndex<>();
        String a = String.join(" ", phrases.subList(0, Math.min(3, phrases.size())));
        String b = String.join(" ", more.subList(0, Math.min(2, more.size())));
        for (String p : List.of(a, b, phrases.get(phrases.size() - 1))) {
            known.put(p, p);
            adHoc.put(p, p);
        }
        WordFacts table = WordFacts.builder().addAll(known.firstWords(), known.fact()).build();
        TextAnalysis doc = TextAnalysis.of(String.join(" ", text));
        TokenFacts f = doc.facts(table);
        for (int i = 0; i < doc.size(); i++) {
            for (int limit = i; limit <= doc.size(); limit++) {
                assertEquals(known.match(doc, i, limit), known.match(doc, f, i, limit));
                assertEquals(known.matchBare(doc, i, limit), known.matchBare(doc, f, i, limit));
                assertEquals(adHoc.match(doc, i, limit), adHoc.match(doc, f, i, limit));
                assertEquals(adHoc.matchBare(doc, i, limit), adHoc.matchBare(doc, f, i, limit));
            }
        }
        assertNextMayMatchIsTheScan(known, f, doc.size());
        assertNextMayMatchIsTheScan(adHoc, f, doc.size());
        assertNextMayMatchIsTheScan(new PhraseIndex<String>(), f, doc.size()); // nothing put: no filter yet
    }

    /**
     * A definite word probed once: the reading past its article (ال|حزب، وال|حزب، بال|حزب) has the stem the
     * reading before it has as its key, and the gated look-up skips that stem. The answer stays the walk's:
     * the first reading found wins a tie, so the head is the reading with the article and the article is
     * set aside (a look-up that skipped the key instead would answer the later reading, article kept).
     */
    @org.junit.jupiter.api.Test
    void theReadingPastAnArticleIsProbedAsTheKeyBeforeIt() {
        for (long fact : new long[] {Facts.TITLE, 0L}) {
            PhraseIndex<String> index = new PhraseIndex<>(fact);
            index.put("حزب", "party");
            index.put("حزب الأمة", "Umma");
            index.put("الحزب الوطني", "national");
            WordFacts table = WordFacts.builder().addAll(index.firstWords(), Facts.TITLE).build();
            TextAnalysis d = TextAnalysis.of("الحزب قال والحزب الأمة وبالحزب الوطني للحزب و بالحزب الأمة");
            TokenFacts f = d.facts(table);
            int found = 0;
            for (int i = 0; i < d.size(); i++) {
                for (int limit = i; limit <= d.size(); limit++) {
                    PhraseIndex.Match<String> m = index.match(d, i, limit);
                    assertEquals(m, index.match(d, f, i, limit), "token " + i + " limit " + limit);
                    assertEquals(index.matchBare(d, i, limit), index.matchBare(d, f, i, limit));
                    if (m != null && d.token(i).norm().contains("الحزب")) {
                        org.junit.jupiter.api.Assertions.assertTrue(m.head().stem().startsWith("الحزب"),
                                m.head().stem());
                        org.junit.jupiter.api.Assertions.assertTrue(m.articleDropped());
                        found++;
                    }
                }
            }
            org.junit.jupiter.api.Assertions.assertTrue(found >= 10, "found " + found);
            PhraseIndex.Match<String> umma = index.match(d, f, 2, d.size());
            assertEquals("Umma", umma.value());
            assertEquals(4, umma.end());
        }
    }

    /**
     * {@link PhraseIndex#nextMayMatch} from every token, and up to every end, is the first token a scan
     * testing {@link PhraseIndex#mayMatch} at each token stops at (the linker's scans rely on it).
     */
    private static void assertNextMayMatchIsTheScan(PhraseIndex<String> index, TokenFacts f, int size) {
        for (int n = 0; n <= size; n++) {
            for (int i = 0; i <= n; i++) {
                int expected = i;
                while (expected < n && !index.mayMatch(f, expected)) {
                    expected++;
                }
                assertEquals(expected, index.nextMayMatch(f, i, n), "from " + i + " before " + n);
            }
        }
    }
}
