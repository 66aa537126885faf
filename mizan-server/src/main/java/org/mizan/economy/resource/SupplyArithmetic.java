package org.mizan.economy.resource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import org.mizan.economy.YearsOfSupply;

/**
 * Years of supply from tonnes of contained element: (reserves + share × resources) ÷ extraction of the last twelve
 * months. With reserves that is one figure; with only resources it is a range, from the declared share of them (the
 * part expected to convert) to all of them. Never a division by zero: no extraction is said as such.
 */
record SupplyArithmetic(Optional<BigDecimal> low, Optional<BigDecimal> high, Optional<String> note) {

    static SupplyArithmetic of(BigDecimal reserves, BigDecimal resources, BigDecimal share, BigDecimal extracted) {
        if (reserves.signum() == 0 && resources.signum() == 0) {
            return new SupplyArithmetic(Optional.empty(), Optional.empty(), Optional.of(YearsOfSupply.NO_ESTIMATE));
        }
        if (extracted.signum() == 0) {
            return new SupplyArithmetic(Optional.empty(), Optional.empty(), Optional.of(YearsOfSupply.NO_EXTRACTION));
        }
        BigDecimal declared = years(reserves.add(resources.multiply(share)), extracted);
        if (reserves.signum() > 0) {
            return new SupplyArithmetic(Optional.of(declared), Optional.of(declared), Optional.empty());
        }
        return new SupplyArithmetic(Optional.of(declared), Optional.of(years(resources, extracted)),
                Optional.of("only resources are estimated: a range from the declared share of them to all of them"));
    }

    private static BigDecimal years(BigDecimal tonnes, BigDecimal perYear) {
        return tonnes.divide(perYear, MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_EVEN);
    }
}
