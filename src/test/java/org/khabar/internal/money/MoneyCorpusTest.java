package org.khabar.internal.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.MonetaryFigure;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.text.TextAnalysis;
import org.khabar.testutil.Corpus;

/** One dynamic test per line of corpus/money.tsv and corpus/money-negative.tsv; every rule needs an example. */
class MoneyCorpusTest {

    private static final MoneyExtractor MONEY = new MoneyExtractor(new CustomEntries(), Strictness.BALANCED);

    /** Each example is also checked inside other text: a prefix shifts the span, nothing else changes. */
    private static final String PREFIX = "وفي سياق آخر، قالت الوزارة إن العمل مستمر.\n";

    private static List<MonetaryFigure> run(String text) {
        return MONEY.extract(TextAnalysis.of(text));
    }

    @TestFactory
    Stream<DynamicTest> positives() {
        return Corpus.read("money.tsv").stream().map(e -> DynamicTest.dynamicTest("line " + e.line() + ": " + e.marked(0), () -> {
            assertEquals(1, e.marks().size(), "one marked figure per line");
            for (String prefix : new String[] {"", PREFIX}) {
                String text = prefix + e.text();
                List<MonetaryFigure> found = run(text);
                assertEquals(1, found.size(), () -> "one figure in " + text + " → " + found);
                MonetaryFigure f = found.get(0);
                assertEquals(e.marked(0), f.span().text(), () -> "span text, line " + e.line());
                assertEquals(prefix.length() + e.marks().get(0)[0], f.span().start(), "span start");
                String amount = e.optional("amount");
                if (amount == null) {
                    assertEquals(null, f.amount());
                } else {
                    assertNotNull(f.amount(), "amount");
                    assertEquals(0, new BigDecimal(amount).compareTo(f.amount()), () -> "amount " + f.amount());
                }
                String upper = e.optional("upper");
                if (upper == null) {
                    assertEquals(null, f.upper());
                } else {
                    assertEquals(0, new BigDecimal(upper).compareTo(f.upper()), () -> "upper " + f.upper());
                }
                String cur = e.optional("currency");
                assertEquals(cur, f.currency() == null ? null : f.currency().getCurrencyCode(), () -> "currency, line " + e.line());
                assertEquals(e.get("qualifier"), f.qualifier().name(), () -> "qualifier, line " + e.line());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> negatives() {
        return Corpus.read("money-negative.tsv").stream().map(e -> DynamicTest.dynamicTest("line " + e.line() + ": " + e.get("note"),
                () -> assertEquals(List.of(), run(e.text()), e.text())));
    }

    @Test
    void everyRuleHasAnExample() {
        Set<String> fired = new HashSet<>();
        for (Corpus.Example e : Corpus.read("money.tsv")) {
            run(e.text()).forEach(f -> fired.add(f.ruleId()));
        }
        Set<String> missing = new TreeSet<>(MoneyExtractor.RULES);
        missing.removeAll(fired);
        assertTrue(missing.isEmpty(), "rules without an example in corpus/money.tsv: " + missing);
    }
}
