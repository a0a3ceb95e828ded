package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README honest: its Java example compiles and runs, and CI runs its test command. */
class ReadmeTest {

    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    private static List<String> blocks(String readme, String lang) {
        Matcher m = Pattern.compile("```" + lang + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void javaExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        List<String> java = blocks(readme(), "java");
        assertEquals(1, java.size(), "one Java example");
        String source = java.get(0);
        assertTrue(source.lines().count() <= 14, "the example stays short");
        Path file = dir.resolve("ReadmeExample.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-encoding", "UTF-8", "-cp", System.getProperty("java.class.path"),
                "-d", dir.toString(), file.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = cl.loadClass("ReadmeExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        if (Khabar.create().recordTypes().contains(RecordType.MONEY)
                && !Khabar.create().extract("أكثر من 200 مليون دولار").moneyFigures().isEmpty()) {
            assertTrue(printed.contains("أكثر من 200 مليون دولار = 200000000 USD"), printed);
        }
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws Exception {
        List<String> sh = blocks(readme(), "sh");
        assertEquals(2, sh.size(), "two commands: run the extractor, run the tests");
        String testCommand = sh.get(1).strip();
        String ci = Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8);
        assertTrue(ci.lines().anyMatch(l -> l.strip().equals(testCommand)), ".ci/run runs: " + testCommand);
        assertTrue(sh.get(0).contains("seeds/000_676f7a89791c6c1d.txt"));
    }
}
