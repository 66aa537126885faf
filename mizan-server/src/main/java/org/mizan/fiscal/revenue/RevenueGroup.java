package org.mizan.fiscal.revenue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.mizan.fiscal.Money;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;

/**
 * Payments or receipts summed in the database: one GFS code, company, project and currency (and, for
 * receipts, the government entity that received them), their exact total and the log entries summed, in
 * the order they were recorded, the latest day paid or received and the latest moment one was recorded (a payment
 * of last year may be recorded today). A year of a million receipts is read as a few thousand of these.
 */
public record RevenueGroup(GfsCode gfs, PartyId government, PartyId company, LicenceNumber licence, Money total, List<Long> entries,
        LocalDate lastOn, Instant lastRecordedAt) {

    public RevenueGroup {
        entries = List.copyOf(entries);
    }
}
