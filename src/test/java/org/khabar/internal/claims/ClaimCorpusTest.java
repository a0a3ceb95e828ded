package org.khabar.internal.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.Claim;
import org.khabar.ClaimKind;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.names.Entities;
import org.khabar.internal.text.TextAnalysis;

/**
 * The claim corpus: {@code corpus/claims.tsv} (rule, kind, sentence with {{cue}}, [[speaker]] and optionally
 * <<content>> marked in place) and {@code corpus/claims-negative.tsv} (note, sentence with the near-miss cue
 * marked {{...}}: no claim may have its cue there). One dynamic test per line; a coverage test demands an
 * example for every rule id.
 */
class ClaimCorpusTest {

    static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new CustomEntries().freeze(), Strictness.BALANCED);

    /** A sentence with its marks taken out. */
    record Marked(String text, int[] cue, int[] speaker, int[] content) {
        static Marked parse(String s) {
            StringBuilder b = new StringBuilder();
            int[] cue = null;
            int[] speaker = null;
            int[] content = null;
            int cueAt = -1;
            int spAt = -1;
            int coAt = -1;
            for (int i = 0; i < s.length(); i++) {
                if (s.startsWith("{{", i)) {
                    cueAt = b.length();
                    i++;
                } else if (s.startsWith("}}", i)) {
                    cue = new int[] {cueAt, b.length()};
                    i++;
                } else if (s.startsWith("[[", i)) {
                    spAt = b.length();
                    i++;
                } else if (s.startsWith("]]", i)) {
                    speaker = new int[] {spAt, b.length()};
                    i++;
                } else if (s.startsWith("<<", i)) {
                    coAt = b.length();
                    i++;
                } else if (s.startsWith(">>", i)) {
                    content = new int[] {coAt, b.length()};
                    i++;
                } else {
                    b.append(s.charAt(i));
                }
            }
            return new Marked(b.toString(), cue, speaker, content);
        }
    }

    static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ClaimCorpusTest.class.getResourceAsStream("/corpus/" + name), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                String[] withLine = new String[c.length + 1];
                System.arraycopy(c, 0, withLine, 0, c.length);
                withLine[c.length] = name + ":" + n;
                out.add(withLine);
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read corpus " + name, e);
        }
        return out;
    }

    static Claim claimAt(List<Claim> claims, int[] cue) {
        for (Claim c : claims) {
            if (c.cue().start() < cue[1] && cue[0] < c.cue().end()) {
                return c;
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> positives() {
        return rows("claims.tsv").stream().map(r -> DynamicTest.dynamicTest(r[3] + " " + r[0] + " " + r[2], () -> {
            Marked m = Marked.parse(r[2]);
            assertNotNull(m.cue(), "no {{cue}} marked");
            List<Claim> claims = EXTRACTOR.extract(TextAnalysis.of(m.text()), Entities.NONE);
            Claim c = claimAt(claims, m.cue());
            if (c == null) {
                fail("no claim at the cue; got " + claims);
            }
            assertEquals(m.text().substring(m.cue()[0], m.cue()[1]), c.cue().text(), "cue");
            assertEquals(r[0], c.ruleId(), "rule");
            assertEquals(ClaimKind.valueOf(r[1]), c.kind(), "kind");
            if (m.speaker() != null) {
                assertNotNull(c.speaker(), "speaker expected");
                assertEquals(m.speaker()[0], c.speaker().span().start(),
                        "speaker start; got '" + c.speaker().span().text() + "'");
                // the end of an unmarked subject is a guess (an object may follow it): the marked words must be in
                assertTrue(c.speaker().span().end() >= m.speaker()[1],
                        "speaker end; got '" + c.speaker().span().text() + "'");
            } else {
                assertNull(c.speaker(), "pronoun speaker expected");
            }
            if (m.content() != null) {
                assertNotNull(c.content(), "content expected");
                assertEquals(m.content()[0], c.content().start(), "content start; got '" + c.content().text() + "'");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> negatives() {
        return rows("claims-negative.tsv").stream().map(r -> DynamicTest.dynamicTest(r[2] + " " + r[0], () -> {
            Marked m = Marked.parse(r[1]);
            assertNotNull(m.cue(), "no {{near miss}} marked");
            List<Claim> claims = EXTRACTOR.extract(TextAnalysis.of(m.text()), Entities.NONE);
            Claim c = claimAt(claims, m.cue());
            assertNull(c, () -> "unexpected claim " + c);
        }));
    }

    @Test
    void everyRuleHasAnExample() {
        Set<String> seen = new TreeSet<>();
        for (String[] r : rows("claims.tsv")) {
            Marked m = Marked.parse(r[2]);
            Claim c = claimAt(EXTRACTOR.extract(TextAnalysis.of(m.text()), Entities.NONE), m.cue());
            if (c != null && c.ruleId().equals(r[0])) {
                seen.add(c.ruleId());
            }
        }
        Set<String> missing = new TreeSet<>(ClaimRules.ALL);
        missing.removeAll(seen);
        missing.remove(ClaimRules.CUSTOM_VERB); // exercised by ClaimExtractorTest with a custom entry
        assertTrue(missing.isEmpty(), "rules without a working example: " + missing);
    }

    @Test
    void corpusIsLargeEnough() {
        assertTrue(rows("claims.tsv").size() >= 150, "at least 150 positive lines");
        assertTrue(rows("claims-negative.tsv").size() >= 60, "at least 60 negative lines");
    }
}
