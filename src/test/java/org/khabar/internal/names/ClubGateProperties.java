package org.khabar.internal.names;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.internal.text.Sentence;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.TokenType;
import org.khabar.internal.text.WordFacts;

/**
 * The left-edge club rule of {@link ContextRules} asks {@link ContextRules#leftClubMayEnd} before it reads a
 * club: where that says no, the club reader must end nowhere the rule would take (else the reader has learnt
 * a new end and the gate must learn it too).
 */
class ClubGateProperties {

    private static final NameLexicons LEX = NameLexicons.defaults();
    private static final WordFacts TABLE = LEX.contribute(WordFacts.builder()).build();
    private static final List<String> PREFIXES = List.of("", "", "", "و", "ب", "ل", "ال", "وال");

    /** Club-like words, cues, nisbas of towns and countries, places of one to three words, scores. */
    private static List<String> words() {
        List<String> w = new ArrayList<>();
        int n = 0;
        for (String k : LEX.cityNisbas) {
            if (n++ < 30) {
                w.add("ال" + k);
            }
        }
        n = 0;
        for (String k : LEX.countryNisbas) {
            if (n++ < 30) {
                w.add("ال" + k);
            }
        }
        w.addAll(List.of("الأهلي", "الوداد", "الرجاء", "دينامو", "كييف", "مانشستر", "يونايتد", "ريال", "مدريد", "برشلونة",
                "فاز", "على", "مدرب", "لاعب", "ضيفه", "خسرها", "أمام", "مع", "صفر", "في", "قال", "محمد", "الجانب",
                "الإسباني", "الفرنسي", "البيضاوي", "الفاسي", "الدار البيضاء", "الإمارات العربية المتحدة",
                "ريو دي جانيرو", "الولايات المتحدة", "سان باولو", "مصر", "لندن", "ستيوا", "المخضرم", "فوزه", "المباراة"));
        return w;
    }

    private static final List<String> WORDS = words();

    @Provide
    Arbitrary<String> sportsTexts() {
        return org.khabar.testutil.WordTexts.of(PREFIXES, WORDS, "،", ".", "(", ")", "-", "/", "1", "2", "3");
    }

    @Property(tries = 400)
    void leftEdgeClubsEndOnlyWhereTheGateLetsThem(@ForAll("sportsTexts") String text) {
        check(text);
    }

    /** A club the rule takes passes the gate: a nisba after one word, a place of three words, a score. */
    @Example
    void takenClubsPassTheGate() {
        for (String text : List.of("وفاز الوداد البيضاوي على", "لعب ريو دي جانيرو الإسباني أمس", "مانشستر 2 - 1")) {
            TextAnalysis doc = TextAnalysis.of(text);
            DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, org.khabar.Strictness.BALANCED);
            boolean any = false;
            for (int i = 0; i < doc.size(); i++) {
                int k = doc.token(i).type() == TokenType.ARABIC ? ContextRules.club(c, i, doc.size(), false, false) : -1;
                if (k > 0 && ContextRules.leftClubEnds(c, i, k, doc.size())) {
                    any = true;
                    assertTrue(ContextRules.leftClubMayEnd(c, i, doc.size()), text);
                }
            }
            check(text);
            assertTrue(any || !text.startsWith("وفاز"), text);
        }
    }

    private static void check(String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        for (org.khabar.Strictness mode : org.khabar.Strictness.values()) {
            DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, mode);
            for (Sentence s : doc.sentences()) {
                for (int i = s.first(); i < s.end(); i++) {
                    if (c.type(i) != TokenType.ARABIC || ContextRules.leftClubMayEnd(c, i, s.end())) {
                        continue;
                    }
                    int k = ContextRules.club(c, i, s.end(), false, false);
                    assertFalse(k > 0 && ContextRules.leftClubEnds(c, i, k, s.end()),
                            mode + " " + doc.token(i) + " ends at " + k + " in " + text);
                }
            }
        }
    }
}
