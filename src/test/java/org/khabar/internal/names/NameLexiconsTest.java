package org.khabar.internal.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khabar.internal.lexicon.Tsv;
import org.khabar.internal.text.ArabicNormalizer;

/** The lexicons the entity extractor owns load through the normaliser and hold no duplicates. */
class NameLexiconsTest {

    @Test
    void lexiconsLoad() {
        NameLexicons lex = NameLexicons.defaults();
        assertTrue(lex.givenNames.size() >= 2000, "given names: " + lex.givenNames.size());
        assertTrue(lex.titles.size() >= 400);
        assertTrue(lex.organizations.size() >= 500);
        assertTrue(lex.givenNames.containsKey(ArabicNormalizer.normalizeKey("كامالا")));
    }

    /** The first column of each file (normalised) is unique. */
    @ParameterizedTest
    @ValueSource(strings = {"titles.tsv", "org_designators.tsv", "organizations.tsv", "org_ambiguous_forms.tsv",
            "given_names.tsv", "ambiguous_names.tsv"})
    void noDuplicateKeys(String file) {
        List<Tsv.Row> rows = Tsv.resource(file);
        String first = firstColumn(file);
        Map<String, Integer> seen = new HashMap<>();
        List<String> dups = new ArrayList<>();
        for (Tsv.Row r : rows) {
            String k = ArabicNormalizer.normalizeKey(r.get(first));
            Integer prev = seen.putIfAbsent(k, r.line());
            if (prev != null) {
                dups.add(k + " (lines " + prev + " and " + r.line() + ")");
            }
        }
        assertTrue(dups.isEmpty(), file + " duplicates: " + dups);
    }

    /** An alias names one organisation only. */
    @Test
    void organizationFormsAreUnique() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource("organizations.tsv")) {
            List<String> forms = new ArrayList<>(List.of(r.get("name")));
            String aliases = r.optional("aliases");
            if (aliases != null) {
                forms.addAll(List.of(aliases.split("\\|")));
            }
            for (String f : forms) {
                String k = ArabicNormalizer.normalizeKey(f);
                String prev = owner.putIfAbsent(k, r.get("name"));
                if (prev != null && !prev.equals(r.get("name"))) {
                    clashes.add(f + " (" + prev + " / " + r.get("name") + ")");
                }
            }
        }
        assertTrue(clashes.isEmpty(), "forms of two organisations: " + clashes);
    }

    /** Every ambiguous organisation form is a form of a listed organisation. */
    @Test
    void ambiguousFormsAreListed() {
        NameLexicons lex = NameLexicons.defaults();
        for (Tsv.Row r : Tsv.resource("org_ambiguous_forms.tsv")) {
            assertTrue(lex.organizations.get(r.get("form")) != null, r.get("form") + " is in no organisation");
        }
    }

    private static String firstColumn(String file) {
        switch (file) {
            case "titles.tsv": return "title";
            case "org_designators.tsv": return "word";
            case "org_ambiguous_forms.tsv": return "form";
            default: return "name";
        }
    }
}
