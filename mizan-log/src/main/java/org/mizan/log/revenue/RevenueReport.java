package org.mizan.log.revenue;

import java.util.List;

/**
 * The outcome of verifying a revenue bundle: what was checked (rows, receipts, the checkpoint's log and size) and
 * every problem found, each naming the row or receipt entry and the claim. It passed if there is no problem.
 *
 * @param treeSize the size of the signed checkpoint, or 0 if its signature did not verify
 */
public record RevenueReport(String fiscalYear, int rows, int receipts, String log, long treeSize, List<String> problems) {

    /** What a bundle states without proving it, and whose word it is. */
    public static final List<String> DECLARED = List.of(
            "reportingStatus: by the node's reconciliation with declared payments, which the bundle does not disclose",
            "revenueStream, governmentEntity, company: names by the GFS catalogue and the registry",
            "completeness: a receipt the node left out of every row cannot show in the bundle");

    public RevenueReport {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
