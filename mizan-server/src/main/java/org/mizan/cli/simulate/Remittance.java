package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment a company declares, and what the treasury records of it: the same amount on the day the challan
 * was paid at the bank, less, or ({@code received} null) nothing.
 */
record Remittance(String licence, String company, String gfsCode, BigDecimal amount, LocalDate on, String challan, BigDecimal received) {

    static final String ROYALTIES = "1415E1";
    static final String LICENCE_FEES = "114521E";

    Remittance {
        if (amount.signum() <= 0 || received != null && received.signum() < 0) {
            throw new IllegalArgumentException("a payment is positive and a receipt not negative, got " + amount + " and " + received);
        }
        if (challan == null || on == null) {
            throw new IllegalArgumentException("a payment names its challan and its day");
        }
    }
}
