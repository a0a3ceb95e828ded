package org.khabar.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an example corpus TSV from {@code src/test/resources/corpus/}: {@code #} comments, a header, rows
 * whose {@code text} column marks expected spans in place with {@code [[...]]}.
 */
public final class Corpus {
    private Corpus() {}

    /** One example: its line, its cells, the text without marks, and the marked spans in that text. */
    public record Example(int line, Map<String, String> cells, String text, List<int[]> marks) {
        public String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalStateException("line " + line + ": no column " + column);
            }
            return v;
        }

        /** The cell, or null for "-". */
        public String optional(String column) {
            String v = get(column);
            return v.equals("-") ? null : v;
        }

        public String marked(int k) {
            return text.substring(marks.get(k)[0], marks.get(k)[1]);
        }
    }

    public static List<Example> read(String name) {
        String path = "/corpus/" + name;
        try (InputStream in = Corpus.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Example> out = new ArrayList<>();
            String[] header = null;
            String[] lines = all.split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n].replace("\r", "");
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(name + ":" + (n + 1) + ": " + cells.length + " columns, header has " + header.length);
                }
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    m.put(header[i], cells[i].strip());
                }
                String marked = m.getOrDefault("text", "");
                StringBuilder plain = new StringBuilder();
                List<int[]> marks = new ArrayList<>();
                int open = -1;
                for (int i = 0; i < marked.length(); i++) {
                    if (marked.startsWith("[[", i)) {
                        open = plain.length();
                        i++;
                    } else if (marked.startsWith("]]", i) && open >= 0) {
                        marks.add(new int[] {open, plain.length()});
                        open = -1;
                        i++;
                    } else {
                        plain.append(marked.charAt(i));
                    }
                }
                out.add(new Example(n + 1, m, plain.toString(), marks));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
