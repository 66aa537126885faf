package org.mizan.fiscal.revenue;

import java.util.List;
import java.util.Optional;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments and receipts: checked, committed to the log and stored in one transaction; read within scope. */
@Service
public class RevenueBook {

    private final Payments payments;
    private final Receipts receipts;
    private final RevenuePolicy policy;
    private final Reconciler reconciler;

    RevenueBook(Payments payments, Receipts receipts, Registry registry, Reconciler reconciler) {
        this.payments = payments;
        this.receipts = receipts;
        this.policy = new RevenuePolicy(registry);
        this.reconciler = reconciler;
    }

    /** The year's reconciliation, for the state's bodies and auditors; a company sees the lines of its own projects. */
    public List<ReconciliationLine> reconciliation(Actor actor, FiscalYear year) {
        RevenueQuery all = scoped(actor, RevenueQuery.year(year));
        return reconciler.reconcileGroups(year, payments.groups(all), receipts.groups(all));
    }

    @Transactional
    public PaymentDeclared declare(Actor actor, PaymentDeclared payment) {
        policy.mayDeclare(actor, payment);
        if (payments.challanTaken(payment.challan(), payment.gfs())) {
            throw Rejection.conflict("challan-declared", "Challan " + payment.challan() + " is already declared under "
                    + payment.gfs().code());
        }
        try {
            return payments.append(payment);
        } catch (DuplicateKeyException e) {
            // Two declarations of one challan at once: the second finds the first's row only at insert.
            throw Rejection.conflict("challan-declared", "Challan " + payment.challan() + " is already declared under "
                    + payment.gfs().code());
        }
    }

    @Transactional
    public ReceiptRecorded record(Actor actor, ReceiptRecorded receipt) {
        policy.mayRecord(actor, receipt);
        if (receipt.payment().isPresent()) {
            PaymentDeclared p = payments.find(receipt.payment().get()).orElseThrow(() -> Rejection.invalid("unknown-payment",
                    "No payment " + receipt.payment().get() + " is declared"));
            if (!p.company().equals(receipt.company()) || !p.licence().equals(receipt.licence()) || !p.gfs().equals(receipt.gfs())) {
                throw Rejection.invalid("payment-mismatch", "Payment " + p.id() + " is " + p.company() + "'s for " + p.licence()
                        + " under " + p.gfs().code() + "; the receipt names another company, licence or code");
            }
        }
        if (receipts.challanTaken(receipt.challan(), receipt.gfs())) {
            throw Rejection.conflict("challan-received", "Challan " + receipt.challan() + " is already received under "
                    + receipt.gfs().code());
        }
        try {
            return receipts.append(receipt);
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("challan-received", "Challan " + receipt.challan() + " is already received under "
                    + receipt.gfs().code());
        }
    }

    /** The year's reconciliation in full, for the public disclosure's reporting status. */
    public List<ReconciliationLine> reconciliation(FiscalYear year) {
        return reconciler.reconcileGroups(year, payments.groups(RevenueQuery.year(year)), receipts.groups(RevenueQuery.year(year)));
    }

    public Optional<PaymentDeclared> payment(Actor actor, long id) {
        Optional<PartyId> scope = policy.readScope(actor);
        return payments.find(id).filter(p -> scope.isEmpty() || scope.get().equals(p.company()));
    }

    public Optional<ReceiptRecorded> receipt(Actor actor, long id) {
        Optional<PartyId> scope = policy.readScope(actor);
        return receipts.find(id).filter(r -> scope.isEmpty() || scope.get().equals(r.company()));
    }

    public List<PaymentDeclared> payments(Actor actor, RevenueQuery query) {
        return payments.search(scoped(actor, query));
    }

    public List<ReceiptRecorded> receipts(Actor actor, RevenueQuery query) {
        return receipts.search(scoped(actor, query));
    }

    /** Every receipt of a fiscal year: what the government says it received is public (EITI Requirement 4.7). */
    public List<ReceiptRecorded> receipts(RevenueQuery query) {
        return receipts.search(query);
    }

    /** The latest log entries of payments and of receipts: it changes whenever either side of any reconciliation does. */
    public String mark() {
        return payments.lastLogIndex() + "/" + receipts.lastLogIndex();
    }

    /** Reconciles sums already read, so that a caller judges the very records it holds. */
    public List<ReconciliationLine> reconcile(FiscalYear year, List<RevenueGroup> declared, List<RevenueGroup> received) {
        return reconciler.reconcileGroups(year, declared, received);
    }

    /** Receipts a query selects, summed per GFS code, government entity, company, project and currency. */
    public List<RevenueGroup> receiptGroups(RevenueQuery query) {
        return receipts.groups(query);
    }

    /** Payments a query selects, summed per GFS code, company, project and currency. */
    public List<RevenueGroup> paymentGroups(RevenueQuery query) {
        return payments.groups(query);
    }

    /** Every payment a query selects, unscoped: for the state's own checks, never for a reader's request. */
    public List<PaymentDeclared> payments(RevenueQuery query) {
        return payments.search(query);
    }

    /** The receipts at these log entries with what opens their entries; public, as the receipts themselves are. */
    public List<CommittedReceipt> committedReceipts(List<Long> logIndices) {
        return receipts.committed(logIndices);
    }

    private RevenueQuery scoped(Actor actor, RevenueQuery query) {
        Optional<PartyId> scope = policy.readScope(actor);
        if (scope.isPresent() && query.company().isPresent() && !query.company().equals(scope)) {
            throw Rejection.forbidden("not-your-company", "A key of " + actor.party() + " reads its own payments and receipts only");
        }
        return scope.isEmpty() ? query : new RevenueQuery(query.licence(), scope, query.fiscalYear(), query.limit());
    }
}
