package org.mizan.fiscal.disclosure;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.fiscal.revenue.CommittedReceipt;
import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.fiscal.revenue.ReceiptRecorded;
import org.mizan.fiscal.revenue.RevenueBook;
import org.mizan.fiscal.revenue.RevenueQuery;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Rejection;
import org.mizan.ledger.Ledger;
import org.mizan.log.revenue.RevenueBundle;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the Summary Data rows of a year (or of one project) beside the receipts they sum, each opened (salt and
 * recorded form) and proven in one signed checkpoint, so that anyone recomputes every row offline.
 */
@Component
class RevenueBundleAssembly {

    private final SummaryDataAssembly summary;
    private final RevenueBook book;
    private final Ledger ledger;
    private final JsonMapper json;

    RevenueBundleAssembly(SummaryDataAssembly summary, RevenueBook book, Ledger ledger, JsonMapper json) {
        this.summary = summary;
        this.book = book;
        this.ledger = ledger;
        this.json = json;
    }

    RevenueBundleView of(FiscalYear year, Optional<LicenceNumber> licence) {
        SummaryData data = licence.isEmpty() ? summary.of(year)
                : summary.of(year, new RevenueQuery(licence, Optional.empty(), Optional.of(year), Integer.MAX_VALUE));
        List<Long> indices = data.rows().stream().flatMap(r -> r.receiptEntries().stream()).sorted().toList();
        Ledger.SignedCheckpoint checkpoint = checkpoint(indices);
        Map<Long, CommittedReceipt> committed = new HashMap<>();
        book.committedReceipts(indices).forEach(c -> committed.put(c.receipt().logIndex(), c));
        List<List<byte[]>> proofs = indices.isEmpty() ? List.of() : ledger.inclusionProofs(indices, checkpoint.size());
        List<RevenueBundleView.Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < indices.size(); i++) {
            CommittedReceipt c = committed.get(indices.get(i));
            receipts.add(new RevenueBundleView.Receipt(indices.get(i), base64(c.salt()), json.readValue(c.recorded(), Object.class),
                    proofs.get(i).stream().map(RevenueBundleAssembly::base64).toList()));
        }
        List<RevenueBundleView.Row> rows = data.rows().stream().map(r -> row(r, committed.get(r.receiptEntries().get(0)).receipt()))
                .toList();
        return new RevenueBundleView(RevenueBundle.FORMAT, year.name(), licence.map(LicenceNumber::value).orElse(null),
                ledger.origin(), checkpoint.size(), checkpoint.note(), ledger.verifierKey().toString(), rows, receipts);
    }

    /** The latest checkpoint, which must cover the last receipt; a year without receipts is proven against the latest. */
    private Ledger.SignedCheckpoint checkpoint(List<Long> indices) {
        Optional<Ledger.SignedCheckpoint> covering = indices.isEmpty() ? ledger.latestCheckpoint()
                : ledger.checkpointCovering(indices.get(indices.size() - 1));
        return covering.orElseThrow(() -> new Rejection(Rejection.Kind.UNAVAILABLE, "not-yet-in-checkpoint",
                "The year's receipts are logged but not yet in a signed checkpoint; retry in a second", Map.of()));
    }

    /** A row with the ids it is about: every receipt of a row has the same company and government entity as its first. */
    private static RevenueBundleView.Row row(SummaryRow r, ReceiptRecorded first) {
        return new RevenueBundleView.Row(r.gfs().code(), r.revenueStream(), first.government().value(), r.governmentEntity(),
                first.company().value(), r.company(), r.project(), r.value().currency().getCurrencyCode(),
                r.value().amount().toPlainString(), r.reportingStatus(), r.receiptEntries());
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
