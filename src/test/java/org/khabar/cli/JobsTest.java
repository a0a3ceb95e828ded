package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.Extraction;
import org.khabar.Khabar;

/** --jobs: any number of jobs gives the one-job output, errors and exit status, in input order. */
class JobsTest {

    /** Good, bad and failing inputs mixed, standard input among them; slow and fast ones to reorder the jobs. */
    private static List<String> mixedInputs(Path dir) throws IOException {
        List<String> inputs = new ArrayList<>();
        List<Path> seeds = MainTest.seeds();
        for (int i = 0; i < 60; i++) {
            Path p = dir.resolve(String.format("in%02d.txt", i));
            switch (i % 10) {
                case 1 -> Files.write(p, new byte[] {'x', (byte) 0xC3, (byte) 0x28}); // invalid UTF-8
                case 3 -> Files.createDirectory(p);
                case 5 -> { } // missing
                case 6 -> Files.writeString(p, "BOOM " + i, StandardCharsets.UTF_8); // the extractor fails
                case 8 -> Files.copy(seeds.get(i % seeds.size()), p); // a whole article: slower than its neighbours
                default -> Files.writeString(p, "قال الوزير إن الحكومة أنفقت " + i + " مليون دولار.", StandardCharsets.UTF_8);
            }
            inputs.add(p.toString());
            if (i == 20) {
                inputs.add("-");
            }
        }
        return inputs;
    }

    private static MainTest.Run run(List<String> inputs, String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(inputs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] stdin = "صرح المتحدث باسم الشركة بأن الأرباح بلغت 3 مليارات ريال.".getBytes(StandardCharsets.UTF_8);
        int code = Main.run(args.toArray(new String[0]), new ByteArrayInputStream(stdin), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), JobsTest::failOnBoom);
        return new MainTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Extraction failOnBoom(Khabar k, String text) {
        if (text.startsWith("BOOM")) {
            throw new IllegalStateException("a rule bug");
        }
        return k.extract(text);
    }

    @Test
    void anyNumberOfJobsGivesTheSameOutputErrorsAndStatus(@TempDir Path dir) throws IOException {
        List<String> inputs = mixedInputs(dir);
        MainTest.Run one = run(inputs, "--format", "jsonl", "--jobs", "1");
        assertEquals(Main.INTERNAL_ERROR, one.code(), one.err());
        assertEquals(60 - 6 * 4 + 1, one.out().split("\n").length, "good files and standard input");
        assertTrue(one.out().contains("\"source\":\"-\"") || one.out().contains("\"source\": \"-\""), "stdin read once");
        assertEquals(6 * 4, one.err().strip().split("\n").length, one.err());
        for (String jobs : List.of("2", "3", "8", "256")) {
            MainTest.Run many = run(inputs, "--format", "jsonl", "--jobs=" + jobs);
            assertEquals(one.code(), many.code(), jobs);
            assertEquals(one.out(), many.out(), "output with " + jobs + " jobs");
            assertEquals(one.err(), many.err(), "errors with " + jobs + " jobs");
        }
        MainTest.Run json1 = run(inputs, "--format", "json", "--jobs", "1");
        MainTest.Run json4 = run(inputs, "--format", "json", "--jobs", "4");
        assertEquals(json1.out(), json4.out());
        MainTest.Run defaults = run(inputs, "--format", "text");
        assertEquals(run(inputs, "--format", "text", "--jobs", "1").out(), defaults.out(), "the default number of jobs");
    }

    @Test
    void standardInputIsReadOnceInItsPlace(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "نص أول", StandardCharsets.UTF_8);
        List<String> inputs = List.of(a.toString(), "-", "-", a.toString());
        MainTest.Run one = run(inputs, "--format", "jsonl", "--jobs", "1");
        MainTest.Run four = run(inputs, "--format", "jsonl", "--jobs", "4");
        assertEquals(0, four.code(), four.err());
        assertEquals(one.out(), four.out());
        String[] lines = four.out().split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[1].contains("المتحدث"), "the first - reads standard input: " + lines[1]);
        assertTrue(!lines[2].contains("المتحدث"), "the second - finds it consumed: " + lines[2]);
    }

    @Test
    void badJobCountsAreUsageErrors() {
        for (String bad : List.of("0", "-1", "x", "257", "")) {
            MainTest.Run r = MainTest.run(new byte[0], "--jobs=" + bad, "-");
            assertEquals(Main.USAGE, r.code(), bad);
            assertTrue(r.err().contains("--jobs"), r.err());
            assertEquals("", r.out());
        }
        assertEquals(Main.USAGE, MainTest.run(new byte[0], "--jobs").code(), "a missing count");
    }

    @Test
    void aClosedOutputStopsTheJobsWithOneError(@TempDir Path dir) throws IOException {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add(Files.writeString(dir.resolve("d" + i + ".txt"), "نص " + i, StandardCharsets.UTF_8).toString());
        }
        AtomicInteger extracted = new AtomicInteger();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--format", "jsonl", "--jobs", "4"));
        args.addAll(inputs);
        int code = Main.run(args.toArray(new String[0]), new ByteArrayInputStream(new byte[0]), broken,
                new PrintStream(err, true, StandardCharsets.UTF_8), (k, t) -> {
                    extracted.incrementAndGet();
                    return k.extract(t);
                });
        assertEquals(Main.OUTPUT_FAILED, code);
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, e.split("\n").length, e);
        assertTrue(e.contains("Broken pipe"), e);
        assertTrue(extracted.get() < inputs.size(), "no more than the window ahead is extracted: " + extracted.get());
    }

    @Test
    void anErrorInAJobIsThrownAsWithoutJobs(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "نص", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.txt"), "نص", StandardCharsets.UTF_8);
        for (String jobs : List.of("1", "2")) {
            AssertionError thrown = assertThrows(AssertionError.class, () -> Main.run(
                    new String[] {"--format", "jsonl", "--jobs", jobs, a.toString(), b.toString()},
                    new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), (k, t) -> {
                        throw new AssertionError("an Error, not an exception");
                    }), jobs);
            assertEquals("an Error, not an exception", thrown.getMessage());
        }
    }
}
