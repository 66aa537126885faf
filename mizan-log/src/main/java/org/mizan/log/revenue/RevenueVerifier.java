package org.mizan.log.revenue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.disclosure.DisclosureException;
import org.mizan.log.note.VerifierKey;

/**
 * Verifies a revenue bundle offline, given the log's verifier key: (a) the checkpoint is signed by the key;
 * (b) each receipt's salted commitment, recomputed from salt and recorded form as the log computes it, is
 * included in that checkpoint; (c) each row's receipts are disclosed, used by no other row, match the row's GFS
 * code, company, licence, currency and government entity, and were received in the fiscal year; (d) each row's
 * value is the exact sum of its receipts; (e) no disclosed receipt is left out of every row. Every problem is
 * reported, naming the row or the receipt entry and the claim.
 */
public final class RevenueVerifier {

    private RevenueVerifier() {
    }

    public static RevenueReport verify(RevenueBundle bundle, VerifierKey key) {
        String year = bundle.fiscalYear().name();
        Checkpoint checkpoint;
        try {
            checkpoint = Disclosure.openCheckpoint(bundle.checkpoint(), key);
        } catch (DisclosureException e) {
            // The failure code leads the message; the plain-language rest follows it.
            return new RevenueReport(year, bundle.rows().size(), bundle.receipts().size(), key.name(), 0,
                    List.of("checkpoint: " + e.getMessage().substring(e.failure().name().length() + 2)));
        }
        List<String> problems = new ArrayList<>();
        Map<Long, BundleReceipt.Facts> proven = proven(bundle.receipts(), checkpoint, problems);
        Map<Long, Integer> usedBy = new HashMap<>();
        for (int i = 0; i < bundle.rows().size(); i++) {
            row(bundle.rows().get(i), i + 1, bundle.fiscalYear(), proven, usedBy, problems);
        }
        for (BundleReceipt receipt : bundle.receipts()) {
            if (!usedBy.containsKey(receipt.index())) {
                problems.add("receipt entry " + receipt.index() + " is disclosed but summed by no row");
            }
        }
        return new RevenueReport(year, bundle.rows().size(), bundle.receipts().size(), checkpoint.origin(), checkpoint.size(),
                problems);
    }

    /** The facts of every receipt proven in the log, by log index; a receipt not proven, or disclosed twice, is a problem. */
    private static Map<Long, BundleReceipt.Facts> proven(List<BundleReceipt> receipts, Checkpoint checkpoint, List<String> problems) {
        Map<Long, BundleReceipt.Facts> out = new LinkedHashMap<>();
        Map<Long, Boolean> seen = new HashMap<>();
        for (BundleReceipt receipt : receipts) {
            String entry = "receipt entry " + receipt.index();
            if (seen.put(receipt.index(), true) != null) {
                problems.add(entry + " is disclosed twice");
                continue;
            }
            Optional<String> failure = receipt.inclusionFailure(checkpoint);
            if (failure.isPresent()) {
                problems.add(entry + " is not in the log: " + failure.get());
                continue;
            }
            try {
                out.put(receipt.index(), receipt.facts());
            } catch (IllegalArgumentException e) {
                problems.add(entry + " is in the log but is not a receipt: " + e.getMessage());
            }
        }
        return out;
    }

    private static void row(BundleRow row, int number, RevenueYear year, Map<Long, BundleReceipt.Facts> proven,
            Map<Long, Integer> usedBy, List<String> problems) {
        String label = row.label(number);
        if (row.receiptEntries().isEmpty()) {
            problems.add(label + ": sums no receipt");
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (long index : row.receiptEntries()) {
            Integer other = usedBy.putIfAbsent(index, number);
            if (other != null) {
                problems.add(label + ": receipt entry " + index + (other == number ? " is summed twice" : " is also summed by row " + other));
            }
            BundleReceipt.Facts receipt = proven.get(index);
            if (receipt == null) {
                complete = false;
                problems.add(label + ": receipt entry " + index + " is not a receipt proven in the log");
                continue;
            }
            RowMatch.problems(row, receipt, year).forEach(p -> problems.add(label + ": receipt entry " + index + " " + p));
            sum = sum.add(receipt.amount());
        }
        // A receipt that is not proven has no amount to count: its row is already failed, not mis-summed.
        if (complete && sum.compareTo(row.value()) != 0) {
            problems.add(label + ": value " + figure(row.value(), row.currency()) + " but its receipts sum to "
                    + figure(sum, row.currency()));
        }
    }

    /** A figure as people read it: digits grouped in thousands, every decimal kept, and the currency. */
    static String figure(BigDecimal amount, String currency) {
        return String.format(Locale.ROOT, "%,." + Math.max(amount.scale(), 0) + "f", amount) + " " + currency;
    }
}
