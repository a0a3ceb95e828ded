package org.khabar.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LetterNamesProperties {

    /** The letter names as the news spells them (LetterNames' list), for the generator below. */
    private static final String[] NAMES = {"اي", "ايه", "بي", "سي", "دي", "اف", "جي", "اتش", "اش", "جاي", "كي", "ام", "ان",
        "او", "كيو", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "زي"};

    /** Letter names with and without the article and with letters around them, and other short and long words. */
    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> name = Arbitraries.of(NAMES);
        Arbitrary<String> letters = Arbitraries.chars().range('\u0621', '\u064A').list().ofMaxSize(9)
                .map(cs -> { StringBuilder b = new StringBuilder(); cs.forEach(b::append); return b.toString(); });
        return Arbitraries.oneOf(name, name.map(n -> "ال" + n), name.map(n -> "وال" + n),
                net.jqwik.api.Combinators.combine(name, letters).as((n, l) -> n + l),
                net.jqwik.api.Combinators.combine(letters, name).as((l, n) -> l + n),
                letters, letters.map(l -> "ال" + l));
    }

    @Property(tries = 2000)
    void theLengthShortCutAnswersAsTheDefinition(@ForAll("words") String w) {
        // isWithArticle answers a word longer than the article and the longest letter name by its length alone
        boolean definition = LetterNames.is(w) || w.length() > 3 && w.startsWith("ال") && LetterNames.is(w.substring(2));
        assertEquals(definition, LetterNames.isWithArticle(w), w);
    }

    @Example
    void noLetterNameIsLongerThanTheShortCutAllows() {
        for (String n : NAMES) {
            assertTrue(LetterNames.is(n), n);
            assertTrue(n.length() <= LetterNames.LONGEST, n);
            assertTrue(LetterNames.isWithArticle(n) && LetterNames.isWithArticle("ال" + n), n);
        }
        assertTrue(LetterNames.isWithArticle("الدبليو"), "the longest with the article: seven chars");
    }
}
