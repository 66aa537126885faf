package org.mizan.fiscal.revenue;

import java.util.List;

import org.mizan.fiscal.Money;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;

/**
 * One GFS code × company × project × fiscal year (× currency): what the company declared beside what the
 * government received, the difference (received − declared), whether it is material, and the log indices of
 * both sides' records so that anyone can check each figure against the log.
 */
public record ReconciliationLine(GfsCode gfs, PartyId company, LicenceNumber licence, FiscalYear fiscalYear,
        Money declared, Money received, Money difference, boolean material, List<Long> paymentEntries,
        List<Long> receiptEntries) {

    public ReconciliationLine {
        paymentEntries = List.copyOf(paymentEntries);
        receiptEntries = List.copyOf(receiptEntries);
    }
}
