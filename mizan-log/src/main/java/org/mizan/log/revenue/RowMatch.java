package org.mizan.log.revenue;

import java.util.ArrayList;
import java.util.List;

/** Whether a receipt belongs to a row: the same GFS code, company, licence, currency and government entity, and received in its year. */
final class RowMatch {

    private RowMatch() {
    }

    /** Each way the receipt differs from the row, worded to follow "receipt entry N". */
    static List<String> problems(BundleRow row, BundleReceipt.Facts receipt, RevenueYear year) {
        List<String> out = new ArrayList<>();
        differs(out, "GFS code", receipt.gfsCode(), row.gfsCode());
        differs(out, "company", receipt.company(), row.companyId());
        differs(out, "licence", receipt.licence(), row.project());
        differs(out, "currency", receipt.currency(), row.currency());
        differs(out, "government entity", receipt.governmentEntity(), row.governmentEntityId());
        if (!year.contains(receipt.receivedOn())) {
            out.add("was received on " + receipt.receivedOn() + ", outside fiscal year " + year.name() + " (" + year.start()
                    + " to " + year.end() + ")");
        }
        return out;
    }

    private static void differs(List<String> out, String field, String receipt, String row) {
        if (!receipt.equals(row)) {
            out.add("names " + field + " " + receipt + ", the row's is " + row);
        }
    }
}
