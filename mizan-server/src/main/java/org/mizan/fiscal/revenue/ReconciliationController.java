package org.mizan.fiscal.revenue;

import java.util.List;

import org.mizan.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Declared against received, per GFS code, company, project and fiscal year, for the state's bodies and auditors. */
@RestController
class ReconciliationController {

    record LineView(String gfsCode, String company, String licence, String fiscalYear, String currency, String declared,
            String received, String difference, boolean material, List<Long> paymentEntries, List<Long> receiptEntries) {

        static LineView of(ReconciliationLine l) {
            return new LineView(l.gfs().code(), l.company().value(), l.licence().value(), l.fiscalYear().name(),
                    l.declared().currency().getCurrencyCode(), l.declared().amount().toPlainString(),
                    l.received().amount().toPlainString(), l.difference().amount().toPlainString(), l.material(),
                    l.paymentEntries(), l.receiptEntries());
        }
    }

    record ReconciliationView(String fiscalYear, int lines, int material, List<LineView> differences) {
    }

    private final RevenueBook book;
    private final CurrentActor currentActor;

    ReconciliationController(RevenueBook book, CurrentActor currentActor) {
        this.book = book;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Payments against receipts for a fiscal year (e.g. 2025-26), each line with both sides' log entries")
    @GetMapping("/api/v1/fiscal/reconciliation")
    ReconciliationView reconcile(@RequestParam String fiscalYear) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        List<ReconciliationLine> lines = book.reconciliation(currentActor.require(), year);
        return new ReconciliationView(year.name(), lines.size(), (int) lines.stream().filter(ReconciliationLine::material).count(),
                lines.stream().map(LineView::of).toList());
    }
}
