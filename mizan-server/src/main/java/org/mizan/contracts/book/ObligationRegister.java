package org.mizan.contracts.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.contracts.Contract;
import org.mizan.contracts.Delivery;
import org.mizan.contracts.EvidenceClaim;
import org.mizan.contracts.MilestoneState;
import org.mizan.contracts.Obligation;
import org.mizan.contracts.ocds.Releases;
import org.mizan.fiscal.Revenue;
import org.mizan.fiscal.revenue.PaymentDeclared;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Licence;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.springframework.stereotype.Component;

/**
 * A contract's obligations and the evidence of their delivery. Evidence is checked against what it cites: a
 * payment must be one fiscal recorded that the submitter may read, of the contract's licences and in the
 * obligation's currency; a headcount gives the local share for a quota, trainees for training; a document
 * states its amount. What each milestone stands at is then computed, never entered.
 */
@Component
public class ObligationRegister {

    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final ContractBook book;
    private final ContractAccess access;
    private final ContractRegister contracts;
    private final ReleaseLog releases;
    private final Revenue revenue;
    private final Registry registry;
    private final MilestonePolicy policy = new MilestonePolicy();

    ObligationRegister(ContractBook book, ContractAccess access, ContractRegister contracts, ReleaseLog releases, Revenue revenue,
            Registry registry) {
        this.book = book;
        this.access = access;
        this.contracts = contracts;
        this.releases = releases;
        this.revenue = revenue;
        this.registry = registry;
    }

    public void add(Actor actor, Obligation obligation, OffsetDateTime now) {
        Contract contract = contracts.contract(obligation.contract());
        access.mayRegister(actor, contract.licences());
        if (obligation.milestones().get(0).due().isBefore(contract.signed())) {
            throw Rejection.invalid("milestones-out-of-order", "A milestone falls due on or after the contract's signature ("
                    + contract.signed() + ")");
        }
        String id = "obligation:" + contract.id() + ":" + obligation.id();
        if (book.exists(id)) {
            throw Rejection.conflict("obligation-exists", "Contract " + contract.id() + " already has obligation " + obligation.id());
        }
        book.append(id, "obligation", contract.id(), obligation, actor.party(), now);
        releases.commit(contract.id(), now, actor.party(), h -> Releases.obligationAdded(h, contract, obligation));
    }

    public Delivery evidence(Actor actor, String contractId, String obligationId, EvidenceClaim claim, OffsetDateTime now) {
        Contract contract = contracts.contract(contractId);
        access.mayEvidence(actor, contract);
        Obligation obligation = obligation(contractId, obligationId);
        Obligation.Milestone milestone = obligation.milestone(claim.milestone());
        if (claim.on() == null || claim.kind() == null) {
            throw Rejection.invalid("missing-field", "Evidence needs milestone, kind and on");
        }
        Optional<PaymentDeclared> payment = claim.payment().map(id -> payment(actor, contract, obligation, id));
        BigDecimal amount = amount(obligation, claim, payment);
        List<Delivery> before = deliveries(contractId, obligationId);
        Delivery delivery = new Delivery(contractId, obligationId, milestone.id(), before.size() + 1, claim.kind(), claim.on(), amount,
                claim.payment(), claim.social(), claim.headcount(), claim.document(), claim.note());
        book.append("evidence:" + contractId + ":" + obligationId + ":" + delivery.number(), "evidence", contractId, delivery,
                actor.party(), now);
        List<Delivery> withThis = new ArrayList<>(before);
        withThis.add(delivery);
        MilestoneState.Status status = policy.judge(obligation, milestone, of(withThis, milestone.id()), claim.on()).status();
        Map<String, Object> transaction = payment.map(p -> Releases.transaction("payment-" + p.id(), p.paidOn(),
                p.amount().amount().toPlainString(), p.amount().currency().getCurrencyCode(), p.company().value(),
                obligation.beneficiary().describe(), contracts.names())).orElse(null);
        releases.commit(contractId, now, actor.party(), h -> Releases.delivered(h, contract, obligation, delivery, status, transaction));
        return delivery;
    }

    public Obligation obligation(String contractId, String obligationId) {
        return book.one("obligation:" + contractId + ":" + obligationId, Obligation.class).map(ContractBook.Stored::value)
                .orElseThrow(() -> Rejection.notFound("obligation-not-found", "Contract " + contractId + " has no obligation "
                        + Rejection.quote(obligationId)));
    }

    public List<Obligation> obligations(String contractId) {
        return book.of(contractId, "obligation", Obligation.class).stream().map(ContractBook.Stored::value).toList();
    }

    public List<Delivery> deliveries(String contractId) {
        return book.of(contractId, "evidence", Delivery.class).stream().map(ContractBook.Stored::value).toList();
    }

    private List<Delivery> deliveries(String contractId, String obligationId) {
        return deliveries(contractId).stream().filter(d -> d.obligation().equals(obligationId)).toList();
    }

    /** Where every milestone of the contract's obligations stands on {@code today}. */
    public List<MilestoneState> states(Contract contract, LocalDate today) {
        List<ContractBook.Stored<Delivery>> all = book.of(contract.id(), "evidence", Delivery.class);
        Optional<ProvinceCode> province = contract.licences().stream().findFirst().flatMap(registry::licence).map(Licence::province);
        List<MilestoneState> out = new ArrayList<>();
        for (ContractBook.Stored<Obligation> stored : book.of(contract.id(), "obligation", Obligation.class)) {
            Obligation o = stored.value();
            List<ContractBook.Stored<Delivery>> mine = all.stream().filter(d -> d.value().obligation().equals(o.id())).toList();
            OffsetDateTime last = mine.stream().map(ContractBook.Stored::at).max(OffsetDateTime::compareTo).filter(at -> at.isAfter(stored.at()))
                    .orElse(stored.at());
            for (Obligation.Milestone m : o.milestones()) {
                List<Delivery> against = of(mine.stream().map(ContractBook.Stored::value).toList(), m.id());
                MilestonePolicy.Judged judged = policy.judge(o, m, against, today);
                out.add(new MilestoneState(MilestoneState.Of.OBLIGATION, contract.id(), o.id(), m.id(), o.kind().code(),
                        o.beneficiary().describe(), m.due(), m.amount(), judged.delivered(), o.unit().code(), judged.status(),
                        contract.licences(), province, contract.parties().stream().map(Contract.Signatory::party).toList(),
                        against.stream().map(Delivery::number).toList(), last));
            }
        }
        return out;
    }

    private static List<Delivery> of(List<Delivery> deliveries, String milestone) {
        return deliveries.stream().filter(d -> d.milestone().equals(milestone)).toList();
    }

    private PaymentDeclared payment(Actor actor, Contract contract, Obligation obligation, long id) {
        PaymentDeclared p = revenue.payment(actor, id).orElseThrow(() -> Rejection.forbidden("evidence-not-visible",
                "No payment " + id + " that this key may read").with("payment", id));
        if (!contract.licences().isEmpty() && !contract.licences().contains(p.licence())) {
            throw Rejection.invalid("evidence-of-another-contract", "Payment " + id + " is for licence " + p.licence()
                    + ", not one of this contract's " + contract.licences().stream().map(LicenceNumber::value).toList());
        }
        if (!obligation.unit().isMoney() || !p.amount().currency().getCurrencyCode().equals(obligation.unit().code())) {
            throw Rejection.invalid("unit-mismatch", "Payment " + id + " is in " + p.amount().currency().getCurrencyCode()
                    + "; obligation " + obligation.id() + " is counted in " + obligation.unit().code());
        }
        return p;
    }

    private static BigDecimal amount(Obligation obligation, EvidenceClaim claim, Optional<PaymentDeclared> payment) {
        switch (claim.kind()) {
            case PAYMENT:
                return payment.orElseThrow(() -> Rejection.invalid("missing-field", "Payment evidence names the fiscal payment")).amount().amount();
            case HEADCOUNT:
                Delivery.Headcount h = claim.headcount().orElseThrow(() -> Rejection.invalid("missing-field", "Headcount evidence carries a headcount"));
                return switch (obligation.unit()) {
                    case PERCENT -> h.localShare();
                    case PERSONS -> BigDecimal.valueOf(obligation.kind() == Obligation.Kind.TRAINING ? h.trainees() : h.local());
                    default -> throw Rejection.invalid("unit-mismatch", "A headcount does not count " + obligation.unit().code());
                };
            default:
                String sha = claim.document().orElseThrow(() -> Rejection.invalid("missing-field", "Document evidence names the document's SHA-256"));
                if (!HEX.matcher(sha).matches()) {
                    throw Rejection.invalid("invalid-sha256", "A document hash is 64 lowercase hex digits");
                }
                return claim.amount().orElseThrow(() -> Rejection.invalid("missing-field", "Document evidence states the amount it shows"));
        }
    }
}
