package org.mizan.log.revenue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Summary Data row of the bundle: what it claims (GFS code, government entity and company by id, project,
 * currency, value) and the log entries of the receipts it sums. Names and the reporting status are carried for
 * readers; the verifier checks the ids, the figures and the dates.
 */
public record BundleRow(String gfsCode, String revenueStream, String governmentEntityId, String governmentEntity,
        String companyId, String company, String project, String currency, BigDecimal value, String reportingStatus,
        List<Long> receiptEntries) {

    public BundleRow {
        receiptEntries = List.copyOf(receiptEntries);
    }

    static BundleRow of(Map<?, ?> row, String path) {
        List<Long> entries = new ArrayList<>();
        List<?> listed = BundleJson.array(row, "receiptEntries", path);
        for (int i = 0; i < listed.size(); i++) {
            entries.add(BundleJson.integer(listed.get(i), path + "receiptEntries[" + i + "]"));
        }
        return new BundleRow(BundleJson.text(row, "gfsCode", path), BundleJson.text(row, "revenueStream", path),
                BundleJson.text(row, "governmentEntityId", path), BundleJson.text(row, "governmentEntity", path),
                BundleJson.text(row, "companyId", path), BundleJson.text(row, "company", path),
                BundleJson.text(row, "project", path), BundleJson.text(row, "currency", path),
                BundleJson.decimal(row, "value", path), BundleJson.text(row, "reportingStatus", path), entries);
    }

    /** How a failure names the row: its number from 1 and what it is about. */
    String label(int number) {
        return "row " + number + " (" + gfsCode + " · " + company + " · " + project + ")";
    }
}
