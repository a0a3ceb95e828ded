package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.testutil.MiniJson;

class MainTest {

    record Run(int code, String out, String err) {}

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void jsonlOnTheSeedsFollowsTheContract() throws IOException {
        List<Path> seeds = seeds();
        assertEquals(3, seeds.size(), "the three seed articles are in seeds/");
        String[] args = new String[seeds.size() + 2];
        args[0] = "--format";
        args[1] = "jsonl";
        for (int i = 0; i < seeds.size(); i++) {
            args[i + 2] = seeds.get(i).toString();
        }
        Run r = run(new byte[0], args);
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(seeds.size(), lines.length, "one line per document, in input order");
        for (int i = 0; i < lines.length; i++) {
            String text = Files.readString(seeds.get(i), StandardCharsets.UTF_8);
            ContractCheck.check(text, lines[i], seeds.get(i).toString());
        }
    }

    @Test
    void anInternalErrorCostsOnlyItsOwnInput(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "قال الرئيس إن الوضع مستقر.", StandardCharsets.UTF_8);
        Path boom = Files.writeString(dir.resolve("boom.txt"), "BOOM", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.txt"), "وصل الوفد.", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--format", "jsonl", a.toString(), boom.toString(), b.toString()},
                new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8),
                (k, text) -> {
                    if (text.equals("BOOM")) {
                        throw new IllegalStateException("a rule bug");
                    }
                    return k.extract(text);
                });
        assertEquals(Main.INTERNAL_ERROR, code);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("a.txt") && lines[1].contains("b.txt"), lines[1]);
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, e.split("\n").length, e);
        assertTrue(e.contains("boom.txt") && e.contains("internal error") && e.contains("a rule bug"), e);
    }

    @Test
    void badFilesAreReportedAndTheRestProcessed(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "قال الرئيس إن 5 ملايين دولار كافية.", StandardCharsets.UTF_8);
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xD9, (byte) 0x20, (byte) 0xFF});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path missing = dir.resolve("missing.txt");
        Run r = run(new byte[0], "--format", "jsonl", good.toString(), bad.toString(), dir.toString(),
                missing.toString(), empty.toString());
        assertEquals(Main.SOME_INPUT_FAILED, r.code());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].contains("good.txt"));
        assertTrue(lines[1].contains("empty.txt"));
        String[] errs = r.err().strip().split("\n");
        assertEquals(3, errs.length, r.err());
        assertTrue(errs[0].contains("bad.txt") && errs[0].contains("UTF-8"), errs[0]);
        assertTrue(errs[1].contains(dir.toString()) && errs[1].contains("directory"), errs[1]);
        assertTrue(errs[2].contains("missing.txt") && errs[2].contains("no such file"), errs[2]);
    }

    @Test
    void readsStandardInputAndDropsTheBom() {
        byte[] in = ("\uFEFFقال").getBytes(StandardCharsets.UTF_8);
        Run r = run(in, "--format", "jsonl");
        assertEquals(0, r.code());
        Map<?, ?> doc = (Map<?, ?>) MiniJson.parse(r.out().strip());
        assertEquals("-", doc.get("source"));
    }

    @Test
    void jsonFormatIsOneArray(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "نص", StandardCharsets.UTF_8);
        Run r = run(new byte[0], "--format=json", a.toString(), a.toString());
        assertEquals(0, r.code());
        List<?> docs = (List<?>) MiniJson.parse(r.out());
        assertEquals(2, docs.size());
    }

    @Test
    void textFormatIsReadable(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "نص", StandardCharsets.UTF_8);
        Run r = run(new byte[0], a.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("== " + a), r.out());
        assertTrue(r.out().contains("money (0)"));
    }

    @Test
    void helpAndUsageErrors() {
        Run h = run(new byte[0], "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("usage:"));
        Run bad = run(new byte[0], "--format", "xml");
        assertEquals(Main.USAGE, bad.code());
        assertTrue(bad.err().contains("--format"));
        Run unknown = run(new byte[0], "--frobnicate");
        assertEquals(Main.USAGE, unknown.code());
    }

    @Test
    void aClosedOutputGivesOneClearError(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "نص", StandardCharsets.UTF_8);
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--format", "jsonl", a.toString()}, new ByteArrayInputStream(new byte[0]),
                broken, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OUTPUT_FAILED, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Broken pipe"));
    }

    @Test
    void listFileAddsInputsInOrder(@TempDir Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            names.add(Files.writeString(dir.resolve("d" + i + ".txt"), "نص " + i, StandardCharsets.UTF_8).toString());
        }
        Path list = Files.write(dir.resolve("list"), names, StandardCharsets.UTF_8);
        Run r = run(new byte[0], "--format", "jsonl", "--list", list.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        for (int i = 0; i < 5; i++) {
            assertEquals(names.get(i), ((Map<?, ?>) MiniJson.parse(lines[i])).get("source"));
        }
    }

    /** Validates one JSONL line against spec/jsonl-output.md. */
    static final class ContractCheck {
        private static final Set<String> QUALIFIERS =
                Set.of("EXACT", "APPROXIMATE", "MORE_THAN", "LESS_THAN", "AT_LEAST", "AT_MOST", "RANGE", "VAGUE");
        private static final Set<String> KINDS = Set.of("COMPANY", "GOVERNMENT", "PARTY", "MEDIA", "OTHER");

        static void check(String text, String line, String source) {
            Map<?, ?> doc = (Map<?, ?>) MiniJson.parse(line);
            assertEquals(source, doc.get("source"));
            for (Object a : (List<?>) doc.get("actors")) {
                Map<?, ?> m = (Map<?, ?>) a;
                assertTrue(((String) m.get("id")).startsWith("A"));
                assertNotNull(m.get("name"));
                Object g = m.get("gender");
                assertTrue(g == null || g.equals("MALE") || g.equals("FEMALE"));
                assertTrue(m.get("titles") instanceof List);
                assertTrue(m.get("affiliations") instanceof List);
                for (Object s : (List<?>) m.get("mentions")) {
                    span(text, s);
                }
            }
            for (Object o : (List<?>) doc.get("organizations")) {
                Map<?, ?> m = (Map<?, ?>) o;
                assertTrue(((String) m.get("id")).startsWith("O"));
                assertTrue(KINDS.contains(m.get("kind")));
                for (Object s : (List<?>) m.get("mentions")) {
                    span(text, s);
                }
            }
            for (Object o : (List<?>) doc.get("money")) {
                Map<?, ?> m = (Map<?, ?>) o;
                span(text, m);
                Object amount = m.get("amount");
                assertTrue(amount == null || ((String) amount).matches("-?[0-9]+(\\.[0-9]+)?"), "plain decimal: " + amount);
                Object cur = m.get("currency");
                assertTrue(cur == null || ((String) cur).matches("[A-Z]{3}"));
                assertTrue(QUALIFIERS.contains(m.get("qualifier")));
                if ("RANGE".equals(m.get("qualifier"))) {
                    assertNotNull(m.get("upper"));
                }
            }
            for (Object o : (List<?>) doc.get("claims")) {
                Map<?, ?> m = (Map<?, ?>) o;
                assertTrue(Set.of("DIRECT", "INDIRECT", "ACCORDING_TO").contains(m.get("kind")));
                span(text, m.get("cue"));
                if (m.get("speaker") != null) {
                    span(text, m.get("speaker"));
                    assertTrue(((Map<?, ?>) m.get("speaker")).containsKey("ref"));
                }
                if (m.get("content") != null) {
                    span(text, m.get("content"));
                }
            }
        }

        private static void span(String text, Object o) {
            Map<?, ?> m = (Map<?, ?>) o;
            int s = ((Long) m.get("start")).intValue();
            int e = ((Long) m.get("end")).intValue();
            assertTrue(0 <= s && s <= e && e <= text.length(), "span in bounds: " + m);
            assertEquals(text.substring(s, e), m.get("text"), "span text equals the substring");
        }
    }
}
