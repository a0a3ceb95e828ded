package org.khabar.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.khabar.Extraction;
import org.khabar.Khabar;

/** One extractor shared by 8 threads gives exactly the single-threaded results. */
class ConcurrencyTest {

    /** The seeds, plus the development corpora when ../shared/data is present (as in CI), as documents of 25 sentences. */
    static List<String> documents() throws IOException {
        List<String> docs = new ArrayList<>();
        try (var s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                docs.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        for (String corpus : List.of("../shared/data/anercorp/ANERCorp_CamelLab_train.txt", "../shared/data/wojood-sample/train.txt")) {
            Path p = Path.of(corpus);
            if (!Files.isReadable(p)) {
                continue;
            }
            List<String> sentence = new ArrayList<>();
            StringBuilder doc = new StringBuilder();
            int inDoc = 0;
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split("\\s+");
                if (line.isBlank()) {
                    if (!sentence.isEmpty()) {
                        doc.append(String.join(" ", sentence)).append('\n');
                        sentence.clear();
                        if (++inDoc == 25) {
                            docs.add(doc.toString());
                            doc.setLength(0);
                            inDoc = 0;
                        }
                    }
                } else {
                    sentence.add(parts[0]);
                }
            }
            if (doc.length() > 0) {
                docs.add(doc.toString());
            }
        }
        return docs;
    }

    @Test
    void eightThreadsAgreeWithOne() throws Exception {
        Khabar khabar = Khabar.create();
        List<String> docs = documents();
        assertFalse(docs.isEmpty());
        List<Extraction> single = new ArrayList<>();
        for (String d : docs) {
            single.add(khabar.extract(d));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Extraction>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int offset = t;
                futures.add(pool.submit(() -> {
                    // each thread walks the documents from a different starting point
                    List<Extraction> out = new ArrayList<>(docs.size());
                    for (int i = 0; i < docs.size(); i++) {
                        out.add(null);
                    }
                    for (int k = 0; k < docs.size(); k++) {
                        int i = (k + offset * docs.size() / 8) % docs.size();
                        out.set(i, khabar.extract(docs.get(i)));
                    }
                    return out;
                }));
            }
            for (Future<List<Extraction>> f : futures) {
                assertEquals(single, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
