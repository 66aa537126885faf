package org.mizan.economy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.mizan.custody.MaterialForm;
import org.mizan.economy.reserve.ReserveMonthEnd;
import org.mizan.economy.reserve.ReserveStore;
import org.mizan.economy.reserve.ReserveTally;
import org.mizan.kernel.Rejection;
import org.mizan.registry.PartyKind;
import org.mizan.registry.Registry;
import org.mizan.registry.SiteKind;
import org.mizan.security.Actor;
import org.mizan.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategic reserves: accounts opened by an administrator at a reserve site, their yearly plans, their coverage as each
 * account's disclosure policy allows, and the committed months a disclosure opens. The stock itself is custody's: what
 * the reserve site received, dispatched and wrote off of the account's material.
 */
@Service
public class Reserves {

    private final ReserveStore store;
    private final ReserveTally tally;
    private final ReserveMonthEnd monthEnd;
    private final Registry registry;

    Reserves(ReserveStore store, ReserveTally tally, ReserveMonthEnd monthEnd, Registry registry) {
        this.store = store;
        this.tally = tally;
        this.monthEnd = monthEnd;
        this.registry = registry;
    }

    @Transactional
    public ReserveAccount open(Actor actor, ReserveProposals.Account proposal) {
        if (!actor.is(Role.ADMIN)) {
            throw Rejection.forbidden("forbidden", "Reserve accounts are opened by an administrator");
        }
        MaterialForm form = registry.catalogue().findMaterial(proposal.material())
                .map(m -> MaterialForm.valueOf(m.form().name()))
                .orElseThrow(() -> Rejection.invalid("unknown-material", "No material " + Rejection.quote(proposal.material()) + " is in the catalogue"));
        ReserveAccount account = proposal.toAccount(form);
        registry.site(account.site()).filter(s -> s.kind() == SiteKind.RESERVE).orElseThrow(() -> Rejection.invalid("not-a-reserve-site",
                "Site " + account.site().value() + " is not a registered site of kind reserve"));
        registry.party(account.regulator()).filter(p -> p.kind() == PartyKind.REGULATOR).orElseThrow(() -> Rejection.invalid(
                "not-a-regulator", "Party " + account.regulator().value() + " is not a registered regulator"));
        store.open(account);
        return account;
    }

    /** Sets a year's plan; by an administrator or the account's regulator. */
    @Transactional
    public ReservePlan plan(Actor actor, String id, int year, ReserveProposals.Plan proposal) {
        ReserveAccount account = account(id);
        if (!overseen(actor, account)) {
            throw Rejection.forbidden("forbidden", "A reserve's plan is set by its regulator or an administrator");
        }
        ReservePlan plan = proposal.toPlan(id, year);
        store.plan(plan);
        return plan;
    }

    public Optional<ReservePlan> plan(String id, int year) {
        return store.plan(id, year);
    }

    public List<ReserveCoverage> coverage() {
        return store.accounts().stream().map(this::coverage).toList();
    }

    public ReserveCoverage coverage(String id) {
        return coverage(account(id));
    }

    /** Every committed month of an account with its body and salt; for an administrator, its regulator, or anyone once public. */
    public List<ReserveStore.Committed> disclosure(Optional<Actor> actor, String id) {
        ReserveAccount account = account(id);
        if (account.policy() != DisclosurePolicy.PUBLIC && actor.filter(a -> overseen(a, account)).isEmpty()) {
            throw Rejection.forbidden("reserve-not-disclosed", "Reserve " + id + " is " + account.policy().code()
                    + ": its months are disclosed to its regulator and administrators only");
        }
        return store.months(id);
    }

    /** Commits every account's months through {@code month}, which must have ended; what the month-end job does. */
    public int commitThrough(YearMonth month) {
        return monthEnd.commitThrough(month);
    }

    public YearMonth lastEnded() {
        return monthEnd.lastEnded();
    }

    private ReserveCoverage coverage(ReserveAccount account) {
        List<ReserveCoverage.Commitment> commitments = store.months(account.id()).stream()
                .map(c -> new ReserveCoverage.Commitment(c.month().month().toString(), c.logIndex())).toList();
        return ReserveCoverage.of(account, stockKg(account), commitments);
    }

    private BigDecimal stockKg(ReserveAccount account) {
        return tally.at(account.site(), account.material()).stream()
                .map(m -> m.kind() == ReserveTally.Kind.INTAKE ? m.kg() : m.kg().negate()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private ReserveAccount account(String id) {
        return store.account(id).orElseThrow(() -> Rejection.notFound("unknown-reserve", "No reserve account " + Rejection.quote(id)));
    }

    private static boolean overseen(Actor actor, ReserveAccount account) {
        return actor.is(Role.ADMIN) || (actor.is(Role.REGULATOR) && actor.party().equals(account.regulator()));
    }
}
