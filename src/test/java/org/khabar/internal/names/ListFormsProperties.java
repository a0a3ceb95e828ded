package org.khabar.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.TokenType;
import org.khabar.internal.text.WordFacts;

/**
 * The list rule of {@link ActorRules#lists} asks {@link ActorRules#knownForm} whether a word is a known surname
 * or و or س and one: a bit filter of hashes computed from the surnames' hashes (no string built) must agree
 * with the set of the three forms it replaced, for every word of the text. The given-name bit that replaced
 * probes of the given-name map in lists and the linker must answer as the map.
 */
class ListFormsProperties {

    private static final NameLexicons LEX = NameLexicons.defaults();
    private static final WordFacts TABLE = LEX.contribute(WordFacts.builder()).build();
    private static final List<String> PREFIXES = List.of("", "", "و", "س", "ف", "ب", "ال", "وس");
    private static final List<String> WORDS = List.of("بوش", "شارون", "بلير", "عرفات", "مبارك", "سالم", "وليد",
            "سعيد", "الأسد", "نصر", "قال", "في", "على", "الرئيس", "هورويتز", "يلتسين", "سمير", "وزير");

    @Provide
    Arbitrary<String> texts() {
        return org.khabar.testutil.WordTexts.of(PREFIXES, WORDS, "،", ".", "1");
    }

    @Provide
    Arbitrary<Set<String>> knowns() {
        return net.jqwik.api.Arbitraries.of(WORDS).set().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 400)
    void theFilterAgreesWithTheSetOfForms(@ForAll("texts") String text, @ForAll("knowns") Set<String> known) {
        check(text, known);
    }

    /**
     * The given-name bit of a token's bare word is the lexicon's givenNames.containsKey(norm): lists (a
     * surname is no given name), Linker.frail and Linker.givenFirst read the bit where they probed the map.
     */
    @Property(tries = 300)
    void bareGivenNameBitIsTheMap(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, org.khabar.Strictness.BALANCED);
        for (int i = 0; i < doc.size(); i++) {
            String n = doc.token(i).norm();
            assertEquals(LEX.givenNames.containsKey(n),
                    (c.facts.bare(i) & org.khabar.internal.lexicon.Facts.GIVEN_NAME) != 0, n);
        }
    }

    /** Each form of a known word passes; a word with another prefix or an unknown one does not. */
    @Example
    void formsOfKnownWordsPass() {
        Set<String> known = Set.of("بوش", "شارون");
        assertEquals(List.of(true, true, true, false, false, true),
                found("بوش وبوش سبوش فبوش بلير شارون", known));
        check("بوش وشارون وبلير سيلتسين", known);
    }

    private static List<Boolean> found(String text, Set<String> known) {
        TextAnalysis doc = TextAnalysis.of(text);
        DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, org.khabar.Strictness.BALANCED);
        long[] filter = ActorRules.formFilter(known);
        List<Boolean> out = new java.util.ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            out.add(ActorRules.knownForm(c, i, filter, known));
        }
        return out;
    }

    private static void check(String text, Set<String> known) {
        Set<String> forms = new HashSet<>(known);
        for (String k : known) {
            forms.add("و" + k);
            forms.add("س" + k);
        }
        TextAnalysis doc = TextAnalysis.of(text);
        DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, org.khabar.Strictness.BALANCED);
        long[] filter = ActorRules.formFilter(known);
        for (int i = 0; i < doc.size(); i++) {
            if (c.type(i) != TokenType.ARABIC) {
                continue;
            }
            boolean want = forms.contains(doc.token(i).norm());
            assertEquals(want, ActorRules.knownForm(c, i, filter, known), text + " @" + i);
        }
    }
}
