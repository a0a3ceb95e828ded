package org.khabar;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money: {@code أكثر من 200 مليون دولار} → 200000000, USD, {@link Qualifier#MORE_THAN}.
 *
 * @param span       qualifier + number + currency as written (attached prepositions left out)
 * @param amount     the value, or null for {@link Qualifier#VAGUE} figures without a number
 * @param upper      the upper end of a {@link Qualifier#RANGE}, else null
 * @param currency   the currency, or null when the text gives none and none can be inferred
 * @param qualifier  how the amount is qualified
 * @param confidence 1.0 for an explicit currency; lower when the currency was resolved from context
 * @param ruleId     the rule that produced the figure
 */
public record MonetaryFigure(Span span, BigDecimal amount, BigDecimal upper, Currency currency, Qualifier qualifier,
        double confidence, String ruleId) {

    /** Rejects nulls where a value is required. */
    public MonetaryFigure {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /** @return the amount, empty for vague figures */
    public Optional<BigDecimal> amountValue() {
        return Optional.ofNullable(amount);
    }

    /** @return the currency, empty when unknown */
    public Optional<Currency> currencyValue() {
        return Optional.ofNullable(currency);
    }
}
