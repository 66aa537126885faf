package org.mizan.log.fiscal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Every input of one royalty assessment, named: the rate row's basis, rate and minimum, the assessed mass
 * and grade, the reference price with its unit, the exchange rate, and the share of the royalty an
 * incentive relieves. For {@link RoyaltyBasis#PER_TONNE} the rate is an amount per tonne in
 * {@code rateCurrency}; a minimum per tonne is always in {@code rateCurrency}.
 */
public record RoyaltyInputs(RoyaltyBasis basis, BigDecimal rate, String rateCurrency, BigDecimal minimumPerTonne, BigDecimal massKg,
        BigDecimal grade, BigDecimal price, PriceUnit priceUnit, BigDecimal pkrPerUsd, BigDecimal relief) {

    public RoyaltyInputs {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(massKg, "mass");
        Objects.requireNonNull(pkrPerUsd, "exchange rate");
        relief = relief == null ? BigDecimal.ZERO : relief;
        if (rate.signum() < 0 || (basis != RoyaltyBasis.PER_TONNE && rate.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("rate " + rate.toPlainString() + " must lie in 0..1 (0 to 100 %) for basis " + basis.code());
        }
        if (massKg.signum() <= 0 || pkrPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("mass and exchange rate must be positive");
        }
        if (relief.signum() < 0 || relief.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("relief " + relief.toPlainString() + " must lie in 0..1");
        }
        if (minimumPerTonne != null && minimumPerTonne.signum() < 0) {
            throw new IllegalArgumentException("minimum per tonne must not be negative");
        }
        if ((basis == RoyaltyBasis.PER_TONNE || minimumPerTonne != null) && !"USD".equals(rateCurrency) && !"PKR".equals(rateCurrency)) {
            throw new IllegalArgumentException("an amount per tonne needs its currency, USD or PKR, got " + rateCurrency);
        }
        if (basis != RoyaltyBasis.PER_TONNE && (price == null || priceUnit == null || price.signum() <= 0)) {
            throw new IllegalArgumentException("basis " + basis.code() + " needs a positive reference price with its unit");
        }
        if (basis == RoyaltyBasis.CONTAINED_VALUE && (grade == null || grade.signum() < 0 || grade.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("basis contained-value needs a grade in 0..1");
        }
    }
}
