package org.khabar.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PhraseIndex#keys}'s short cut for phrases already in normal form answers what normalising and
 * tokenising would, and declines every phrase it cannot answer exactly.
 */
class PhraseKeysProperties {

    @Provide
    Arbitrary<String> phrases() {
        // words of letters from U+0620..U+064F (some folded by the normaliser, tatweel, marks) with or
        // without an article, now and then a Latin letter, digit, mark or control, Latin words (upper and
        // lower case, digits, an accent), Arabic and Latin glued, joined by one or two spaces: the short
        // cut must either agree or decline
        Arbitrary<Character> letter = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.chars().range('\u0620', '\u064F')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('a', 'Z', '1', '\u200f', '\u0652', '-')));
        Arbitrary<String> word = Combinators.combine(Arbitraries.of("", "", "ال", "وال", "ا"),
                letter.list().ofMinSize(1).ofMaxSize(5)).as((article, letters) -> {
                    StringBuilder b = new StringBuilder(article);
                    letters.forEach(b::append);
                    return b.toString();
                });
        Arbitrary<String> latin = Arbitraries.strings().withChars("abcXYZ1é-").ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> anyWord = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, word), net.jqwik.api.Tuple.of(1, latin),
                net.jqwik.api.Tuple.of(1, Combinators.combine(word, latin).as(String::concat)));
        return Combinators.combine(anyWord.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(" ", " ", " ", "  "))
                .as((words, gap) -> String.join(gap, words));
    }

    @Property(tries = 2000)
    void plainKeysAgreeWithNormalisedKeysOrDecline(@ForAll("phrases") String phrase) {
        List<String> plain = PhraseIndex.plainKeys(phrase);
        if (plain != null) {
            assertEquals(PhraseIndex.normalisedKeys(phrase), plain, phrase);
        }
    }

    @Property(tries = 2000)
    void joinedKeysIsTheJoinOfTheKeys(@ForAll("phrases") String phrase) {
        assertEquals(String.join(" ", PhraseIndex.keys(phrase)), PhraseIndex.joinedKeys(phrase), phrase);
    }

    @Property(tries = 2000)
    void plainWritesArticleAgreesWithWritesArticle(@ForAll("phrases") String phrase) {
        List<String> plain = PhraseIndex.plainKeys(phrase);
        if (plain != null) {
            assertEquals(PhraseIndex.writesArticle(phrase), PhraseIndex.plainWritesArticle(phrase, plain.get(0)), phrase);
        }
    }

    /**
     * putWords of a name's words is put of their join: same keys (looked up by get), same written article
     * (read by a match on the joined text) and the same value returned. The words are those of the phrases
     * above, as written and as normalised (the linker's case), so both its short cut and its long way run.
     */
    @Property(tries = 2000)
    void putWordsIsPutOfTheJoin(@ForAll("phrases") String phrase, @ForAll boolean normalise) {
        List<String> words = new java.util.ArrayList<>();
        for (String w : phrase.split(" ")) {
            String n = normalise ? org.khabar.internal.text.ArabicNormalizer.normalizeKey(w) : w;
            if (!n.isEmpty() && n.indexOf(' ') < 0) {
                words.add(n);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        String joined = String.join(" ", words);
        if (PhraseIndex.keys(joined).isEmpty()) {
            return; // put throws for a phrase without tokens; so does putWords, the long way
        }
        PhraseIndex<Integer> byWords = new PhraseIndex<>();
        PhraseIndex<Integer> byJoin = new PhraseIndex<>();
        assertEquals(byJoin.put(joined, 1), byWords.putWords(words, 1), joined);
        assertEquals(byJoin.put(joined, 2), byWords.putWords(words, 2), joined);
        assertEquals(byJoin.get(joined), byWords.get(joined), joined);
        assertEquals(byJoin.size(), byWords.size(), joined);
        org.khabar.internal.text.TextAnalysis doc = org.khabar.internal.text.TextAnalysis.of(joined);
        PhraseIndex.Match<Integer> a = byJoin.match(doc, 0, doc.size());
        PhraseIndex.Match<Integer> b = byWords.match(doc, 0, doc.size());
        assertEquals(a == null, b == null, joined);
        if (a != null) {
            assertEquals(a.value(), b.value(), joined);
            assertEquals(a.end(), b.end(), joined);
            assertEquals(a.written(), b.written(), joined);
            assertEquals(a.listed(true), b.listed(true), joined);
            assertEquals(a.listed(false), b.listed(false), joined);
        }
    }

    @Example
    void putWordsKeysAWrittenArticleAsPutDoes() {
        PhraseIndex<Integer> names = new PhraseIndex<>();
        names.putWords(List.of("الاسد", "بشار"), 1);
        assertEquals(1, names.get("الأسد بشار"));
        assertEquals(1, names.get("أسد بشار")); // keyed without the article
        org.khabar.internal.text.TextAnalysis doc = org.khabar.internal.text.TextAnalysis.of("الاسد بشار");
        assertEquals(true, names.match(doc, 0, doc.size()).listed(true));
        assertEquals(false, names.match(doc, 0, doc.size()).listed(false));
    }

    @Example
    void joinsTheKeysOfNames() {
        assertEquals("اسد بشار", PhraseIndex.joinedKeys("الأسد بشار"));
        assertEquals("الفي", PhraseIndex.joinedKeys("ألفي")); // أل is no article
        assertEquals("bloomberg news", PhraseIndex.joinedKeys("Bloomberg News"));
        assertEquals("بن لادن", PhraseIndex.joinedKeys("بن  لادن")); // the long way: two spaces
        assertEquals("", PhraseIndex.joinedKeys(""));
    }

    @Example
    void answersNormalisedNamesAndDeclinesTheRest() {
        assertEquals(List.of("اسد", "بشار"), PhraseIndex.plainKeys("الاسد بشار"));
        assertNotNull(PhraseIndex.plainKeys("عبد الله"));
        assertEquals(List.of("احمد", "مؤسسه"), PhraseIndex.plainKeys("أحمد مؤسسة")); // folded as the normaliser does
        assertEquals(List.of("الفي"), PhraseIndex.plainKeys("ألفي")); // أل is no article
        assertEquals(List.of("bloomberg", "news"), PhraseIndex.plainKeys("Bloomberg News"));
        assertNull(PhraseIndex.plainKeys("بن  لادن")); // two spaces
        assertNull(PhraseIndex.plainKeys("وRipple")); // one MIXED token
        assertNull(PhraseIndex.plainKeys("3M")); // a number and a word
        assertNull(PhraseIndex.plainKeys("أحمـد")); // tatweel
        assertNull(PhraseIndex.plainKeys(""));
    }

    /** The hash of a phrase's first key, or NO_KEY for a phrase without keys, as the linker's filter reads it. */
    private static long firstKeyHashOfKeys(String phrase) {
        List<String> keys = PhraseIndex.keys(phrase);
        return keys.isEmpty() ? PhraseIndex.NO_KEY : keys.get(0).hashCode() & 0xFFFFFFFFL;
    }

    /**
     * firstKeyHash, over a phrase inside a longer text (a mention's span) and over a name's words, is the
     * hash of the first of the phrase's keys: its short cut folds and drops the article as plainKeys does, and
     * every other phrase goes the long way.
     */
    @Property(tries = 2000)
    void firstKeyHashIsTheHashOfTheFirstKey(@ForAll("phrases") String phrase, @ForAll("phrases") String around,
            @ForAll boolean normalise) {
        long expected = firstKeyHashOfKeys(phrase);
        assertEquals(expected, PhraseIndex.firstKeyHash(phrase, 0, phrase.length()), phrase);
        String text = around + " " + phrase + "،" + around;
        int from = around.length() + 1;
        assertEquals(expected, PhraseIndex.firstKeyHash(text, from, from + phrase.length()), phrase);
        List<String> words = new java.util.ArrayList<>();
        for (String w : phrase.split(" ")) {
            String n = normalise ? org.khabar.internal.text.ArabicNormalizer.normalizeKey(w) : w;
            if (!n.isEmpty() && n.indexOf(' ') < 0) {
                words.add(n);
            }
        }
        assertEquals(firstKeyHashOfKeys(String.join(" ", words)), PhraseIndex.firstKeyHash(words), phrase);
    }

    /**
     * What the linker's filter relies on: a phrase is matched at a token only when one of the token's reading
     * hashes ({@link org.khabar.internal.text.TokenFacts#hash}) is the firstKeyHash of a phrase put. Names put
     * by words and by their text, the text holding them behind clitics and articles, and other words.
     */
    @Property(tries = 300)
    void aMatchStartsAtAReadingHashOfAFirstKey(@ForAll("phrases") String a, @ForAll("phrases") String b,
            @ForAll("phrases") String other) {
        PhraseIndex<Integer> index = new PhraseIndex<>();
        java.util.Set<Long> firsts = new java.util.HashSet<>();
        for (String phrase : List.of(a, b)) {
            if (PhraseIndex.keys(phrase).isEmpty()) {
                continue;
            }
            index.put(phrase, 1);
            firsts.add(PhraseIndex.firstKeyHash(phrase, 0, phrase.length()));
            List<String> words = new java.util.ArrayList<>();
            for (String w : phrase.split(" ")) {
                String n = org.khabar.internal.text.ArabicNormalizer.normalizeKey(w);
                if (!n.isEmpty() && n.indexOf(' ') < 0) {
                    words.add(n);
                }
            }
            if (!words.isEmpty() && !PhraseIndex.keys(String.join(" ", words)).isEmpty()) {
                index.putWords(words, 2);
                firsts.add(PhraseIndex.firstKeyHash(words));
            }
        }
        String text = String.join(" ", other, "و" + a, "بال" + b, a, other, "لل" + b, b, "ال" + a);
        org.khabar.internal.text.TextAnalysis doc = org.khabar.internal.text.TextAnalysis.of(text);
        org.khabar.internal.text.TokenFacts f = doc.facts(org.khabar.internal.text.WordFacts.builder().build());
        for (int i = 0; i < doc.size(); i++) {
            if (index.match(doc, i, doc.size()) == null && index.match(doc, f, i, doc.size()) == null) {
                continue;
            }
            boolean met = false;
            for (int k = f.hashFrom(i); k < f.hashTo(i); k++) {
                met |= firsts.contains(f.hash(k) & 0xFFFFFFFFL);
            }
            org.junit.jupiter.api.Assertions.assertTrue(met, "token " + i + " of " + text);
        }
    }

    @Example
    void firstKeyHashFoldsAndDropsTheArticle() {
        assertEquals("اسد".hashCode() & 0xFFFFFFFFL, PhraseIndex.firstKeyHash("الأسد بشار", 0, 10));
        assertEquals("الفي".hashCode() & 0xFFFFFFFFL, PhraseIndex.firstKeyHash("ألفي", 0, 4)); // أل is no article
        assertEquals("bloomberg".hashCode() & 0xFFFFFFFFL, PhraseIndex.firstKeyHash("قالت Bloomberg News", 5, 19));
        assertEquals("بن".hashCode() & 0xFFFFFFFFL, PhraseIndex.firstKeyHash("بن  لادن", 0, 8)); // the long way
        assertEquals(PhraseIndex.NO_KEY, PhraseIndex.firstKeyHash("", 0, 0));
        assertEquals("اسد".hashCode() & 0xFFFFFFFFL, PhraseIndex.firstKeyHash(List.of("الاسد", "بشار")));
    }
}
