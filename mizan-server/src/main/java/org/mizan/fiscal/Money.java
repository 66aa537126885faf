package org.mizan.fiscal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in an ISO 4217 currency. Money is never a {@code double}: amounts are decimals, at most
 * 18 digits either side of the point, and are rounded only where a figure is published
 * ({@link #rounded()}: to the currency's minor unit, half-even).
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() > 18 || amount.precision() - amount.scale() > 18) {
            throw new IllegalArgumentException("amount " + org.mizan.kernel.Rejection.number(amount) + " has more than 18 digits either side of the point");
        }
    }

    /** Reads an ISO 4217 code ({@code "PKR"}); an unknown code is refused, never guessed. */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code of three capital letters, got " + code);
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency " + code + " is not an ISO 4217 code");
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency(currency));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** The amount to the currency's minor unit (cents for USD, paisa for PKR), half-even. */
    public Money rounded() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
