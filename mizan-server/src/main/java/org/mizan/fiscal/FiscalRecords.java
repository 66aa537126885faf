package org.mizan.fiscal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.fiscal.revenue.ReceiptRecorded;
import org.mizan.fiscal.revenue.RevenueGroup;
import org.mizan.fiscal.revenue.ReconciliationLine;
import org.mizan.fiscal.revenue.RevenueBook;
import org.mizan.fiscal.revenue.RevenueQuery;
import org.mizan.fiscal.royalty.Assessments;
import org.mizan.fiscal.royalty.ReferenceValuation;
import org.mizan.fiscal.royalty.RoyaltyLedger;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Mass;
import org.springframework.stereotype.Service;

/**
 * The fiscal records other modules judge, as typed records: royalties assessed and the royalty receipts
 * of a licence, the material differences of a year's reconciliation, and the reference value of contained
 * elements. Every figure carries the log entry it comes from.
 */
@Service
public class FiscalRecords {

    /** The GFS code royalties are received under. */
    public static final String ROYALTIES = "1415E1";

    private final Assessments assessments;
    private final RevenueBook book;
    private final ReferenceValuation valuation;
    private final RoyaltyLedger ledger;

    FiscalRecords(Assessments assessments, RevenueBook book, ReferenceValuation valuation, RoyaltyLedger ledger) {
        this.ledger = ledger;
        this.assessments = assessments;
        this.book = book;
        this.valuation = valuation;
    }

    /** Lets assessment catch up with the committed stream for at most {@code budget}; never throws. */
    public void catchUp(java.time.Duration budget) {
        ledger.catchUp(budget);
    }

    /** Changes whenever a payment or receipt is recorded: a reader of the differences may skip them while it stays. */
    public String revenueMark() {
        return book.mark();
    }

    public List<RoyaltyDue> duesAfter(long logIndex, int limit) {
        return assessments.duesAfter(logIndex, limit);
    }

    public List<RoyaltyDue> duesOf(LicenceNumber licence) {
        return assessments.duesOf(licence);
    }

    /** The licence's receipts under the royalties code in rupees, by the day received. */
    public List<RoyaltyReceipt> royaltyReceiptsOf(LicenceNumber licence) {
        return book.receipts(new RevenueQuery(Optional.of(licence), Optional.empty(), Optional.empty(), Integer.MAX_VALUE)).stream()
                .filter(r -> r.gfs().code().equals(ROYALTIES) && r.amount().currency().getCurrencyCode().equals("PKR"))
                .sorted(java.util.Comparator.comparing(ReceiptRecorded::receivedOn).thenComparing(ReceiptRecorded::logIndex))
                .map(r -> new RoyaltyReceipt(r.id(), r.licence(), r.company(), r.receivedOn(), r.amount().amount(), r.challan(), r.logIndex()))
                .toList();
    }

    /** The lines of the fiscal year containing {@code day} whose sides differ materially. */
    public List<RevenueDifference> materialDifferences(LocalDate day) {
        FiscalYear year = FiscalYear.containing(day);
        RevenueQuery all = RevenueQuery.year(year);
        // One read of each side, summed in the database and reconciled as read: a payment recorded between two reads
        // would otherwise be in a line without a day.
        List<RevenueGroup> payments = book.paymentGroups(all);
        List<RevenueGroup> receipts = book.receiptGroups(all);
        Map<String, RevenueGroup> latest = new java.util.HashMap<>();
        java.util.stream.Stream.concat(payments.stream(), receipts.stream()).forEach(g -> latest.merge(line(g.gfs().code(), g.company(),
                g.licence(), g.total().currency()), g, FiscalRecords::later));
        List<RevenueDifference> out = new ArrayList<>();
        for (ReconciliationLine line : book.reconcile(year, payments, receipts)) {
            if (line.material()) {
                RevenueGroup last = latest.get(line(line.gfs().code(), line.company(), line.licence(), line.declared().currency()));
                out.add(new RevenueDifference(line.gfs().code(), line.company(), line.licence(), year.name(), line.declared(),
                        line.received(), last.lastOn(), last.lastRecordedAt(), line.paymentEntries(), line.receiptEntries()));
            }
        }
        return out;
    }

    /** A group carrying the later day and the later recording of two groups of one line. */
    private static RevenueGroup later(RevenueGroup a, RevenueGroup b) {
        return new RevenueGroup(a.gfs(), a.government(), a.company(), a.licence(), a.total(), List.of(),
                a.lastOn().isAfter(b.lastOn()) ? a.lastOn() : b.lastOn(),
                a.lastRecordedAt().isAfter(b.lastRecordedAt()) ? a.lastRecordedAt() : b.lastRecordedAt());
    }

    private static String line(String gfs, org.mizan.kernel.PartyId company, LicenceNumber licence, java.util.Currency currency) {
        return gfs + "|" + company.value() + "|" + licence.value() + "|" + currency.getCurrencyCode();
    }

    public ReferenceValue referenceValue(Map<ElementSymbol, Mass> contained, int year) {
        return valuation.of(contained, year);
    }
}
