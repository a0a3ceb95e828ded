package org.khabar.bench;

import com.ibm.icu.text.BreakIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark inputs built from the seed articles' sentences, shuffled with a fixed seed: a 5 MB corpus of
 * article-sized documents, and single documents of 1 KB, 100 KB and 10 MB to show that cost is linear.
 */
final class BenchCorpus {
    private BenchCorpus() {}

    static List<String> sentences(Path seeds) {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                    for (String s : line.split("(?<=[.؟!])\\s+")) {
                        if (!s.isBlank()) {
                            out.add(s.strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no seed sentences under " + seeds.toAbsolutePath());
        }
        return out;
    }

    /** One document of about {@code chars} characters: paragraphs of 3-6 shuffled sentences. */
    static String document(List<String> sentences, int chars, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(chars + 512);
        int inParagraph = 0;
        int paragraph = 3 + r.nextInt(4);
        while (b.length() < chars) {
            b.append(sentences.get(r.nextInt(sentences.size())));
            if (++inParagraph == paragraph) {
                b.append('\n');
                inParagraph = 0;
                paragraph = 3 + r.nextInt(4);
            } else {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** Documents of 1-4 KB until {@code total} characters. */
    static List<String> corpus(List<String> sentences, int total, long seed) {
        Random r = new Random(seed);
        List<String> docs = new ArrayList<>();
        int size = 0;
        while (size < total) {
            String d = document(sentences, 1000 + r.nextInt(3000), r.nextLong());
            docs.add(d);
            size += d.length();
        }
        return docs;
    }

    /** Words as ICU counts them (word-boundary segments that are letters or numbers). */
    static long words(List<String> docs) {
        return words(BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.ROOT), docs);
    }

    /** The baseline pass itself: ICU word segmentation of every document. */
    static long words(BreakIterator it, List<String> docs) {
        long n = 0;
        for (String d : docs) {
            it.setText(d);
            it.first();
            for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
                if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                    n++;
                }
            }
        }
        return n;
    }

    static long utf8Bytes(List<String> docs) {
        long n = 0;
        for (String d : docs) {
            n += d.getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
