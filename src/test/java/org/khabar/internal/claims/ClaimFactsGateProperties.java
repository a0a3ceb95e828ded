package org.khabar.internal.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.internal.lexicon.Facts;
import org.khabar.internal.text.Clitics;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.TokenFacts;

/**
 * The claim scans test word-fact bits before probing their lists and the phrase trie: each bit must be set
 * wherever the test it stands in front of could succeed (a clear bit answers "no" for the list or trie).
 */
class ClaimFactsGateProperties {

    private static final ClaimExtractor EXTRACTOR = ClaimCorpusTest.EXTRACTOR;
    private static final ClaimLexicon LEX = EXTRACTOR.lexicon();
    private static final String[] PREFIXES = {"", "", "", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "وب", "ك"};
    private static final String[] OTHER = {"x", "2024", "،", ".", ":", "\"", "قال", "رواية", "الشركة", "جديد", "ما"};

    private static List<String> words() {
        List<String> w = new ArrayList<>();
        w.addAll(LEX.phrases.firstWords());
        w.addAll(LEX.wholePhrases);
        w.addAll(LEX.secondWords);
        w.addAll(LEX.sourceNouns.keySet());
        w.addAll(LEX.quantifiers);
        w.addAll(ClaimExtractor.NAME_PARTICLES);
        w.addAll(LEX.verbs.keySet());
        w.addAll(LEX.verbsWithEnclitic.keySet());
        for (Set<String> list : ClaimExtractor.LISTED) {
            w.addAll(list);
        }
        return w;
    }

    private static final List<String> WORDS = words();

    @Provide
    Arbitrary<String> texts() {
        return org.khabar.testutil.WordTexts.of(List.of(PREFIXES), WORDS, OTHER);
    }

    @Property(tries = 500)
    void phraseGateHoldsWhereAPhraseMatches(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        TokenFacts f = doc.facts(EXTRACTOR.table());
        for (int k = 0; k < doc.size(); k++) {
            for (int limit : new int[] {k + 1, k + 2, doc.size()}) {
                if (limit > doc.size() || limit <= k) {
                    continue;
                }
                if (LEX.phrases.match(doc, k, limit) != null) {
                    assertTrue(ClaimExtractor.mayStartPhrase(f, k, limit), "phrase at " + k + " in: " + text);
                }
            }
        }
    }

    @Property(tries = 500)
    void listBitsCoverTheLists(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        TokenFacts f = doc.facts(EXTRACTOR.table());
        for (int k = 0; k < doc.size(); k++) {
            Token t = doc.token(k);
            boolean inList = false;
            boolean keyInList = false;
            boolean source = false;
            boolean nameLike = false;
            for (Set<String> list : ClaimExtractor.LISTED) {
                inList |= list.contains(t.norm());
            }
            boolean stemInList = false;
            for (Clitics.Analysis a : t.analyses()) {
                String w = a.key();
                for (Set<String> list : ClaimExtractor.LISTED) {
                    keyInList |= list.contains(w);
                    stemInList |= list.contains(a.stem()); // strongSource: (لـ)هؤلاء
                }
                source |= LEX.sourceNouns.containsKey(w) || LEX.quantifiers.contains(w);
                nameLike |= LEX.givenNames.contains(w) || LEX.titles.contains(w) || LEX.orgHeads.contains(w)
                        || ClaimExtractor.NAME_PARTICLES.contains(w);
            }
            assertTrue(!inList || (f.bare(k) & Facts.CLAIM_LISTED) != 0, t.norm());
            assertTrue(!keyInList || (f.keys(k) & Facts.CLAIM_LISTED) != 0, t.norm());
            assertTrue(!stemInList || (f.stems(k) & Facts.CLAIM_LISTED) != 0, t.norm());
            assertEquals(source, (f.keys(k) & Facts.CLAIM_SOURCE) != 0, t.norm());
            assertEquals(nameLike, (f.keys(k) & Facts.CLAIM_NAME_LIKE) != 0, t.norm());
        }
    }

    /**
     * The bits of the bare reading alone (the first of {@link Token#analyses()}) answer for it exactly: verbAt
     * skips its look-ups, and isSourceWord and isNameLike answer true from them, without the readings.
     */
    @Property(tries = 500)
    void bareReadingBitsAnswerForTheBareReading(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        TokenFacts f = doc.facts(EXTRACTOR.table());
        for (int k = 0; k < doc.size(); k++) {
            Clitics.Analysis bare = doc.token(k).analyses().get(0);
            String stem = bare.stem();
            String w = bare.key();
            assertEquals(LEX.verbs.containsKey(stem) || LEX.verbsWithEnclitic.containsKey(stem),
                    (f.bare(k) & Facts.CLAIM_VERB) != 0, stem);
            assertEquals(LEX.sourceNouns.containsKey(w) || LEX.quantifiers.contains(w),
                    (f.bareKey(k) & Facts.CLAIM_SOURCE) != 0, w);
            assertEquals(bare.prep() == '\0' && (LEX.givenNames.contains(w) || LEX.titles.contains(w)
                    || LEX.orgHeads.contains(w) || ClaimExtractor.NAME_PARTICLES.contains(w)),
                    (f.bareKey(k) & Facts.CLAIM_NAME_LIKE) != 0, w);
        }
    }

    /**
     * Every reading's own verb bit ({@link TokenFacts#stem}) answers for that reading's stem exactly: verbAt
     * skips the two map probes of a reading whose bit is clear (the bare reading of وقال), so a clear bit must
     * mean both maps miss, and a set bit that one of them hits.
     */
    @Property(tries = 500)
    void everyReadingsVerbBitAnswersForItsStem(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        TokenFacts f = doc.facts(EXTRACTOR.table());
        for (int k = 0; k < doc.size(); k++) {
            List<Clitics.Analysis> readings = doc.token(k).analyses();
            for (int r = 0; r < readings.size(); r++) {
                String stem = readings.get(r).stem();
                boolean verb = LEX.verbs.containsKey(stem) || LEX.verbsWithEnclitic.containsKey(stem);
                assertEquals(verb, (f.stem(k, r) & Facts.CLAIM_VERB) != 0, stem + " in " + doc.token(k).norm());
            }
        }
    }

    /** The words findMarker and extendNp compare by text, which {@code plainWord} answers for by the list bit. */
    private static final List<String> SCANNED_BY_TEXT = List.of("قائلا", "قائله", "قائلين", "من", "علي", "الي", "عن",
            "في", "خلال", "عبر");

    /**
     * A plain word (the scans skip it) is in no list, no أن, no verb form by any reading and starts no phrase;
     * the words the scans compare by text are never plain.
     */
    @Property(tries = 500)
    void plainWordsPassNoTestOfTheScans(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        TokenFacts f = doc.facts(EXTRACTOR.table());
        for (int k = 0; k < doc.size(); k++) {
            if (!ClaimExtractor.plainWord(doc, f, k)) {
                continue;
            }
            Token t = doc.token(k);
            assertTrue(t.isWord(), t.norm());
            for (Set<String> list : ClaimExtractor.LISTED) {
                assertTrue(!list.contains(t.norm()), t.norm());
            }
            assertTrue(!SCANNED_BY_TEXT.contains(t.norm()), t.norm());
            for (Clitics.Analysis a : t.analyses()) {
                assertTrue(!LEX.verbs.containsKey(a.stem()) && !LEX.verbsWithEnclitic.containsKey(a.stem()), a.stem());
            }
            assertTrue(LEX.phrases.match(doc, k, doc.size()) == null, t.norm());
            assertTrue(!ClaimExtractor.mayStartPhrase(f, k, doc.size()), t.norm());
        }
    }

    @net.jqwik.api.Example
    void theWordsTheScansCompareByTextAreNeverPlain() {
        for (String w : SCANNED_BY_TEXT) {
            TextAnalysis doc = TextAnalysis.of("قال " + w + " المتحدث");
            assertTrue(!ClaimExtractor.plainWord(doc, doc.facts(EXTRACTOR.table()), 1), w);
        }
        TextAnalysis doc = TextAnalysis.of("قال أن إنه المتحدث");
        assertTrue(!ClaimExtractor.plainWord(doc, doc.facts(EXTRACTOR.table()), 1));
        assertTrue(!ClaimExtractor.plainWord(doc, doc.facts(EXTRACTOR.table()), 2));
        assertTrue(ClaimExtractor.plainWord(doc, doc.facts(EXTRACTOR.table()), 3));
    }

    /** وقال: the bare reading is no verb form, و + قال is; the bits say so reading by reading. */
    @net.jqwik.api.Example
    void conjunctionAndVerbHaveTheBitOnTheSecondReadingOnly() {
        TextAnalysis doc = TextAnalysis.of("وقال المتحدث");
        TokenFacts f = doc.facts(EXTRACTOR.table());
        assertEquals(0L, f.stem(0, 0) & Facts.CLAIM_VERB);
        assertTrue((f.stem(0, 1) & Facts.CLAIM_VERB) != 0);
        assertEquals("قال", doc.token(0).analyses().get(1).stem());
    }
}
