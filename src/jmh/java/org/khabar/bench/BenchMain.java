package org.khabar.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link KhabarBenchmark} and prints words/s, MB/s and the ratio of the full extractor to the ICU
 * baseline measured in the same run. Usage: {@code java -jar target/khabar-bench.jar [quick] [INPUT ...]}.
 */
public final class BenchMain {
    private BenchMain() {}

    /** Build time (cold, then warm) and the retained heap of one built extractor, measured after full GCs. */
    static void footprint() {
        long t0 = System.nanoTime();
        org.khabar.Khabar first = org.khabar.Khabar.create();
        long cold = System.nanoTime() - t0;
        long warm = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            org.khabar.Khabar.create();
            warm = Math.min(warm, System.nanoTime() - t);
        }
        first = null;
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        org.khabar.Khabar held = org.khabar.Khabar.create();
        long after = usedAfterGc(rt);
        System.out.printf(Locale.ROOT, "build: %.0f ms cold (first in this JVM, class loading included), %.0f ms warm%n",
                cold / 1e6, warm / 1e6);
        System.out.printf(Locale.ROOT, "retained heap of one built extractor: %.1f MB%n", (after - before) / 1e6);
        if (held.hashCode() == 42 && first != null) {
            System.out.println();
        }
    }

    private static long usedAfterGc(Runtime rt) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        List<String> inputs = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.equals("quick")) {
                quick = true;
            } else {
                inputs.add(a);
            }
        }
        if (inputs.isEmpty()) {
            inputs = List.of("corpus-5MB", "doc-1KB", "doc-100KB", "doc-10MB");
        }
        footprint();
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(KhabarBenchmark.class.getSimpleName())
                .param("input", inputs.toArray(String[]::new))
                .forks(1)
                .jvmArgsAppend("-Xmx4g", "-Dkhabar.seeds=" + Path.of(System.getProperty("khabar.seeds", "seeds")).toAbsolutePath())
                // the full extractor's code is large: with 3 × 3 s of warm-up every measured iteration was still
                // faster than the one before (5 MB corpus 0.46 → 0.99 ops/s), so the full run warms up longer
                .warmupIterations(quick ? 1 : 5)
                .warmupTime(TimeValue.seconds(quick ? 2 : 8))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 2 : 4));
        Collection<RunResult> results = new Runner(o.build()).run();
        Map<String, Map<String, Double>> opsPerSecond = new LinkedHashMap<>();
        for (RunResult r : results) {
            String input = r.getParams().getParam("input");
            String bench = r.getParams().getBenchmark();
            bench = bench.substring(bench.lastIndexOf('.') + 1);
            opsPerSecond.computeIfAbsent(input, k -> new LinkedHashMap<>()).put(bench, r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-12s %-26s %14s %10s %10s%n", "input", "benchmark", "words/s", "MB/s", "vs ICU");
        for (var e : opsPerSecond.entrySet()) {
            List<String> docs = KhabarBenchmark.docsFor(e.getKey());
            long words = BenchCorpus.words(docs);
            double mb = BenchCorpus.utf8Bytes(docs) / 1e6;
            Double icu = e.getValue().get("a_icuWordSegmentation");
            for (var b : e.getValue().entrySet()) {
                double ops = b.getValue();
                System.out.printf(Locale.ROOT, "%-12s %-26s %14.0f %10.2f %10s%n", e.getKey(), b.getKey(), ops * words, ops * mb,
                        icu == null ? "-" : String.format(Locale.ROOT, "%.3f", ops / icu));
            }
        }
    }
}
