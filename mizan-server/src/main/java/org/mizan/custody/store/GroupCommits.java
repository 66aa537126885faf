package org.mizan.custody.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.LotId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.mizan.custody.ConsignmentId;
import org.mizan.custody.EventId;
import org.mizan.custody.book.Applied;
import org.mizan.custody.book.Lot;
import org.mizan.custody.sequencer.GroupStore;
import org.mizan.custody.sequencer.Receipt;

/**
 * Writes a group commit in one transaction: sequence numbers, salts and commitments to the log, the
 * event rows and their projections, the lot rows. The log is told of the new entries only after the
 * transaction has committed, and the receipts are returned only then.
 */
@Component
class GroupCommits implements GroupStore {

    private final CustodyEvents events;
    private final Lots lots;
    private final EventCommitments commitments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GroupCommits(CustodyEvents events, Lots lots, EventCommitments commitments, TransactionTemplate transaction, Clock clock) {
        this.events = events;
        this.lots = lots;
        this.commitments = commitments;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Map<EventId, Recorded> recorded(Collection<EventId> ids) {
        Map<EventId, Recorded> recorded = new HashMap<>();
        events.find(ids.stream().map(EventId::value).toList()).values().forEach(s -> recorded.put(new EventId(s.eventId()),
                new Recorded(new Receipt(s.eventId(), s.seq(), s.recordedAt(), false, s.logIndex()), s.body())));
        return recorded;
    }

    @Override
    public boolean exported(ConsignmentId consignment) {
        return events.exported(consignment);
    }

    @Override
    public Map<EventId, Receipt> write(ValidatedGroup group) {
        Map<EventId, Receipt> receipts = transaction.execute(tx -> store(group));
        commitments.committed();
        return receipts;
    }

    private Map<EventId, Receipt> store(ValidatedGroup group) {
        List<Applied> applied = group.applied();
        List<Long> seqs = events.nextSeqs(applied.size());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<byte[]> committed = new ArrayList<>(applied.size());
        List<CustodyEvents.Accepted> accepted = new ArrayList<>(applied.size());
        Map<LotId, Long> lastSeq = new LinkedHashMap<>();
        for (int i = 0; i < applied.size(); i++) {
            Applied a = applied.get(i);
            long seq = seqs.get(i);
            List<Lot> touched = a.event().touchedLots().stream().map(group.lots()::get).toList();
            touched.forEach(lot -> lastSeq.put(lot.id(), seq));
            byte[] salt = commitments.salt();
            committed.add(commitments.commitment(salt, a.event()));
            accepted.add(new CustodyEvents.Accepted(a, seq, now, touched, salt,
                    java.util.Optional.ofNullable(group.submittedBy().get(a.event().eventId()))));
        }
        lots.save(lastSeq.keySet().stream().map(group.lots()::get).toList(), lastSeq);
        List<Long> indices = commitments.append(committed);
        events.append(accepted, indices);
        Map<EventId, Receipt> receipts = new HashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            EventId id = applied.get(i).event().eventId();
            receipts.put(id, new Receipt(id.value(), seqs.get(i), now, false, indices.get(i)));
        }
        return receipts;
    }
}
