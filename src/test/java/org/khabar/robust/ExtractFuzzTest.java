package org.khabar.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.khabar.Extraction;
import org.khabar.ExtractionChecks;
import org.khabar.Khabar;

/**
 * Coverage-guided fuzzing of {@link Khabar#extract}: any exception, span out of bounds, span whose text differs
 * from the substring, or call over its time budget fails. {@code mvn verify} runs it for a short while
 * ({@code -Dfuzz.duration=30m} for longer); the plain test phase replays the saved inputs only.
 */
class ExtractFuzzTest {

    private static final Khabar KHABAR = Khabar.create();
    /** A generous per-call budget: inputs are at most a few KB; quadratic paths would blow far past it. */
    private static final long BUDGET_NANOS = 2_000_000_000L;

    @FuzzTest(maxDuration = "90s")
    void extract(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        long t0 = System.nanoTime();
        Extraction x = KHABAR.extract(text);
        long took = System.nanoTime() - t0;
        ExtractionChecks.spansHold(text, x);
        assertTrue(took < BUDGET_NANOS, "extract took " + took / 1_000_000 + " ms on " + text.length() + " chars");
    }
}
