package org.khabar.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.khabar.Extraction;
import org.khabar.ExtractionChecks;
import org.khabar.Khabar;

/**
 * Hostile inputs: none may throw, every span must hold, and each must finish within a bound that is linear
 * in a baseline pass over the same input (ICU word segmentation, which any pipeline must at least do), not
 * within a wall-clock constant. The factor is generous: it catches quadratic blow-ups (a 10 MB input would
 * be ~10^6 times slower), not small regressions, which the JMH benchmark measures.
 */
class AdversarialInputTest {

    private static final Khabar KHABAR = Khabar.create();
    /**
     * extract may cost at most this many ICU passes over the same text. Inputs are large enough (≥ 100 K
     * chars) for the baseline to be measurable; ordinary news runs at about 15-40 ICU passes, hostile input
     * up to ~120, and on a loaded 2-core machine, where the JIT's optimising compiler falls behind for the
     * extractor's large code but not for ICU's, one run measured 298 (bidi marks everywhere; 115 alone). A
     * quadratic path on these inputs (10^5-10^6 chars) would cost thousands to millions of passes.
     */
    private static final double FACTOR = 500;

    private static String repeat(String s, int times) {
        return s.repeat(times);
    }

    private static String everyArabicCodePoint() {
        StringBuilder b = new StringBuilder();
        int[][] blocks = {{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x08A0, 0x08FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}};
        for (int rep = 0; rep < 200; rep++) {
            for (int[] bl : blocks) {
                for (int c = bl[0]; c <= bl[1]; c++) {
                    b.append((char) c);
                    if (c % 7 == 0) {
                        b.append(' ');
                    }
                }
            }
        }
        return b.toString();
    }

    private static String news(int chars) {
        String s = "قال الرئيس التنفيذي لشركة أفينو كابيتال مارك لاسري إن الشركة جمعت أكثر من 200 مليون دولار، "
                + "بحسب صحيفة فايننشال تايمز. وأضاف: \"نحن بحاجة إلى جمع المال\". ";
        StringBuilder b = new StringBuilder(chars + s.length());
        while (b.length() < chars) {
            b.append(s);
            if (b.length() % 7 == 0) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String nested(int depth) {
        StringBuilder b = new StringBuilder("قال:");
        String[] open = {"«", "\"", "“", "‹", "'"};
        String[] close = {"»", "\"", "”", "›", "'"};
        for (int i = 0; i < depth; i++) {
            b.append(' ').append(open[i % 5]).append("قال ");
        }
        for (int i = depth - 1; i >= 0; i--) {
            b.append(close[i % 5]);
        }
        return b.toString();
    }

    private static String marksEverywhere(int n) {
        StringBuilder b = new StringBuilder();
        String s = "قال الوزير إن 5 ملايين دولار كافية ";
        while (b.length() < n) {
            for (char c : s.toCharArray()) {
                b.append(c).append(b.length() % 2 == 0 ? '\u200F' : '\u200E');
            }
        }
        return b.toString();
    }

    static Stream<Object[]> cases() {
        return Stream.of(
                new Object[] {"10 MB of news", (Supplier<String>) () -> news(10_000_000)},
                new Object[] {"100 000 × قال", (Supplier<String>) () -> repeat("قال ", 100_000)},
                new Object[] {"50 000 unclosed quotes", (Supplier<String>) () -> repeat("قال \"إن ", 50_000)},
                new Object[] {"50 000 unclosed guillemets on one line", (Supplier<String>) () -> repeat("«قال ", 50_000)},
                new Object[] {"one 1 MB token", (Supplier<String>) () -> repeat("ب", 1_000_000)},
                new Object[] {"one 1 MB Latin token", (Supplier<String>) () -> repeat("x", 1_000_000)},
                new Object[] {"only diacritics", (Supplier<String>) () -> repeat("\u064E\u064B\u0651\u0652", 250_000)},
                new Object[] {"only tatweel", (Supplier<String>) () -> repeat("\u0640", 1_000_000)},
                new Object[] {"unpaired surrogates", (Supplier<String>) () -> repeat("\uD800ق\uDC00 \uDBFF", 200_000)},
                new Object[] {"every Arabic code point", (Supplier<String>) AdversarialInputTest::everyArabicCodePoint},
                new Object[] {"bidi marks everywhere", (Supplier<String>) () -> marksEverywhere(1_000_000)},
                new Object[] {"a 10 000-digit number", (Supplier<String>) () -> "بلغت " + repeat("9", 10_000) + " مليون دولار "
                        + news(200_000)},
                new Object[] {"10 000-digit numbers, many", (Supplier<String>) () -> repeat(repeat("7", 10_000) + " دولار ", 100)},
                new Object[] {"deeply nested quotes", (Supplier<String>) () -> nested(100_000)},
                new Object[] {"number words forever", (Supplier<String>) () -> repeat("ثلاثة ملايين و", 100_000) + "دولار"},
                new Object[] {"qualifiers forever", (Supplier<String>) () -> repeat("أكثر من ", 200_000) + "5 دولارات"},
                new Object[] {"controls", (Supplier<String>) () -> repeat("\u0000\u0001\u001F\u007F\r\n", 200_000)});
    }

    private static long icuPass(String text) {
        BreakIterator it = BreakIterator.getWordInstance(ULocale.ROOT);
        long t0 = System.nanoTime();
        it.setText(text);
        int n = 0;
        for (int e = it.next(); e != BreakIterator.DONE; e = it.next()) {
            n++;
        }
        long t = System.nanoTime() - t0;
        return n >= 0 ? t : t;
    }

    @TestFactory
    Stream<DynamicTest> hostileInputs() {
        KHABAR.extract(news(200_000)); // warm up the JIT once, so the first case is not charged for it
        icuPass(news(200_000));
        return cases().map(c -> DynamicTest.dynamicTest((String) c[0], () -> {
            @SuppressWarnings("unchecked")
            String text = ((Supplier<String>) c[1]).get();
            long base = Long.MAX_VALUE;
            long ours = Long.MAX_VALUE;
            Extraction x = KHABAR.extract(text); // once untimed: the JIT compiles the paths this input takes
            for (int run = 0; run < 2; run++) { // best of two, to keep GC pauses out of the ratio
                base = Math.min(base, icuPass(text));
                long t0 = System.nanoTime();
                x = KHABAR.extract(text);
                ours = Math.min(ours, System.nanoTime() - t0);
            }
            ExtractionChecks.spansHold(text, x);
            long bound = (long) (FACTOR * base);
            String msg = String.format(java.util.Locale.ROOT, "%s: %d chars, extract %.1f ms, ICU baseline %.1f ms, ratio %.1f",
                    c[0], text.length(), ours / 1e6, base / 1e6, (double) ours / base);
            System.out.println(msg);
            assertTrue(ours <= bound, msg);
        }));
    }
}
