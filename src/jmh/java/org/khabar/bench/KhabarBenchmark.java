package org.khabar.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.khabar.Extraction;
import org.khabar.Khabar;
import org.khabar.internal.text.TextAnalysis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One invocation processes the whole input once, in three ways measured in the same run:
 * (a) ICU word segmentation, the baseline any pipeline must beat to even find words; (b) Khabar's
 * normaliser + tokenizer + sentences; (c) the full extractor. {@link BenchMain} turns the scores into
 * words/s, MB/s and the ratio c/a.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KhabarBenchmark {

    /** corpus-5MB: article-sized documents; doc-*: one document of that size (linearity). */
    @Param({"corpus-5MB", "doc-1KB", "doc-100KB", "doc-10MB"})
    public String input;

    List<String> docs;
    Khabar khabar;
    BreakIterator words;

    static List<String> docsFor(String input) {
        List<String> sentences = BenchCorpus.sentences(Path.of(System.getProperty("khabar.seeds", "seeds")));
        switch (input) {
            case "corpus-5MB": return BenchCorpus.corpus(sentences, 5_000_000, 42);
            case "doc-1KB": return List.of(BenchCorpus.document(sentences, 1_000, 1));
            case "doc-100KB": return List.of(BenchCorpus.document(sentences, 100_000, 2));
            case "doc-10MB": return List.of(BenchCorpus.document(sentences, 10_000_000, 3));
            default: throw new IllegalArgumentException(input);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        docs = docsFor(input);
        khabar = Khabar.create();
        words = BreakIterator.getWordInstance(ULocale.ROOT);
    }

    @Benchmark
    public long a_icuWordSegmentation() {
        return BenchCorpus.words(words, docs);
    }

    @Benchmark
    public void b_normaliseAndTokenise(Blackhole bh) {
        for (String d : docs) {
            TextAnalysis t = TextAnalysis.of(d);
            bh.consume(t.sentences().size());
        }
    }

    @Benchmark
    public void c_fullExtractor(Blackhole bh) {
        for (String d : docs) {
            Extraction x = khabar.extract(d);
            bh.consume(x);
        }
    }
}
