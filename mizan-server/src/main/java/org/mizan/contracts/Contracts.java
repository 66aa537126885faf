package org.mizan.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.contracts.book.CommitmentRegister;
import org.mizan.contracts.book.ContractBook;
import org.mizan.contracts.book.ContractRegister;
import org.mizan.contracts.book.ObligationRegister;
import org.mizan.ledger.Ledger;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contract register for other modules and the web: register contracts, their texts, amendments and
 * obligations, evidence of delivery and investment commitments, each change committed to the log with its OCDS
 * release in one transaction; and read where every milestone stands today in the national calendar.
 */
@Service
public class Contracts {

    private final ContractRegister contracts;
    private final ObligationRegister obligations;
    private final CommitmentRegister commitments;
    private final ContractBook book;
    private final TransactionTemplate transaction;
    private final Ledger ledger;
    private final Registry registry;
    private final Clock clock;

    Contracts(ContractRegister contracts, ObligationRegister obligations, CommitmentRegister commitments, ContractBook book,
            TransactionTemplate transaction, Ledger ledger, Registry registry, Clock clock) {
        this.contracts = contracts;
        this.obligations = obligations;
        this.commitments = commitments;
        this.book = book;
        this.transaction = transaction;
        this.ledger = ledger;
        this.registry = registry;
        this.clock = clock;
    }

    public ContractFile register(Actor actor, Contract contract) {
        write(() -> contracts.register(actor, contract, now()));
        return file(contract.id());
    }

    public Amendment amend(Actor actor, String id, LocalDate date, String summary, Optional<Contract.Status> status) {
        return write(() -> contracts.amend(actor, id, date, summary, status, now()));
    }

    public ContractDocument attach(Actor actor, String id, String mediaType, byte[] bytes) {
        return write(() -> contracts.attach(actor, id, mediaType, bytes, now()));
    }

    public ContractRegister.Text text(String id) {
        return contracts.text(id, today());
    }

    public ContractFile addObligation(Actor actor, Obligation obligation) {
        write(() -> obligations.add(actor, obligation, now()));
        return file(obligation.contract());
    }

    public Delivery evidence(Actor actor, String contract, String obligation, EvidenceClaim claim) {
        return write(() -> obligations.evidence(actor, contract, obligation, claim, now()));
    }

    public CommitmentFile registerCommitment(Actor actor, Commitment commitment) {
        write(() -> commitments.register(actor, commitment, now()));
        return commitment(commitment.id());
    }

    public CommitmentFile commitmentEvidence(Actor actor, CommitmentEvidence evidence) {
        write(() -> commitments.evidence(actor, evidence, now()));
        return commitment(evidence.commitment());
    }

    public ContractFile file(String id) {
        Contract contract = contracts.contract(id);
        List<ContractFile.LogEntry> entries = new ArrayList<>();
        for (String kind : List.of("contract", "amendment", "document", "obligation", "evidence", "release")) {
            book.of(id, kind, Map.class).forEach(s -> entries.add(new ContractFile.LogEntry(s.id(), s.logIndex(), s.at(), s.by().value())));
        }
        entries.sort(java.util.Comparator.comparingLong(ContractFile.LogEntry::logIndex));
        return new ContractFile(contract, book.ocid(id), book.of(id, "amendment", Amendment.class).stream().map(ContractBook.Stored::value).toList(),
                book.of(id, "document", ContractDocument.class).stream().map(ContractBook.Stored::value).toList(),
                obligations.obligations(id), obligations.deliveries(id), obligations.states(contract, today()), entries);
    }

    public List<ContractFile> files() {
        return contracts.contracts().stream().map(c -> file(c.id())).toList();
    }

    public CommitmentFile commitment(String id) {
        return commitments.withStates(commitments.commitment(id), today());
    }

    public List<CommitmentFile> commitments() {
        return commitments.commitments(today());
    }

    /** Every milestone of every obligation and commitment as it stands today: what the oversight rules judge. */
    public List<MilestoneState> milestones() {
        List<MilestoneState> out = new ArrayList<>();
        contracts.contracts().forEach(c -> out.addAll(obligations.states(c, today())));
        commitments().forEach(c -> out.addAll(c.milestones()));
        return out;
    }

    /** Today in the national calendar, by which milestones fall due. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(registry.provinces().zone()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private <T> T write(java.util.function.Supplier<T> change) {
        T result = transaction.execute(status -> change.get());
        ledger.nudge();
        return result;
    }

    private void write(Runnable change) {
        write(() -> {
            change.run();
            return null;
        });
    }
}
