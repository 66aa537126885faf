package org.mizan.cli;

import java.io.PrintStream;
import java.util.Map;

import org.mizan.log.note.VerifierKey;
import org.mizan.log.revenue.RevenueBundle;
import org.mizan.log.revenue.RevenueReport;
import org.mizan.log.revenue.RevenueVerifier;

/**
 * {@code mizan verify} on a revenue disclosure bundle: one line per problem, what the bundle declares rather than
 * proves, then the verdict; exit code 0 only if every row recomputes from its logged receipts.
 */
final class RevenueVerification {

    private RevenueVerification() {
    }

    static boolean isRevenueBundle(Map<?, ?> document) {
        return RevenueBundle.reads(document.get("format"));
    }

    static int print(Map<?, ?> document, VerifierKey key, PrintStream out) {
        RevenueReport report = RevenueVerifier.verify(RevenueBundle.fromJson(document), key);
        for (String problem : report.problems()) {
            out.println("FAIL  " + problem);
        }
        // Declared parts are someone's word, not proven: say whose, so nobody mistakes them for checked figures.
        for (String declared : RevenueReport.DECLARED) {
            out.println("declared  " + declared);
        }
        if (report.passed()) {
            out.println("OK: revenue disclosure " + report.fiscalYear() + ": " + report.rows() + " rows recompute from "
                    + report.receipts() + " receipts, each an entry of log " + report.log() + " in the checkpoint of size "
                    + report.treeSize() + " signed by " + key.name());
            return 0;
        }
        int more = report.problems().size() - 1;
        out.println("FAILED: revenue disclosure " + report.fiscalYear() + ": " + report.problems().get(0)
                + (more > 0 ? " (and " + more + " more)" : ""));
        return 1;
    }
}
