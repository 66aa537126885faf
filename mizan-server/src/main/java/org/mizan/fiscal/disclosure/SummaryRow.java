package org.mizan.fiscal.disclosure;

import java.util.List;

import org.mizan.fiscal.Money;
import org.mizan.fiscal.revenue.GfsCode;

/**
 * One line of Part 4 of the EITI Summary Data template: a revenue stream received by a government entity from a
 * company for a project, its value and reporting status, and the log indices of the receipts it sums.
 */
public record SummaryRow(List<GfsCode> gfsLevels, String revenueStream, String governmentEntity, String company,
        String project, Money value, String reportingStatus, List<Long> receiptEntries) {

    public static final String RECONCILED = "Included and reconciled";
    public static final String NOT_RECONCILED = "Included, not reconciled";

    public SummaryRow {
        gfsLevels = List.copyOf(gfsLevels);
        receiptEntries = List.copyOf(receiptEntries);
    }

    public GfsCode gfs() {
        return gfsLevels.get(gfsLevels.size() - 1);
    }
}
