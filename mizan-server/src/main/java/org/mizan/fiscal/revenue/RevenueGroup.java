package org.mizan.fiscal.revenue;

import java.util.List;

import org.mizan.fiscal.Money;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;

/**
 * Payments or receipts summed in the database: one GFS code, company, project and currency (and, for
 * receipts, the government entity that received them), their exact total and the log entries summed, in
 * the order they were recorded, and the latest day paid or received. A year of a million receipts is read as a few thousand of these.
 */
public record RevenueGroup(GfsCode gfs, PartyId government, PartyId company, LicenceNumber licence, Money total, List<Long> entries,
        java.time.LocalDate lastOn) {

    public RevenueGroup {
        entries = List.copyOf(entries);
    }
}
