package org.khabar.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.internal.lexicon.Facts;
import org.khabar.internal.text.Clitics;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.Token;
import org.khabar.internal.text.TokenFacts;
import org.khabar.internal.text.WordFacts;

/**
 * The person rules test word-fact bits before probing their word sets and a token's clitic readings: a bit
 * must be set exactly where the set test it stands in front of can succeed.
 */
class NameFactsGateProperties {

    private static final NameLexicons LEX = NameLexicons.defaults();
    private static final WordFacts TABLE = LEX.contribute(WordFacts.builder()).build();
    private static final String[] PREFIXES = {"", "", "", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "وب", "ك", "س"};
    private static final String[] OTHER = {"x", "2024", "،", ".", ":", "(", "-", "قال", "الشركة", "في", "الذي", "ما"};

    private static List<String> words() {
        List<String> w = new ArrayList<>();
        w.addAll(ActorRules.FAMILY_NOUNS);
        w.addAll(Words.EAST_ASIAN_SYLLABLES);
        w.addAll(ActorRules.CUE_WORDS);
        for (String cue : LEX.orgCues.keySet()) {
            for (String pronoun : new String[] {"ه", "ها", "هم", "هما", "ا", "ما"}) {
                w.add(cue + pronoun); // club verbs with an object pronoun, and near misses
            }
        }
        w.addAll(Words.PARTICLES);
        w.addAll(Words.KINSHIP.keySet());
        w.addAll(Words.STOP);
        w.addAll(LEX.orgCues.keySet());
        w.addAll(Words.TITLE_ADJECTIVES);
        w.addAll(List.copyOf(LEX.adjectives).subList(0, Math.min(300, LEX.adjectives.size())));
        w.addAll(List.copyOf(LEX.notNameWords).subList(0, Math.min(300, LEX.notNameWords.size())));
        return w;
    }

    private static final List<String> WORDS = words();

    @Provide
    Arbitrary<String> texts() {
        return org.khabar.testutil.WordTexts.of(List.of(PREFIXES), WORDS, OTHER);
    }

    @Property(tries = 300)
    void bitsAnswerAsTheSets(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        TokenFacts f = doc.facts(TABLE);
        for (int k = 0; k < doc.size(); k++) {
            Token t = doc.token(k);
            boolean family = false;
            boolean particle = false;
            boolean sports = false;
            for (Clitics.Analysis a : t.analyses()) {
                sports |= (LEX.orgCues.getOrDefault(a.stem(), 0) & ContextRules.SPORTS) != 0;
                family |= ActorRules.FAMILY_NOUNS.contains(a.stem());
                particle |= Words.PARTICLES.contains(a.stem());
            }
            // familyNoun and scanName: some reading's stem (the deepest or the bare word) is in the set
            assertEquals(family, (f.stems(k) & Facts.FAMILY_NOUN) != 0, t.norm());
            assertEquals(particle || Words.PARTICLES.contains(t.deepest().stem()) || Words.PARTICLES.contains(t.norm()),
                    (f.stems(k) & Facts.PARTICLE) != 0, t.norm());
            // ContextRules.sports: some reading's stem is a cue of role SPORTS
            assertEquals(sports, (f.stems(k) & Facts.SPORTS_CUE) != 0, t.norm());
            // eastAsianNext and the scorer's من: the bare word
            assertEquals(Words.EAST_ASIAN_SYLLABLES.contains(t.norm()), (f.bare(k) & Facts.EAST_ASIAN) != 0, t.norm());
            assertEquals(Words.STOP.contains(t.norm()), (f.bare(k) & Facts.NAME_STOP) != 0, t.norm());
            // ContextRules: a club verb with an object pronoun, by the word and (a filter) by any reading's stem
            assertEquals(ContextRules.objectCue(LEX, t.norm()), (f.bare(k) & Facts.CLUB_OBJECT_CUE) != 0, t.norm());
            for (Clitics.Analysis a : t.analyses()) {
                if (ContextRules.objectCue(LEX, a.stem())) {
                    assertEquals(true, (f.stems(k) & Facts.CLUB_OBJECT_CUE) != 0, a.stem());
                }
            }
            // ContextRules.club: the key of any reading is a place nisba or an adjective only with the keys' bits
            for (Clitics.Analysis a : t.analyses()) {
                if (LEX.placeNisbas.contains(a.key()) || LEX.adjectives.contains(a.key())) {
                    assertEquals(true, (f.keys(k) & (Facts.PLACE_NISBA | Facts.ADJECTIVE)) != 0, a.key());
                }
            }
            assertEquals(LEX.placeNisbas.contains(t.key()), (f.bareKey(k) & Facts.PLACE_NISBA) != 0, t.norm());
            assertEquals(Words.STOP.contains(t.norm()) || LEX.orgCues.containsKey(t.norm()),
                    (f.bare(k) & (Facts.NAME_STOP | Facts.ORG_CUE)) != 0, t.norm());
            // mayStartPerson: the bare word is a person rule's cue word
            assertEquals(ActorRules.CUE_WORDS.contains(t.norm()), (f.bare(k) & Facts.PERSON_CUE_WORD) != 0, t.norm());
            // the title and name scans: the word, or its key without the article
            assertEquals(Words.TITLE_ADJECTIVES.contains(t.norm()), (f.bare(k) & Facts.TITLE_ADJECTIVE) != 0, t.norm());
            assertEquals(LEX.adjectives.contains(t.key()), (f.bareKey(k) & Facts.ADJECTIVE) != 0, t.norm());
            assertEquals(LEX.notNameWords.contains(t.key()), (f.bareKey(k) & Facts.NOT_NAME) != 0, t.norm());
        }
    }

    /**
     * The gate passes عن and إلى only with قوله or قولها within the words {@link ActorRules#quotedSource} scans
     * after them: a source of one to four words is found (the gate must reach that far), five are too many.
     */
    @net.jqwik.api.Example
    void quotedSourceGateReachesAsFarAsTheRule() {
        String[] names = {"كوبيريك", "ستانيسواف كوبيريك", "ستانيسواف كوبيريك ماريوتش", "ستانيسواف كوبيريك ماريوتش زيلينسك",
            "ستانيسواف كوبيريك ماريوتش زيلينسك فرانتيش"};
        for (String prep : new String[] {"عن", "إلى"}) {
            for (int n = 0; n < names.length; n++) {
                String text = "ونقلت الإذاعة البولندية " + prep + " " + names[n] + " " + (n % 2 == 0 ? "قوله" : "قولها")
                        + " إن المفاوضات لم تنته بعد.";
                TextAnalysis doc = TextAnalysis.of(text);
                int i = 3;
                int end = doc.sentences().get(0).end();
                for (org.khabar.Strictness mode : org.khabar.Strictness.values()) {
                    DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, mode);
                    boolean found = ActorRules.personAt(c, i, end) != null;
                    assertEquals(mode != org.khabar.Strictness.STRICT && n < 4, found, mode + " " + text);
                    if (found) {
                        org.junit.jupiter.api.Assertions.assertTrue(ActorRules.mayStartPerson(c, i, end), mode + " " + text);
                    }
                }
            }
        }
    }

    @Property(tries = 300)
    void punctuationArrayAnswersAsTheTokens(@ForAll("texts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, org.khabar.Strictness.BALANCED);
        for (int k = 0; k < doc.size(); k++) {
            Token t = doc.token(k);
            boolean mark = t.type() == org.khabar.internal.text.TokenType.PUNCT
                    || t.type() == org.khabar.internal.text.TokenType.SYMBOL;
            // one char for a one-char mark, 0 for anything else ("--", words, numbers)
            assertEquals(mark && t.norm().length() == 1 ? t.norm().charAt(0) : '\0', c.punctAt(k), t.toString());
            for (String p : new String[] {",", ":", "(", "-", ".", "x", "،", "\u2013"}) {
                boolean expected = mark && t.norm().equals(p);
                assertEquals(expected, c.isPunct(k, p.charAt(0)), t + " " + p);
                assertEquals(expected, c.punctAt(k) == p.charAt(0), t + " " + p);
            }
        }
    }

    /** Cue words of the person rules and name-like words around them (general news vocabulary). */
    private static final List<String> PERSON_WORDS = List.of("الرئيس", "وزير", "الخارجية", "قال", "وقال", "أكد", "أضاف",
            "زوجة", "شقيق", "ابنه", "محمد", "أحمد", "علي", "سارة", "ناصر", "السفير", "المصري", "الأمريكي", "الفرنسي",
            "بحسب", "وبحسب", "بقيادة", "برئاسة", "يا", "المدعو", "واسمه", "عن", "إلى", "من", "قوله", "أسرة", "عائلة",
            "مقابلة", "رسالة", "مع", "سجل", "الهدف", "تمريرة", "أبو", "عبد", "الله", "الدكتور", "د", "كتب", "تصوير",
            "لندن", "القاهرة", "الثلاثي", "اللاعبون", "زياني", "كوستا", "مارتينيز", "فيليب", "الشركة", "مطار", "قرية",
            "مسلسل", "الخبير", "في", "الذي", "بين", "رئيس", "حزب", "العمال", "النائب", "مدرب", "الشيخ");
    private static final String[] PERSON_OTHER = {"،", ",", ":", ".", "-", "\"", "«", "»", "(", ")", "2024", "x"};

    @Provide
    Arbitrary<String> personTexts() {
        return org.khabar.testutil.WordTexts.of(List.of(PREFIXES), PERSON_WORDS, PERSON_OTHER);
    }

    /**
     * {@link ActorRules#find} skips the words where {@link ActorRules#mayStartPerson} is false: there every
     * person rule must find nothing, in every strictness mode (else a rule's first test has changed and the
     * gate must learn it).
     */
    @Property(tries = 300)
    void personRulesStartOnlyWhereTheGateLetsThem(@ForAll("personTexts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        for (org.khabar.Strictness mode : org.khabar.Strictness.values()) {
            DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, mode);
            for (org.khabar.internal.text.Sentence s : doc.sentences()) {
                OrgRules.find(c, s);
            }
            for (org.khabar.internal.text.Sentence s : doc.sentences()) {
                for (int i = s.first(); i < s.end(); i++) {
                    if (c.taken[i] == DocContext.FREE && doc.token(i).isWord() && !ActorRules.mayStartPerson(c, i, s.end())) {
                        assertEquals(null, ActorRules.personAt(c, i, s.end()), mode + " " + doc.token(i) + " in " + text);
                    }
                }
            }
        }
    }
}
