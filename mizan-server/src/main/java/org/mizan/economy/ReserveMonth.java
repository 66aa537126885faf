package org.mizan.economy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reserve account's month as committed to the log: the stock it opened with, what came in, went out and was written
 * off, and the stock at month end (opening + intakes − releases − write-offs). Kilograms are exact decimal strings.
 */
public record ReserveMonth(String account, YearMonth month, BigDecimal openingKg, BigDecimal intakesKg, BigDecimal releasesKg,
        BigDecimal writeOffsKg) {

    public static final String RECORD = "reserve-month";

    public BigDecimal stockKg() {
        return openingKg.add(intakesKg).subtract(releasesKg).subtract(writeOffsKg);
    }

    public String id() {
        return account + ":" + month;
    }

    /** The body the log commits with a salt; a verifier recomputes the stock from the other four figures. */
    public Map<String, Object> committed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("record", RECORD);
        body.put("account", account);
        body.put("month", month.toString());
        body.put("openingKg", openingKg.toPlainString());
        body.put("intakesKg", intakesKg.toPlainString());
        body.put("releasesKg", releasesKg.toPlainString());
        body.put("writeOffsKg", writeOffsKg.toPlainString());
        body.put("stockKg", stockKg().toPlainString());
        return body;
    }
}
