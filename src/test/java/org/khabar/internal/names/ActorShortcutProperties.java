package org.khabar.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.WordFacts;

/**
 * The person rules' and the linker's shortcuts (per-document arrays, bits, filters) answer as the scans and
 * look-ups they replace.
 */
class ActorShortcutProperties {

    private static final NameLexicons LEX = NameLexicons.defaults();
    private static final WordFacts TABLE = LEX.contribute(WordFacts.builder()).build();
    private static final String[] PREFIXES = {"", "", "", "و", "ب", "ال"};
    private static final List<String> WORDS = List.of("كتب", "تصوير", "من", "محمد", "أحمد", "سالم", "الرئيس", "قال",
            "غزة", "لندن", "أبو", "الهول", "مراسلنا", "في", "الشركة", "علي", "على", "عليّ", "وعلي", "فرويد", "Aa", "BB");
    private static final String[] OTHER = {":", ":", "-", "،", ",", ".", "::", "\"", "(", "2024", "x", "Ab", "ab"};

    @Provide
    Arbitrary<String> texts() {
        return org.khabar.testutil.WordTexts.of(List.of(PREFIXES), WORDS, OTHER);
    }

    /**
     * The facts' hash of a token is its norm's String hash: {@link DocContext#normIs} (prepositionAli's test of
     * every free stop word) rules a word out on it, and must answer as the norm's equals.
     */
    @Property(tries = 300)
    void normHashIsTheNormsHash(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, org.khabar.Strictness.BALANCED);
        for (int k = 0; k < doc.size(); k++) {
            Token t = doc.token(k);
            assertEquals(t.norm().hashCode(), c.facts.normHash(k), t.norm());
            for (String w : new String[] {"علي", "من", t.norm(), t.norm() + "x"}) {
                assertEquals(t.norm().equals(w), c.normIs(k, w), t.norm() + " " + w);
            }
        }
    }

    /** Every given name of the lexicon: the bits of its word in the facts table carry its gender. */
    @net.jqwik.api.Example
    void givenNameBitsCarryTheLexiconsGender() {
        java.util.EnumMap<org.khabar.Gender, Integer> seen = new java.util.EnumMap<>(org.khabar.Gender.class);
        for (java.util.Map.Entry<String, org.khabar.Gender> e : LEX.givenNames.entrySet()) {
            assertEquals(e.getValue(), ActorRules.genderOfGiven(TABLE.get(e.getKey())), e.getKey());
            seen.merge(e.getValue(), 1, Integer::sum);
        }
        assertEquals(3, seen.size(), "the lexicon has names of all three genders: " + seen);
        // a user's given names replace the listed gender, and the bits follow the replaced entry
        org.khabar.internal.lexicon.CustomEntries custom = new org.khabar.internal.lexicon.CustomEntries();
        String female = firstOf(org.khabar.Gender.FEMALE);
        custom.givenName(female, org.khabar.Gender.MALE);
        custom.givenName("زبرجدونة", org.khabar.Gender.UNKNOWN);
        NameLexicons withCustom = NameLexicons.with(custom.freeze());
        WordFacts table = withCustom.contribute(WordFacts.builder()).build();
        for (java.util.Map.Entry<String, org.khabar.Gender> e : withCustom.givenNames.entrySet()) {
            assertEquals(e.getValue(), ActorRules.genderOfGiven(table.get(e.getKey())), e.getKey());
        }
        assertEquals(org.khabar.Gender.MALE, ActorRules.genderOfGiven(table.get(female)));
        assertEquals(null, ActorRules.genderOfGiven(TABLE.get("الشركة")));
        assertEquals(null, ActorRules.genderOfGiven(0L));
    }

    private static String firstOf(org.khabar.Gender g) {
        return new java.util.TreeMap<>(LEX.givenNames).entrySet().stream().filter(e -> e.getValue() == g).findFirst()
                .orElseThrow().getKey();
    }

    private static List<String> givenSample() {
        List<String> w = new java.util.ArrayList<>();
        java.util.EnumMap<org.khabar.Gender, Integer> taken = new java.util.EnumMap<>(org.khabar.Gender.class);
        for (java.util.Map.Entry<String, org.khabar.Gender> e : new java.util.TreeMap<>(LEX.givenNames).entrySet()) {
            if (taken.merge(e.getValue(), 1, Integer::sum) <= 60) {
                w.add(e.getKey());
            }
        }
        w.addAll(List.of("قال", "الرئيس", "في", "الشركة", "علي", "وفاطمة", "بمحمد", "لسارة"));
        return w;
    }

    private static final List<String> GIVEN_WORDS = givenSample();

    @Provide
    Arbitrary<String> givenTexts() {
        return org.khabar.testutil.WordTexts.of(List.of("", "", "و", "ب", "ل", "ال", "ف"), GIVEN_WORDS, OTHER);
    }

    /**
     * {@link ActorRules#givenGender} and the given rule read a given name's gender from the bits of the token's
     * word or of a reading's stem: they must answer as the names map does for that word or stem.
     */
    @Property(tries = 300)
    void givenGenderByBitsAnswersAsTheMap(@ForAll("givenTexts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        org.khabar.internal.text.TokenFacts f = doc.facts(TABLE);
        for (int k = 0; k < doc.size(); k++) {
            Token t = doc.token(k);
            assertEquals(LEX.givenNames.get(t.norm()), ActorRules.genderOfGiven(f.bare(k)), t.norm());
            List<org.khabar.internal.text.Clitics.Analysis> readings = t.analyses();
            for (int r = 0; r < readings.size(); r++) {
                String stem = readings.get(r).stem();
                assertEquals(LEX.givenNames.get(stem), ActorRules.genderOfGiven(f.stem(k, r)), t.norm() + " " + stem);
            }
        }
    }

    /** colonWithin reads the next-colon array: it must agree with a scan of the tokens for every range. */
    @Property(tries = 300)
    void colonWithinAnswersAsTheScan(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, org.khabar.Strictness.BALANCED);
        int size = doc.size();
        for (int from = 0; from <= size; from++) {
            for (int to = from - 1; to <= Math.min(size, from + 6); to++) {
                boolean scan = false;
                for (int k = from; k < to; k++) {
                    Token t = doc.token(k);
                    scan |= (t.type() == org.khabar.internal.text.TokenType.PUNCT
                            || t.type() == org.khabar.internal.text.TokenType.SYMBOL) && t.norm().equals(":");
                }
                assertEquals(scan, ActorRules.colonWithin(c, from, to), from + ".." + to + " in " + text);
            }
        }
    }
}
