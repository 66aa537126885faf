package org.mizan.custody.sequencer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;

import tools.jackson.databind.JsonNode;
import org.mizan.custody.ConsignmentId;
import org.mizan.custody.EventId;
import org.mizan.custody.book.Applied;
import org.mizan.custody.book.Lot;

/**
 * The one port a group commit goes through: what is already stored, and the writing of a group the
 * lot book accepted. Keeping SQL, transactions and the log behind it leaves the group writer to decide
 * only what is accepted.
 */
public interface GroupStore {

    /** An event stored by an earlier group: its first receipt, and its stored form to tell a re-send from a reused id. */
    record Recorded(Receipt receipt, JsonNode body) {
    }

    /**
     * A group the lot book accepted: its new events as applied, in order, every lot they touched in
     * the state the whole group leaves it in, and the submitter of each event a hub sent for its actor.
     */
    record ValidatedGroup(List<Applied> applied, Map<LotId, Lot> lots, Map<EventId, PartyId> submittedBy) {

        public ValidatedGroup {
            applied = List.copyOf(applied);
            lots = Map.copyOf(lots);
            submittedBy = Map.copyOf(submittedBy);
        }
    }

    /** The stored events among {@code ids}. */
    Map<EventId, Recorded> recorded(Collection<EventId> ids);

    boolean exported(ConsignmentId consignment);

    /**
     * Writes the group in one transaction (sequence numbers, salts, commitments to the log, event and
     * lot rows, projections) and returns each event's receipt once it has committed; throws, writing
     * nothing, when it cannot.
     */
    Map<EventId, Receipt> write(ValidatedGroup group);
}
