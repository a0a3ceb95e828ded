package org.khabar.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.internal.lexicon.PhraseIndex;
import org.khabar.internal.text.Sentence;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.internal.text.WordFacts;

/**
 * The organisation rules skip tokens by cheap first tests ({@link OrgRules#mayStartLexicon},
 * {@link OrgRules#maySuffix}) before the lexicons are asked: where a gate says no, the rule it stands in
 * front of must find nothing (else a rule's first test has changed and the gate must learn it).
 */
class OrgGateProperties {

    private static final NameLexicons LEX = NameLexicons.defaults();
    private static final WordFacts TABLE = LEX.contribute(WordFacts.builder()).build();
    private static final List<String> PREFIXES = List.of("", "", "", "و", "ب", "ل", "ال", "وال", "بال", "لل");

    /** Designators, listed organisations, and the words around them in news (boards, chambers, ministers). */
    private static List<String> words() {
        List<String> w = new ArrayList<>();
        LEX.designators.forEach(d -> w.add(d.word()));
        List<String> orgs = new ArrayList<>();
        LEX.organizations.forEach(f -> orgs.add(f.org().name()));
        w.addAll(orgs.subList(0, Math.min(400, orgs.size())));
        w.addAll(List.of("مجلس", "أمناء", "محافظي", "إدارة", "رئيس", "الوزراء", "النواب", "وزير", "وزيرة", "الخارجية",
                "للأنباء", "قال", "الذي", "في", "محمد", "القاهرة", "العربية", "الوطنية", "الأمريكية", "سيرانكو", "أفينو",
                "للتأمين", "الجديدة", "التنفيذي", "العام", "سهم", "زعيم", "الملك", "سعود", "ليدز", "حماس", "فتح"));
        return w;
    }

    private static final List<String> WORDS = words();

    @Provide
    Arbitrary<String> orgTexts() {
        return org.khabar.testutil.WordTexts.of(PREFIXES, WORDS, "،", ".", "«", "»", "(", ")", "2024", "Capital", "Group");
    }

    /**
     * {@link OrgRules#lexiconAndDesignators} calls {@link OrgRules#lexiconAt} only where
     * {@link OrgRules#mayStartLexicon} lets it: elsewhere it must find nothing, take nothing and skip nothing,
     * in every strictness mode.
     */
    @Property(tries = 300)
    void lexiconRulesStartOnlyWhereTheGateLetsThem(@ForAll("orgTexts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        for (org.khabar.Strictness mode : org.khabar.Strictness.values()) {
            DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, mode);
            for (Sentence s : doc.sentences()) {
                for (int i = s.first(); i < s.end(); i++) {
                    if (!OrgRules.mayStartLexicon(c, i)) {
                        assertEquals(i, OrgRules.lexiconAt(c, i, s.end()), mode + " " + doc.token(i) + " in " + text);
                        assertEquals(0, c.orgs.size(), mode + " " + doc.token(i) + " in " + text);
                        assertTrue(c.free(0, doc.size()), mode + " " + doc.token(i) + " in " + text);
                    }
                }
            }
        }
    }

    /** Where {@link OrgRules#maySuffix} is false, the designators (the trie itself) hold no suffix starting there. */
    @Property(tries = 300)
    void suffixesStartOnlyWhereTheGateLetsThem(@ForAll("orgTexts") String text) {
        TextAnalysis doc = TextAnalysis.of(text);
        DocContext c = new DocContext(doc, doc.facts(TABLE), LEX, org.khabar.Strictness.BALANCED);
        for (int i = 0; i < doc.size(); i++) {
            if (OrgRules.maySuffix(c, i)) {
                continue;
            }
            for (int limit : new int[] {i + 1, doc.size()}) {
                PhraseIndex.Match<NameLexicons.Designator> m = LEX.designators.matchBare(doc, i, limit);
                assertTrue(m == null || !m.value().suffix(), doc.token(i) + " in " + text);
            }
        }
    }
}
