package org.khabar.internal.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.MonetaryFigure;
import org.khabar.Qualifier;
import org.khabar.Strictness;
import org.khabar.internal.lexicon.CustomEntries;
import org.khabar.internal.text.TextAnalysis;

/**
 * Generates amounts, renders them as Arabic words or digits with a currency and a qualifier, embeds them in
 * unrelated text, and checks the value, currency, qualifier and span the extractor reads back.
 */
class MoneyProperties {

    private static final MoneyExtractor MONEY = new MoneyExtractor(new CustomEntries(), Strictness.BALANCED);

    record Case(String rendered, BigDecimal value) {}

    record Cur(String word, String iso) {}

    record Qual(String text, Qualifier qualifier) {}

    private static final List<Cur> CURRENCIES = List.of(new Cur("دولار", "USD"), new Cur("يورو", "EUR"),
            new Cur("جنيه إسترليني", "GBP"), new Cur("ريال سعودي", "SAR"), new Cur("دينار كويتي", "KWD"),
            new Cur("درهم إماراتي", "AED"), new Cur("فرنك سويسري", "CHF"), new Cur("روبل", "RUB"),
            new Cur("دولار أمريكي", "USD"), new Cur("ليرة تركية", "TRY"), new Cur("جنيه مصري", "EGP"));
    private static final List<Qual> QUALIFIERS = List.of(new Qual("", Qualifier.EXACT), new Qual("حوالي ", Qualifier.APPROXIMATE),
            new Qual("نحو ", Qualifier.APPROXIMATE), new Qual("أكثر من ", Qualifier.MORE_THAN),
            new Qual("أقل من ", Qualifier.LESS_THAN), new Qual("ما لا يقل عن ", Qualifier.AT_LEAST),
            new Qual("ما يزيد على ", Qualifier.MORE_THAN), new Qual("قرابة ", Qualifier.APPROXIMATE));
    private static final List<String> FILLER = List.of("قالت", "الحكومة", "في", "بيان", "إن", "المشروع", "الجديد",
            "سيبدأ", "العام", "المقبل", "وأضافت", "الوزارة", "أن", "الخطة", "تشمل", "بناء", "مدارس", "ومستشفيات", "مع",
            "الشركة", "المحلية", "،", ".");

    @Provide
    Arbitrary<Case> words() {
        Arbitrary<Case> small = Arbitraries.integers().between(1, 999)
                .map(n -> new Case(ArabicNumbers.below1000(n), BigDecimal.valueOf(n)));
        Arbitrary<Case> scaled = Combinators.combine(Arbitraries.integers().between(1, 999), Arbitraries.integers().between(1, 3))
                .as((n, k) -> new Case(ArabicNumbers.scaled(n, k), BigDecimal.valueOf(n).movePointRight(3 * k)));
        Arbitrary<Case> compound = Combinators.combine(Arbitraries.integers().between(1, 999), Arbitraries.integers().between(1, 999))
                .as((m, t) -> new Case(ArabicNumbers.scaled(m, 2) + " و" + ArabicNumbers.scaled(t, 1),
                        BigDecimal.valueOf(m).movePointRight(6).add(BigDecimal.valueOf(t).movePointRight(3))));
        return Arbitraries.oneOf(small, scaled, compound);
    }

    @Provide
    Arbitrary<Case> digits() {
        Arbitrary<Case> plain = Arbitraries.longs().between(1, 999_999_999_999L)
                .map(n -> new Case(String.valueOf(n), BigDecimal.valueOf(n)));
        Arbitrary<Case> grouped = Arbitraries.longs().between(1000, 999_999_999_999L)
                .map(n -> new Case(String.format("%,d", n), BigDecimal.valueOf(n)));
        Arbitrary<Case> decimalScaled = Combinators.combine(Arbitraries.integers().between(1, 999),
                Arbitraries.integers().between(1, 9), Arbitraries.of("مليون", "مليار", "ألف"))
                .as((n, d, w) -> new Case(n + "." + d + " " + w, new BigDecimal(n + "." + d)
                        .movePointRight(w.equals("ألف") ? 3 : w.equals("مليون") ? 6 : 9)));
        Arbitrary<Case> indic = Arbitraries.oneOf(plain, grouped, decimalScaled)
                .map(c -> new Case(ArabicNumbers.arabicIndic(c.rendered()), c.value()));
        return Arbitraries.oneOf(plain, grouped, decimalScaled, indic);
    }

    @Provide
    Arbitrary<String> filler() {
        return Arbitraries.of(FILLER).list().ofMaxSize(12).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<Cur> currency() {
        return Arbitraries.of(CURRENCIES);
    }

    @Provide
    Arbitrary<Qual> qualifier() {
        return Arbitraries.of(QUALIFIERS);
    }

    private static void check(String before, Case c, Qual q, Cur cur, String after) {
        String figure = q.text() + c.rendered() + " " + cur.word();
        String prefix = before.isEmpty() ? "" : before + " ";
        String text = prefix + figure + (after.isEmpty() ? "" : " " + after);
        List<MonetaryFigure> found = MONEY.extract(TextAnalysis.of(text));
        assertEquals(1, found.size(), () -> "one figure in: " + text + " → " + found);
        MonetaryFigure f = found.get(0);
        assertEquals(figure, f.span().text(), text);
        assertEquals(prefix.length(), f.span().start());
        assertEquals(0, c.value().compareTo(f.amount()), () -> text + " → " + f.amount());
        assertEquals(cur.iso(), f.currency().getCurrencyCode());
        assertEquals(q.qualifier(), f.qualifier());
    }

    @Property(tries = 400)
    void amountsInWordsReadBack(@ForAll("filler") String before, @ForAll("words") Case c, @ForAll("qualifier") Qual q,
            @ForAll("currency") Cur cur, @ForAll("filler") String after) {
        check(before, c, q, cur, after);
    }

    @Property(tries = 400)
    void amountsInDigitsReadBack(@ForAll("filler") String before, @ForAll("digits") Case c, @ForAll("qualifier") Qual q,
            @ForAll("currency") Cur cur, @ForAll("filler") String after) {
        check(before, c, q, cur, after);
    }

    @Property(tries = 200)
    void numbersWithoutACurrencyAreNoFigures(@ForAll("filler") String before, @ForAll("digits") Case c,
            @ForAll("filler") String after) {
        String text = before + " " + c.rendered() + " شخص " + after;
        assertEquals(List.of(), MONEY.extract(TextAnalysis.of(text)), text);
    }

    @Property(tries = 100)
    void parseDigitsNeverThrows(@ForAll String s) {
        Amounts.parseDigits(s);
    }

    @org.junit.jupiter.api.Test
    void digitNotations() {
        assertEquals(new BigDecimal("1250000"), Amounts.parseDigits("1,250,000"));
        assertEquals(new BigDecimal("118.6"), Amounts.parseDigits("118,6"));
        assertEquals(new BigDecimal("1.14"), Amounts.parseDigits("14ر1"));
        assertEquals(new BigDecimal("1.5"), Amounts.parseDigits("5ر1"));
        assertEquals(new BigDecimal("1250.5"), Amounts.parseDigits("1,250.5"));
        assertEquals(new BigDecimal("1250000"), Amounts.parseDigits("1.250.000"));
        assertNull(Amounts.parseDigits("1,2,3"));
        assertNull(Amounts.parseDigits("1".repeat(100)));
    }
}
