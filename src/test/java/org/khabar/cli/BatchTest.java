package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.testutil.MiniJson;

/** 1 000 inputs with bad ones among them: every good one gives one line, in order; each bad one one stderr line. */
class BatchTest {

    @Test
    void thousandFilesWithBadOnes(@TempDir Path dir) throws IOException {
        List<String> paths = new ArrayList<>();
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        String text = "قال الوزير إن الحكومة أنفقت 5 ملايين دولار.";
        for (int i = 0; i < 1000; i++) {
            Path p = dir.resolve(String.format("doc%04d.txt", i));
            switch (i % 50) {
                case 7: // invalid UTF-8
                    Files.write(p, new byte[] {'a', (byte) 0xC3, (byte) 0x28});
                    bad.add(p.toString());
                    break;
                case 13: // a directory where a file is expected
                    Files.createDirectory(p);
                    bad.add(p.toString());
                    break;
                case 21: // missing
                    bad.add(p.toString());
                    break;
                case 33: { // unreadable, where permissions apply (not for root)
                    Files.writeString(p, text, StandardCharsets.UTF_8);
                    boolean denied = p.toFile().setReadable(false, false) && !Files.isReadable(p);
                    (denied ? bad : good).add(p.toString());
                    break;
                }
                case 42: // empty
                    Files.write(p, new byte[0]);
                    good.add(p.toString());
                    break;
                default:
                    Files.writeString(p, text + " " + i, StandardCharsets.UTF_8);
                    good.add(p.toString());
            }
            paths.add(p.toString());
        }
        Path list = Files.write(dir.resolve("inputs.txt"), paths, StandardCharsets.UTF_8);
        MainTest.Run r = MainTest.run(new byte[0], "--format", "jsonl", "--list", list.toString());
        assertEquals(Main.SOME_INPUT_FAILED, r.code());
        String[] lines = r.out().split("\n");
        assertEquals(good.size(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertEquals(good.get(i), ((Map<?, ?>) MiniJson.parse(lines[i])).get("source"), "input order");
        }
        String[] errs = r.err().strip().split("\n");
        assertEquals(bad.size(), errs.length, r.err());
        for (int i = 0; i < errs.length; i++) {
            assertTrue(errs[i].startsWith("khabar: " + bad.get(i) + ": "), errs[i]);
        }
    }
}
