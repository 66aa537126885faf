package org.mizan.contracts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the register holds on one contract, as a reader sees it on a day: the contract with its status
 * as amended, its amendments, documents, obligations, the evidence of delivery, each milestone's standing, and
 * the log entry of every record.
 */
public record ContractFile(Contract contract, String ocid, List<Amendment> amendments, List<ContractDocument> documents,
        List<Obligation> obligations, List<Delivery> deliveries, List<MilestoneState> milestones, List<LogEntry> entries) {

    /** One record of the register in the transparency log: which record, its entry, when and by whom. */
    public record LogEntry(String record, long logIndex, OffsetDateTime at, String by) {
    }

    public ContractFile {
        amendments = List.copyOf(amendments);
        documents = List.copyOf(documents);
        obligations = List.copyOf(obligations);
        deliveries = List.copyOf(deliveries);
        milestones = List.copyOf(milestones);
        entries = List.copyOf(entries);
    }

    public Contract.Status status() {
        Contract.Status status = contract.status();
        for (Amendment a : amendments) {
            status = a.status().orElse(status);
        }
        return status;
    }
}
