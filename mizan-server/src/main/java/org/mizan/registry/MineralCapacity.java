package org.mizan.registry;

import java.math.BigDecimal;

import org.mizan.kernel.Rejection;

/** A mineral a licence covers and how many tonnes of it the holder may extract a year. */
public record MineralCapacity(String mineral, BigDecimal annualCapacityTonnes) {

    public MineralCapacity {
        if (mineral == null || annualCapacityTonnes == null) {
            throw Rejection.invalid("missing-field", "Each licensed mineral needs a mineral and an annualCapacityTonnes");
        }
        annualCapacityTonnes = annualCapacityTonnes.stripTrailingZeros();
        if (annualCapacityTonnes.scale() < 0) {
            annualCapacityTonnes = annualCapacityTonnes.setScale(0);
        }
        if (annualCapacityTonnes.signum() < 0 || annualCapacityTonnes.compareTo(new BigDecimal("1000000000")) > 0
                || annualCapacityTonnes.scale() > 3) {
            throw Rejection.invalid("capacity-out-of-range",
                    "Annual capacity of " + mineral + " must be 0 to 1e9 tonnes with at most 3 decimals, got " + annualCapacityTonnes);
        }
    }
}
