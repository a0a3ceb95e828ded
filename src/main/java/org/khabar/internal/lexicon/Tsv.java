package org.khabar.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lexicon TSV files: {@code #} comments and blank lines skipped, a header whose last column is
 * {@code source}, then rows with exactly as many columns and no empty cell. Any deviation throws a
 * {@link LexiconException} naming file, line and reason.
 */
public final class Tsv {

    /** One data line. */
    public record Row(String file, int line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new LexiconException(file, line, "no column '" + column + "'");
            }
            return v;
        }

        /** The cell, or null when it holds the placeholder {@code -}. */
        public String optional(String column) {
            String v = get(column);
            return v.equals("-") ? null : v;
        }

        public LexiconException error(String reason) {
            return new LexiconException(file, line, reason);
        }
    }

    private Tsv() {}

    /** Reads {@code org/khabar/lexicon/NAME} from the class path. */
    public static List<Row> resource(String name, String... requiredColumns) {
        String path = "/org/khabar/lexicon/" + name;
        try (InputStream in = Tsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new LexiconException(path, 0, "resource not found");
            }
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
                return parse(name, r, requiredColumns);
            }
        } catch (CharacterCodingException e) {
            throw new LexiconException(path, 0, "not UTF-8: " + e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }

    static List<Row> parse(String file, BufferedReader r, String... requiredColumns) throws IOException {
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                if (!header[header.length - 1].equals("source")) {
                    throw new LexiconException(file, n, "the last header column must be 'source'");
                }
                List<String> h = Arrays.asList(header);
                for (String c : requiredColumns) {
                    if (!h.contains(c)) {
                        throw new LexiconException(file, n, "missing column '" + c + "'");
                    }
                }
                continue;
            }
            if (cells.length != header.length) {
                throw new LexiconException(file, n, cells.length + " columns where the header has " + header.length);
            }
            Map<String, String> m = new HashMap<>(header.length * 2);
            for (int i = 0; i < cells.length; i++) {
                String v = cells[i].strip();
                if (v.isEmpty()) {
                    throw new LexiconException(file, n, "empty cell in column '" + header[i] + "'");
                }
                m.put(header[i], v);
            }
            rows.add(new Row(file, n, m));
        }
        if (header == null) {
            throw new LexiconException(file, n, "no header");
        }
        return rows;
    }
}
