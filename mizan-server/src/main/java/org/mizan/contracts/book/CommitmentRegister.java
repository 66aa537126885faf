package org.mizan.contracts.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mizan.contracts.Commitment;
import org.mizan.contracts.CommitmentEvidence;
import org.mizan.contracts.CommitmentFile;
import org.mizan.contracts.MilestoneState;
import org.mizan.custody.CommittedEvent;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.Custody;
import org.mizan.custody.EventId;
import org.mizan.custody.LotsProcessed;
import org.mizan.fiscal.Revenue;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;
import org.mizan.registry.Registry;
import org.mizan.registry.SiteKind;
import org.mizan.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Investment commitments and what met their milestones. Evidence must be of the kind the milestone asks for and
 * must exist in Mizan: an export or a processing run in the custody log, a plant in the registry, a payment in
 * fiscal, or a disclosed document's hash with the capital expenditure it states.
 */
@Component
public class CommitmentRegister {

    private final ContractBook book;
    private final ContractAccess access;
    private final Registry registry;
    private final Custody custody;
    private final Revenue revenue;

    CommitmentRegister(ContractBook book, ContractAccess access, Registry registry, Custody custody, Revenue revenue) {
        this.book = book;
        this.access = access;
        this.registry = registry;
        this.custody = custody;
        this.revenue = revenue;
    }

    public void register(Actor actor, Commitment commitment, OffsetDateTime now) {
        access.mayRegisterCommitment(actor);
        commitment.parties().forEach(p -> registry.party(p).orElseThrow(() -> Rejection.invalid("unknown-party",
                "Party " + p + " is not registered").with("party", p.value())));
        commitment.licences().forEach(l -> registry.licence(l).orElseThrow(() -> Rejection.invalid("unknown-licence",
                "Licence " + l + " is not registered").with("licence", l.value())));
        if (book.exists("commitment:" + commitment.id())) {
            throw Rejection.conflict("commitment-exists", "Commitment " + commitment.id() + " is registered");
        }
        book.append("commitment:" + commitment.id(), "commitment", commitment.id(), commitment, actor.party(), now);
    }

    public CommitmentEvidence evidence(Actor actor, CommitmentEvidence evidence, OffsetDateTime now) {
        access.mayRegisterCommitment(actor);
        Commitment commitment = commitment(evidence.commitment()).commitment();
        Commitment.Milestone milestone = commitment.milestone(evidence.milestone());
        check(actor, milestone, evidence);
        String id = "commitment-evidence:" + commitment.id() + ":" + milestone.id();
        if (book.exists(id)) {
            throw Rejection.conflict("milestone-already-met", "Milestone " + milestone.id() + " of " + commitment.id() + " is already evidenced");
        }
        book.append(id, "commitment-evidence", commitment.id(), evidence, actor.party(), now);
        return evidence;
    }

    public CommitmentFile commitment(String id) {
        ContractBook.Stored<Commitment> stored = book.one("commitment:" + id, Commitment.class)
                .orElseThrow(() -> Rejection.notFound("commitment-not-found", "No commitment " + Rejection.quote(id) + " is registered"));
        List<ContractBook.Stored<CommitmentEvidence>> evidence = book.of(id, "commitment-evidence", CommitmentEvidence.class);
        OffsetDateTime last = evidence.stream().map(ContractBook.Stored::at).max(OffsetDateTime::compareTo).filter(at -> at.isAfter(stored.at()))
                .orElse(stored.at());
        return new CommitmentFile(stored.value(), stored.logIndex(), last,
                evidence.stream().map(ContractBook.Stored::value).toList(), List.of());
    }

    public List<CommitmentFile> commitments(LocalDate today) {
        return book.all("commitment", Commitment.class).stream().map(s -> withStates(commitment(s.value().id()), today)).toList();
    }

    public CommitmentFile withStates(CommitmentFile file, LocalDate today) {
        List<MilestoneState> states = file.commitment().milestones().stream().map(m -> {
            boolean met = file.evidence().stream().anyMatch(e -> e.milestone().equals(m.id()));
            BigDecimal delivered = met ? BigDecimal.ONE : BigDecimal.ZERO;
            return new MilestoneState(MilestoneState.Of.COMMITMENT, file.commitment().id(), file.commitment().id(), m.id(),
                    m.evidence().code(), m.phase().code(), m.due(), BigDecimal.ONE, delivered, "evidence",
                    MilestonePolicy.status(m.due(), BigDecimal.ONE, delivered, today), file.commitment().licences(), province(file.commitment()),
                    file.commitment().parties(), List.of(), file.lastRecorded());
        }).toList();
        return new CommitmentFile(file.commitment(), file.logIndex(), file.lastRecorded(), file.evidence(), states);
    }

    /** A commitment over licences is watched by their province's regulator; a national one by none in particular. */
    private Optional<org.mizan.kernel.ProvinceCode> province(Commitment commitment) {
        return commitment.licences().stream().findFirst().flatMap(registry::licence).map(org.mizan.registry.Licence::province);
    }

    private void check(Actor actor, Commitment.Milestone milestone, CommitmentEvidence e) {
        switch (milestone.evidence()) {
            case FIRST_EXPORT, FIRST_PROCESSING -> {
                String event = e.event().orElseThrow(() -> misfit(milestone, "a custody event"));
                CommittedEvent committed = custody.recordOf(new EventId(event)).filter(CommittedEvent.class::isInstance)
                        .map(CommittedEvent.class::cast).orElseThrow(() -> Rejection.invalid("unknown-event", "No custody event "
                                + Rejection.quote(event) + " is recorded"));
                boolean fits = milestone.evidence() == Commitment.Evidence.FIRST_EXPORT ? committed.event() instanceof ConsignmentExported
                        : committed.event() instanceof LotsProcessed;
                if (!fits) {
                    throw misfit(milestone, milestone.evidence() == Commitment.Evidence.FIRST_EXPORT ? "an export" : "a processing run");
                }
            }
            case PROCESSING_SITE_REGISTERED -> {
                String site = e.site().orElseThrow(() -> misfit(milestone, "a registered site"));
                registry.site(new SiteId(site)).filter(s -> s.kind() == SiteKind.PLANT)
                        .orElseThrow(() -> Rejection.invalid("unknown-site", "No plant " + Rejection.quote(site) + " is registered"));
            }
            case ROYALTIES_PAID -> {
                long payment = e.payment().orElseThrow(() -> misfit(milestone, "a fiscal payment"));
                revenue.payment(actor, payment).orElseThrow(() -> Rejection.forbidden("evidence-not-visible",
                        "No payment " + payment + " that this key may read"));
            }
            case CAPEX_DISCLOSED -> {
                String sha = e.document().orElseThrow(() -> misfit(milestone, "a disclosed document"));
                if (!sha.matches("[0-9a-f]{64}") || e.amount().isEmpty()) {
                    throw Rejection.invalid("invalid-evidence", "Capital expenditure is evidenced by a document's SHA-256 and the amount it states");
                }
            }
        }
    }

    private static Rejection misfit(Commitment.Milestone milestone, String wanted) {
        return Rejection.invalid("evidence-does-not-fit", "Milestone " + milestone.id() + " (" + milestone.evidence().code()
                + ") is met by " + wanted);
    }
}
