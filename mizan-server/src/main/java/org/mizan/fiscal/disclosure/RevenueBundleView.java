package org.mizan.fiscal.disclosure;

import java.util.List;

/**
 * The revenue disclosure bundle as JSON, in the format {@code mizan verify} reads
 * ({@link org.mizan.log.revenue.RevenueBundle}): the rows with the ids they are about, and each receipt they sum
 * with its salt, its recorded form and its inclusion proof in the one signed checkpoint. {@code verifierKey} is
 * a convenience; a verifier uses the key it already trusts.
 */
record RevenueBundleView(String format, String fiscalYear, String licence, String log, long treeSize, String checkpoint,
        String verifierKey, List<Row> rows, List<Receipt> receipts) {

    record Row(String gfsCode, String revenueStream, String governmentEntityId, String governmentEntity, String companyId,
            String company, String project, String currency, String value, String reportingStatus, List<Long> receiptEntries) {
    }

    /** @param recorded the recorded form as plain JSON values, exactly the committed body */
    record Receipt(long index, String salt, Object recorded, List<String> inclusionProof) {
    }

    RevenueBundleView {
        rows = List.copyOf(rows);
        receipts = List.copyOf(receipts);
    }
}
