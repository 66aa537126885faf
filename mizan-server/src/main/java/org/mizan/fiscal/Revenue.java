package org.mizan.fiscal;

import java.util.List;

import org.mizan.fiscal.disclosure.SummaryData;
import org.mizan.fiscal.disclosure.SummaryDataAssembly;
import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.fiscal.revenue.GfsCatalogue;
import org.mizan.fiscal.revenue.GfsCode;
import org.mizan.fiscal.revenue.PaymentDeclared;
import org.mizan.fiscal.revenue.ReceiptRecorded;
import org.mizan.fiscal.revenue.ReconciliationLine;
import org.mizan.fiscal.revenue.RevenueBook;
import org.mizan.security.Actor;
import org.springframework.stereotype.Service;

/**
 * The revenue side of fiscal for other modules: declare payments and record receipts (each committed to the
 * log), reconcile a fiscal year, and assemble its EITI Summary Data.
 */
@Service
public class Revenue {

    private final RevenueBook book;
    private final SummaryDataAssembly disclosure;
    private final GfsCatalogue gfs;

    Revenue(RevenueBook book, SummaryDataAssembly disclosure, GfsCatalogue gfs) {
        this.book = book;
        this.disclosure = disclosure;
        this.gfs = gfs;
    }

    /** A GFS revenue code of the catalogue, or a 422 problem naming it. */
    public GfsCode gfsCode(String code) {
        return gfs.code(code);
    }

    public PaymentDeclared declare(Actor actor, PaymentDeclared payment) {
        return book.declare(actor, payment);
    }

    public ReceiptRecorded record(Actor actor, ReceiptRecorded receipt) {
        return book.record(actor, receipt);
    }

    public List<ReconciliationLine> reconciliation(Actor actor, FiscalYear year) {
        return book.reconciliation(actor, year);
    }

    /** A declared payment, if the actor may read it: what another module cites as evidence of a payment. */
    public java.util.Optional<PaymentDeclared> payment(Actor actor, long id) {
        return book.payment(actor, id);
    }

    public SummaryData summaryData(FiscalYear year) {
        return disclosure.of(year);
    }
}
