package org.mizan.economy;

import java.math.BigDecimal;

import org.mizan.kernel.Rejection;

/** A year's ceiling on what a reserve account may acquire and dispose of, in kilograms; beyond it is recorded and alerted. */
public record ReservePlan(String account, int year, BigDecimal maxAcquisitionKg, BigDecimal maxDisposalKg) {

    public ReservePlan {
        if (year < 2000 || year > 2200) {
            throw Rejection.invalid("out-of-range", "A plan's year is from 2000 to 2200, got " + year);
        }
        notNegative("maxAcquisitionKg", maxAcquisitionKg);
        notNegative("maxDisposalKg", maxDisposalKg);
    }

    private static void notNegative(String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw Rejection.invalid("out-of-range", field + " is zero or more, got " + (value == null ? "nothing" : Rejection.number(value)));
        }
    }
}
