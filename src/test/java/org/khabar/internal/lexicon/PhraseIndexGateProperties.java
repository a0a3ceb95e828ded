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
    }
}
