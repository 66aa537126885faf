package org.mizan.contracts;

import java.util.List;

/** A commitment with the evidence recorded against its milestones and where each milestone stands on a day. */
public record CommitmentFile(Commitment commitment, long logIndex, java.time.OffsetDateTime lastRecorded, List<CommitmentEvidence> evidence,
        List<MilestoneState> milestones) {

    public CommitmentFile {
        evidence = List.copyOf(evidence);
        milestones = List.copyOf(milestones);
    }
}
