package org.khabar.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.Actor;
import org.khabar.Extraction;
import org.khabar.Khabar;
import org.khabar.Organization;
import org.khabar.RecordType;
import org.khabar.Span;
import org.khabar.internal.text.ArabicNormalizer;

/**
 * The example corpora beside the rules: one dynamic test per line. Positive lines mark one expected
 * mention in place with [[...]] and give the rule, the expected name and gender or kind; negative
 * lines mark a stretch that no mention of that record type may touch. A coverage test fails when a
 * rule id has no positive example producing it.
 */
class EntityCorpusTest {

    static final Khabar KHABAR = Khabar.builder().recordTypes(RecordType.ACTOR, RecordType.ORGANIZATION).build();
    static final Khabar LENIENT = Khabar.builder().recordTypes(RecordType.ACTOR, RecordType.ORGANIZATION)
            .strictness(org.khabar.Strictness.LENIENT).build();

    /** The extractor for a line: an optional last column LENIENT runs the lenient one. */
    static Khabar forLine(Line l, int column) {
        return l.cols().length > column && l.cols()[column].equals("LENIENT") ? LENIENT : KHABAR;
    }

    /** One corpus line: the text without brackets, the marked span and the remaining columns. */
    record Line(String file, int number, String text, int start, int end, String[] cols) {
        String marked() {
            return text.substring(start, end);
        }

        String name() {
            return file + ":" + number + " " + cols[0] + " " + marked();
        }
    }

    static List<Line> read(String file) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = EntityCorpusTest.class.getResourceAsStream("/corpus/" + file)) {
            assertNotNull(in, file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String s;
            int n = 0;
            boolean header = true;
            while ((s = r.readLine()) != null) {
                n++;
                if (s.isBlank() || s.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = s.split("\t", -1);
                int textCol = 1;
                String raw = cols[textCol].replace("\\n", "\n"); // "\n" in a cell is a line break
                int a = raw.indexOf("[[");
                int b = raw.indexOf("]]");
                if (a < 0 || b < a) {
                    fail(file + ":" + n + " has no [[...]] mark");
                }
                String text = raw.substring(0, a) + raw.substring(a + 2, b) + raw.substring(b + 2);
                out.add(new Line(file, n, text, a, b - 2, cols));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    static String key(String s) {
        return ArabicNormalizer.normalizeKey(s);
    }

    static Actor actorAt(Extraction x, int start, int end) {
        for (Actor a : x.actors()) {
            for (Span m : a.mentions()) {
                if (m.start() == start && m.end() == end) {
                    return a;
                }
            }
        }
        return null;
    }

    static Organization orgAt(Extraction x, int start, int end) {
        for (Organization o : x.organizations()) {
            for (Span m : o.mentions()) {
                if (m.start() == start && m.end() == end) {
                    return o;
                }
            }
        }
        return null;
    }

    static String describe(Extraction x) {
        StringBuilder b = new StringBuilder();
        x.actors().forEach(a -> b.append("\n  A ").append(a.name()).append(' ').append(a.ruleId()).append(' ')
                .append(a.mentions().stream().map(Span::text).toList()));
        x.organizations().forEach(o -> b.append("\n  O ").append(o.name()).append(' ').append(o.ruleId()).append(' ')
                .append(o.mentions().stream().map(Span::text).toList()));
        return b.toString();
    }

    /** Columns: rule, text with [[mention]], name, gender (MALE, FEMALE, UNKNOWN or -), optional LENIENT. */
    @TestFactory
    Stream<DynamicTest> actors() {
        return read("actors.tsv").stream().map(l -> DynamicTest.dynamicTest(l.name(), () -> {
            Extraction x = forLine(l, 4).extract(l.text());
            Actor a = actorAt(x, l.start(), l.end());
            assertNotNull(a, "no actor with the mention '" + l.marked() + "'" + describe(x));
            assertEquals(l.cols()[0], a.ruleId(), "rule" + describe(x));
            assertEquals(key(l.cols()[2]), key(a.name()), "name");
            if (!l.cols()[3].equals("-")) {
                assertEquals(l.cols()[3], a.gender().name(), "gender");
            }
        }));
    }

    /** Columns: rule, text with [[mention]], name, kind. */
    @TestFactory
    Stream<DynamicTest> organizations() {
        return read("organizations.tsv").stream().map(l -> DynamicTest.dynamicTest(l.name(), () -> {
            Extraction x = KHABAR.extract(l.text());
            Organization o = orgAt(x, l.start(), l.end());
            assertNotNull(o, "no organization with the mention '" + l.marked() + "'" + describe(x));
            assertEquals(l.cols()[0], o.ruleId(), "rule" + describe(x));
            assertEquals(key(l.cols()[2]), key(o.name()), "name");
            assertEquals(l.cols()[3], o.kind().name(), "kind");
        }));
    }

    /** Columns: why, text with [[stretch]] that no actor mention may touch. */
    @TestFactory
    Stream<DynamicTest> actorNearMisses() {
        return read("actors-negative.tsv").stream().map(l -> DynamicTest.dynamicTest(l.name(), () -> {
            Extraction x = KHABAR.extract(l.text());
            Span marked = Span.of(l.text(), l.start(), l.end());
            for (Actor a : x.actors()) {
                for (Span m : a.mentions()) {
                    assertTrue(!m.overlaps(marked), "actor '" + a.name() + "' touches '" + l.marked() + "'");
                }
            }
        }));
    }

    /** Columns: why, text with [[stretch]] that no organization mention may touch. */
    @TestFactory
    Stream<DynamicTest> organizationNearMisses() {
        return read("organizations-negative.tsv").stream().map(l -> DynamicTest.dynamicTest(l.name(), () -> {
            Extraction x = KHABAR.extract(l.text());
            Span marked = Span.of(l.text(), l.start(), l.end());
            for (Organization o : x.organizations()) {
                for (Span m : o.mentions()) {
                    assertTrue(!m.overlaps(marked), "organization '" + o.name() + "' touches '" + l.marked() + "'");
                }
            }
        }));
    }

    @Test
    void everyRuleHasAnExample() {
        Set<String> seen = new HashSet<>();
        for (Line l : read("actors.tsv")) {
            seen.add(l.cols()[0]);
        }
        for (Line l : read("organizations.tsv")) {
            seen.add(l.cols()[0]);
        }
        for (String rule : Rules.ALL) {
            assertTrue(seen.contains(rule), "rule " + rule + " has no example in the corpus");
        }
        assertTrue(Rules.ALL.containsAll(seen), "the corpus names unknown rules: " + seen);
    }

    @Test
    void corporaAreLargeEnough() {
        assertTrue(read("actors.tsv").size() >= 120);
        assertTrue(read("organizations.tsv").size() >= 120);
        assertTrue(read("actors-negative.tsv").size() >= 40);
        assertTrue(read("organizations-negative.tsv").size() >= 40);
    }
}
