package org.khabar.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            assertEquals(LEX.givenNames.get(doc.token(k).norm()), ActorRules.genderOfGiven(f.bare(k)), doc.token(k).norm());
        }
        eachStem(doc, (stem, bits) -> assertEquals(LEX.givenNames.get(stem), ActorRules.genderOfGiven(bits), stem));
    }

    /** Calls {@code check} with each reading's stem of every token of the text and the bits the facts hold for it. */
    private static void eachStem(TextAnalysis doc, java.util.function.ObjLongConsumer<String> check) {
        org.khabar.internal.text.TokenFacts f = doc.facts(TABLE);
        for (int k = 0; k < doc.size(); k++) {
            List<org.khabar.internal.text.Clitics.Analysis> readings = doc.token(k).analyses();
            for (int r = 0; r < readings.size(); r++) {
                check.accept(readings.get(r).stem(), f.stem(k, r));
            }
        }
    }

    /** Every singular reporting verb of the lexicon: the bits of its word carry the map's gender; other words none. */
    @net.jqwik.api.Example
    void singularVerbBitsCarryTheLexiconsGender() {
        java.util.EnumMap<org.khabar.Gender, Integer> seen = new java.util.EnumMap<>(org.khabar.Gender.class);
        for (java.util.Map.Entry<String, org.khabar.Gender> e : LEX.singularVerbs.entrySet()) {
            assertEquals(e.getValue(), ActorRules.genderOfSingularVerb(TABLE.get(e.getKey())), e.getKey());
            seen.merge(e.getValue(), 1, Integer::sum);
        }
        assertTrue(seen.size() >= 2, "the lexicon has male and female verbs: " + seen);
        assertEquals(null, ActorRules.genderOfSingularVerb(TABLE.get("الشركة")));
        assertEquals(null, ActorRules.genderOfSingularVerb(TABLE.get("قالوا")));
        assertEquals(null, ActorRules.genderOfSingularVerb(0L));
    }

    private static List<String> verbSample() {
        List<String> w = new java.util.ArrayList<>();
        java.util.EnumMap<org.khabar.Gender, Integer> taken = new java.util.EnumMap<>(org.khabar.Gender.class);
        for (java.util.Map.Entry<String, org.khabar.Gender> e : new java.util.TreeMap<>(LEX.singularVerbs).entrySet()) {
            if (taken.merge(e.getValue(), 1, Integer::sum) <= 40) {
                w.add(e.getKey());
            }
        }
        w.addAll(List.of("قال", "قالت", "يقول", "تقول", "بين", "قالوا", "الرئيس", "محمد", "في", "بينما"));
        return w;
    }

    private static final List<String> VERB_WORDS = verbSample();

    @Provide
    Arbitrary<String> verbTexts() {
        return org.khabar.testutil.WordTexts.of(List.of("", "", "و", "ف", "ب", "ال"), VERB_WORDS, OTHER);
    }

    /**
     * singularVerbOf reads a reading's singular-verb gender from its stem's bits: on every token and reading
     * they must answer as the singularVerbs map does for that stem.
     */
    @Property(tries = 300)
    void singularVerbGenderByBitsAnswersAsTheMap(@ForAll("verbTexts") String text) {
        eachStem(TextAnalysis.of(text),
                (stem, bits) -> assertEquals(LEX.singularVerbs.get(stem), ActorRules.genderOfSingularVerb(bits), stem));
    }

    /** Every ambiguous given name of the lexicon has the bit; a user's given name, no longer ambiguous, has not. */
    @net.jqwik.api.Example
    void ambiguousNameBitIsTheSet() {
        for (String w : LEX.ambiguousNames) {
            assertTrue((TABLE.get(w) & org.khabar.internal.lexicon.Facts.AMBIGUOUS_NAME) != 0, w);
        }
        assertTrue(LEX.ambiguousNames.size() > 20, "ambiguous names: " + LEX.ambiguousNames.size());
        String some = new java.util.TreeSet<>(LEX.ambiguousNames).first();
        org.khabar.internal.lexicon.CustomEntries custom = new org.khabar.internal.lexicon.CustomEntries();
        custom.givenName(some, org.khabar.Gender.MALE);
        NameLexicons withCustom = NameLexicons.with(custom.freeze());
        WordFacts table = withCustom.contribute(WordFacts.builder()).build();
        assertEquals(0L, table.get(some) & org.khabar.internal.lexicon.Facts.AMBIGUOUS_NAME, some);
        assertEquals(0L, TABLE.get("الشركة") & org.khabar.internal.lexicon.Facts.AMBIGUOUS_NAME);
    }

    private static List<String> ambiguitySample() {
        List<String> w = new java.util.ArrayList<>();
        new java.util.TreeSet<>(LEX.ambiguousNames).stream().limit(60).forEach(w::add);
        new java.util.TreeSet<>(LEX.notNameWords).stream().limit(30).forEach(w::add);
        new java.util.TreeSet<>(LEX.definitePlaceNames).stream().limit(30).forEach(w::add);
        new java.util.TreeSet<>(LEX.givenNames.keySet()).stream().limit(30).forEach(w::add);
        w.addAll(List.of("علي", "على", "عليّ", "وعلي", "بعلي", "الرئيس", "في", "حسن", "الحسن", "أمل"));
        new java.util.TreeSet<>(LEX.arabicGivenNames).stream().limit(30).forEach(w::add);
        w.addAll(Words.PARTICLES); // particleAt
        w.addAll(List.of("أبو", "ابن", "فان", "دي", "وبن", "بنت", "بنات"));
        return w;
    }

    private static final List<String> AMBIGUITY_WORDS = ambiguitySample();

    @Provide
    Arbitrary<String> ambiguityTexts() {
        return org.khabar.testutil.WordTexts.of(List.of("", "", "و", "ب", "ل", "ال", "ف"), AMBIGUITY_WORDS, OTHER);
    }

    /**
     * The ambiguity test by bits, of a token and of each reading's stem, must answer as the test of the word's
     * string (the three sets and علي) on every token of texts of ambiguous names, listed words and places; and
     * particleAt, the particle bit of a token, as isParticle of its norm; the Arabic-name bit of a token and of each
     * reading's stem as the set; and foreignGiven, which reads those bits, as its string-and-set reference.
     */
    @Property(tries = 300)
    void ambiguityByBitsAnswersAsTheSets(@ForAll("ambiguityTexts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, org.khabar.Strictness.BALANCED);
        for (int k = 0; k < doc.size(); k++) {
            Token t = doc.token(k);
            assertEquals(ActorRules.ambiguous(c, t.norm()), ActorRules.ambiguous(c, k), t.norm());
            assertEquals(ActorRules.isParticle(t.norm()), ActorRules.particleAt(c, k), t.norm());
            assertEquals(LEX.arabicGivenNames.contains(t.norm()), (c.facts.bare(k) & org.khabar.internal.lexicon.Facts.ARABIC_GIVEN) != 0, t.norm());
            assertEquals(foreignGivenByStrings(c, k), ActorRules.foreignGiven(c, k), t.norm());
            List<org.khabar.internal.text.Clitics.Analysis> readings = t.analyses();
            for (int r = 0; r < readings.size(); r++) {
                org.khabar.internal.text.Clitics.Analysis a = readings.get(r);
                assertEquals(ActorRules.ambiguous(c, a.stem()), ActorRules.ambiguous(c, k, r, a), t.norm() + " " + a.stem());
            }
        }
        eachStem(doc, (stem, bits) -> assertEquals(LEX.arabicGivenNames.contains(stem),
                (bits & org.khabar.internal.lexicon.Facts.ARABIC_GIVEN) != 0, stem));
    }

    private static final List<String> REPEAT_WORDS = List.of("فرويد", "شتاينبك", "مانديلا", "أينشتاين", "غوتيريش",
            "كوفي", "بوتين", "الرئيس", "قال", "في", "من", "محمد", "لندن", "الشركة", "وفرويد", "سالم", "تصريحات", "جديد");

    @Provide
    Arbitrary<String> repeatTexts() {
        return org.khabar.testutil.WordTexts.of(List.of("", "", "", "و", "ب"), REPEAT_WORDS, OTHER);
    }

    /**
     * repeated counts the candidates its hash-slot table leaves: exactly the tokens that pass plainNameFacts,
     * less some whose word is met fewer than three times among them; none whose word is met three times or
     * more may be left out (then a surname's mentions would go uncounted).
     */
    @Property(tries = 300)
    void repeatCandidatesKeepEveryFrequentWord(@ForAll("repeatTexts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, org.khabar.Strictness.BALANCED);
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (int k = 0; k < doc.size(); k++) {
            if (ActorRules.plainNameFacts(c, k, 4)) {
                count.merge(doc.token(k).norm(), 1, Integer::sum);
            }
        }
        java.util.Set<Integer> got = new java.util.HashSet<>();
        int prev = -1;
        for (int k : ActorRules.repeatCandidates(c)) {
            assertTrue(k > prev && ActorRules.plainNameFacts(c, k, 4), k + " in " + text);
            got.add(k);
            prev = k;
        }
        for (int k = 0; k < doc.size(); k++) {
            if (ActorRules.plainNameFacts(c, k, 4) && count.get(doc.token(k).norm()) >= 3) {
                assertTrue(got.contains(k), doc.token(k).norm() + " at " + k + " in " + text);
            }
        }
    }

    /** ActorRules.foreignGiven as it was written over the token's string and the name sets: the reference. */
    private static boolean foreignGivenByStrings(DocContext c, int i) {
        Token t = c.tok(i);
        if (t.type() != org.khabar.internal.text.TokenType.ARABIC
                || (c.facts.stems(i) & org.khabar.internal.lexicon.Facts.GIVEN_NAME) == 0) {
            return false;
        }
        String g = t.norm();
        boolean known = LEX.givenNames.containsKey(g);
        if (!known && g.length() > 3 && g.charAt(0) == 'و') {
            g = g.substring(1);
            known = LEX.givenNames.containsKey(g);
        }
        return known && !LEX.arabicGivenNames.contains(g) && !ActorRules.ambiguous(c, g);
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
