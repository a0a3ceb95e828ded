package org.khabar.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.internal.text.ArabicNormalizer;

/** Every lexicon loads through the normaliser, has a source on every line, and holds no duplicate key. */
class LexiconFilesTest {

    /** file → key columns (the columns that must be unique together after normalisation) */
    private static final Map<String, List<String>> FILES = Map.ofEntries(
            Map.entry("currencies.tsv", List.of("surface")),
            Map.entry("subunits.tsv", List.of("surface")),
            Map.entry("number_words.tsv", List.of("word")),
            Map.entry("qualifiers.tsv", List.of("phrase")),
            Map.entry("money_context.tsv", List.of("word")),
            Map.entry("currency_places.tsv", List.of("place")),
            Map.entry("given_names.tsv", List.of("name")),
            Map.entry("ambiguous_names.tsv", List.of("name")),
            Map.entry("titles.tsv", List.of("title", "gender")),
            Map.entry("places.tsv", List.of("name")),
            Map.entry("nisba_adjectives.tsv", List.of("adjective")),
            Map.entry("org_designators.tsv", List.of("word")),
            Map.entry("organizations.tsv", List.of("name")),
            Map.entry("reporting_verbs.tsv", List.of("form")),
            Map.entry("attribution_phrases.tsv", List.of("phrase")),
            Map.entry("source_nouns.tsv", List.of("noun")),
            Map.entry("anonymous_quantifiers.tsv", List.of("word")));

    @TestFactory
    Stream<DynamicTest> lexiconsAreClean() {
        return FILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(f -> DynamicTest.dynamicTest(f.getKey(), () -> {
            List<Tsv.Row> rows = Tsv.resource(f.getKey(), f.getValue().toArray(String[]::new));
            assertFalse(rows.isEmpty());
            Map<String, Integer> seen = new HashMap<>();
            List<String> dups = new ArrayList<>();
            for (Tsv.Row r : rows) {
                assertFalse(r.get("source").isBlank(), () -> f.getKey() + ":" + r.line() + ": no source");
                String key = f.getValue().stream().map(c -> ArabicNormalizer.normalizeKey(r.get(c))).collect(Collectors.joining("\t"));
                Integer before = seen.putIfAbsent(key, r.line());
                if (before != null) {
                    dups.add(f.getKey() + ":" + r.line() + " repeats line " + before + " (" + key + ")");
                }
            }
            assertTrue(dups.isEmpty(), String.join("\n", dups));
        }));
    }

    @Test
    void badLinesNameFileLineAndReason() throws Exception {
        String tsv = "# c\nword\tsource\nok\tme\nbad\n";
        LexiconException e = assertThrows(LexiconException.class,
                () -> Tsv.parse("x.tsv", new BufferedReader(new StringReader(tsv))));
        assertEquals("x.tsv:4: 1 columns where the header has 2", e.getMessage());
        LexiconException noSource = assertThrows(LexiconException.class,
                () -> Tsv.parse("y.tsv", new BufferedReader(new StringReader("a\tb\n"))));
        assertTrue(noSource.getMessage().startsWith("y.tsv:1:"));
        LexiconException empty = assertThrows(LexiconException.class,
                () -> Tsv.parse("z.tsv", new BufferedReader(new StringReader("a\tsource\n\tme\n"))));
        assertTrue(empty.getMessage().contains("empty cell"));
    }

    @Test
    void phraseIndexMatchesThroughCliticsAndArticles() {
        PhraseIndex<String> idx = new PhraseIndex<>();
        idx.put("الولايات المتحدة", "US");
        idx.put("ألفي", "2000");
        var doc = org.khabar.internal.text.TextAnalysis.of("وصل إلى بالولايات المتحدة في ألفي");
        var m = idx.match(doc, 2, doc.size());
        assertEquals("US", m.value());
        assertEquals(4, m.end());
        assertEquals("الولايات", doc.original().substring(m.start(), doc.token(2).end()));
        // "ألفي" must not be taken for article + "في"
        assertEquals(null, idx.match(doc, 4, doc.size()));
        assertEquals("2000", idx.match(doc, 5, doc.size()).value());
    }
}
