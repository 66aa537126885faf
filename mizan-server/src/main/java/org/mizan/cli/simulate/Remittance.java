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
}
