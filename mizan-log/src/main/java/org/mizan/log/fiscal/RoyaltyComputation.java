package org.mizan.log.fiscal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The royalty of one assessment from its inputs; the node assesses with it and the verifier recomputes
 * with it, so the two cannot drift apart. Intermediate figures keep 34 significant digits; amounts are
 * rounded to two decimals, half-even, only at the end.
 */
public final class RoyaltyComputation {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal KG_PER_TONNE = new BigDecimal("1000");

    private RoyaltyComputation() {
    }

    public static RoyaltyFigures compute(RoyaltyInputs in) {
        BigDecimal tonnes = in.massKg().divide(KG_PER_TONNE, EXACT);
        BigDecimal grossUsd = switch (in.basis()) {
            case AD_VALOREM -> usd(in.rate().multiply(in.massKg().multiply(perKg(in), EXACT), EXACT), in.priceUnit().currency(), in);
            case CONTAINED_VALUE -> usd(in.rate().multiply(in.massKg().multiply(in.grade(), EXACT).multiply(perKg(in), EXACT), EXACT),
                    in.priceUnit().currency(), in);
            case PER_TONNE -> usd(in.rate().multiply(tonnes, EXACT), in.rateCurrency(), in);
        };
        boolean minimum = false;
        if (in.minimumPerTonne() != null) {
            BigDecimal floorUsd = usd(in.minimumPerTonne().multiply(tonnes, EXACT), in.rateCurrency(), in);
            if (floorUsd.compareTo(grossUsd) > 0) {
                grossUsd = floorUsd;
                minimum = true;
            }
        }
        BigDecimal forgoneUsd = grossUsd.multiply(in.relief(), EXACT);
        BigDecimal dueUsd = grossUsd.subtract(forgoneUsd, EXACT);
        return new RoyaltyFigures(cents(grossUsd), cents(forgoneUsd), cents(dueUsd), cents(dueUsd.multiply(in.pkrPerUsd(), EXACT)),
                minimum);
    }

    private static BigDecimal perKg(RoyaltyInputs in) {
        return in.priceUnit().perKilogram(in.price());
    }

    private static BigDecimal usd(BigDecimal amount, String currency, RoyaltyInputs in) {
        return switch (currency) {
            case "USD" -> amount;
            case "PKR" -> amount.divide(in.pkrPerUsd(), EXACT);
            default -> throw new IllegalArgumentException("currency " + currency + " has no exchange rate to USD here");
        };
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
