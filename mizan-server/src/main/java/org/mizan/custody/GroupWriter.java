package org.mizan.custody;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.kernel.LotId;
import org.mizan.log.disclosure.Commitment;
import org.mizan.ledger.Ledger;
import org.mizan.ledger.Salts;
import org.mizan.kernel.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One group commit: validates each submission against the lot book in arrival order, writes every
 * accepted one in a single transaction, then answers. Used only from the sequencer's thread.
 */
@Component
class GroupWriter {

    private static final Logger log = LoggerFactory.getLogger(GroupWriter.class);

    private record Pending(Sequencer.Submission submission, List<Receipt> replays, List<Applied> applied) {
    }

    private final LotBook book;
    private final Lots lots;
    private final CustodyEvents events;
    private final RegistryPorts registry;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Ledger ledger;
    private final Salts salts;
    // Off only to measure what the log costs (mizan bench); a server that does not commit events cannot prove them.
    private final boolean commitEvents;

    GroupWriter(Lots lots, CustodyEvents events, RegistryPorts registry, TransactionTemplate transaction, JdbcClient jdbc,
            JsonMapper json, Clock clock, Ledger ledger, Salts salts,
            @Value("${mizan.custody.element-tolerance:0.02}") BigDecimal tolerance,
            @Value("${mizan.log.commit-events:true}") boolean commitEvents) {
        this.book = new LotBook(registry, registry, new ElementBalancePolicy(tolerance), lots);
        this.lots = lots;
        this.events = events;
        this.registry = registry;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.ledger = ledger;
        this.salts = salts;
        this.commitEvents = commitEvents;
    }

    void write(List<Sequencer.Submission> group) {
        registry.beginGroup();
        try {
            writeGroup(group);
        } finally {
            registry.endGroup();
        }
    }

    private void writeGroup(List<Sequencer.Submission> group) {
        Set<String> ids = new HashSet<>();
        group.forEach(s -> s.events().forEach(e -> ids.add(e.eventId().value())));
        Map<String, CustodyEvents.Stored> stored = events.find(ids);
        book.prefetch(group.stream().flatMap(s -> s.events().stream()).flatMap(e -> lotIds(e).stream()).toList());
        Set<String> consignments = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        for (Sequencer.Submission submission : group) {
            try {
                pending.add(validate(submission, stored, consignments));
            } catch (CustodyViolation violation) {
                submission.answer().completeExceptionally(CustodyProblems.of(violation));
            } catch (RuntimeException refused) {
                submission.answer().completeExceptionally(refused);
            }
        }
        commit(pending);
    }

    private Pending validate(Sequencer.Submission submission, Map<String, CustodyEvents.Stored> stored, Set<String> consignments) {
        List<Receipt> replays = new ArrayList<>();
        List<CustodyEvent> fresh = new ArrayList<>();
        for (CustodyEvent event : submission.events()) {
            CustodyEvents.Stored earlier = stored.get(event.eventId().value());
            if (earlier == null) {
                checkShape(event, consignments);
                fresh.add(event);
            } else if (json.valueToTree(EventWriter.write(event)).equals(earlier.body())) {
                replays.add(new Receipt(earlier.eventId(), earlier.seq(), earlier.recordedAt(), true, earlier.logIndex()));
            } else {
                throw CustodyProblems.of(new CustodyViolation(CustodyRule.EVENT_ID_REUSED,
                        "event id " + event.eventId() + " already names a different event").in(event.eventId()));
            }
        }
        return new Pending(submission, replays, book.applyAll(fresh));
    }

    /** Rules the lot book cannot see: catalogue forms and consignment identity. */
    private void checkShape(CustodyEvent event, Set<String> consignments) {
        if (event instanceof LotExtracted e) {
            checkForm(e.material(), e.form());
        } else if (event instanceof LotsProcessed e) {
            e.outputs().forEach(o -> checkForm(o.material(), o.form()));
        } else if (event instanceof ConsignmentExported e) {
            String id = e.consignment().value();
            boolean known = jdbc.sql("select exists (select 1 from consignment where id = ?)").param(id).query(Boolean.class).single();
            if (known || !consignments.add(id)) {
                throw Rejection.conflict("consignment-exists", "Consignment " + id + " has already been exported")
                        .with("eventId", e.eventId().value());
            }
        }
    }

    private void checkForm(String material, MaterialForm form) {
        registry.form(material).filter(f -> f != form).ifPresent(expected -> {
            throw Rejection.invalid("wrong-form", "Material " + material + " is " + EventWriter.form(expected)
                    + ", not " + EventWriter.form(form));
        });
    }

    private void commit(List<Pending> pending) {
        int count = pending.stream().mapToInt(p -> p.applied().size()).sum();
        Map<Pending, List<Receipt>> receipts = new LinkedHashMap<>();
        if (count > 0) {
            try {
                transaction.executeWithoutResult(tx -> receipts.putAll(store(pending, count)));
            } catch (RuntimeException failure) {
                log.error("Could not write a group of {} events; the lot book is reloaded from the database", count, failure);
                book.forget();
                pending.forEach(p -> p.submission().answer().completeExceptionally(unavailable("The events could not be stored")));
                return;
            }
        }
        if (count > 0) {
            ledger.nudge();
        }
        for (Pending p : pending) {
            List<Receipt> all = new ArrayList<>(p.replays());
            all.addAll(receipts.getOrDefault(p, List.of()));
            p.submission().answer().complete(all);
        }
    }

    private Map<Pending, List<Receipt>> store(List<Pending> pending, int count) {
        List<Long> seqs = events.nextSeqs(count);
        List<byte[]> commitments = new ArrayList<>(count);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<CustodyEvents.Accepted> accepted = new ArrayList<>();
        Map<LotId, Long> lastSeq = new LinkedHashMap<>();
        int next = 0;
        for (Pending p : pending) {
            for (Applied applied : p.applied()) {
                long seq = seqs.get(next++);
                List<Lot> touched = touched(applied.event());
                touched.forEach(lot -> lastSeq.put(lot.id(), seq));
                byte[] salt = commitEvents ? salts.next() : null;
                if (commitEvents) {
                    commitments.add(Commitment.of(salt, EventWriter.write(applied.event())));
                }
                accepted.add(new CustodyEvents.Accepted(applied, seq, now, touched, salt));
            }
        }
        lots.save(lastSeq.keySet().stream().map(id -> book.find(id).orElseThrow()).toList(), lastSeq);
        List<Long> indices = commitEvents ? ledger.append(commitments) : java.util.Collections.nCopies(count, null);
        events.append(accepted, indices, registry::province);
        Map<Pending, List<Receipt>> receipts = new LinkedHashMap<>();
        int position = 0;
        for (Pending p : pending) {
            List<Receipt> mine = new ArrayList<>();
            for (Applied applied : p.applied()) {
                CustodyEvents.Accepted a = accepted.get(position);
                mine.add(new Receipt(applied.event().eventId().value(), a.seq(), now, false, indices.get(position++)));
            }
            receipts.put(p, mine);
        }
        return receipts;
    }

    private List<Lot> touched(CustodyEvent event) {
        return lotIds(event).stream().distinct().map(id -> book.find(id).orElseThrow()).toList();
    }

    private static List<LotId> lotIds(CustodyEvent event) {
        List<LotId> ids = new ArrayList<>();
        if (event instanceof LotExtracted e) {
            ids.add(e.lot());
        } else if (event instanceof LotDispatched e) {
            ids.add(e.lot());
        } else if (event instanceof LotReceived e) {
            ids.add(e.lot());
        } else if (event instanceof LotAssayed e) {
            ids.add(e.lot());
        } else if (event instanceof LotLost e) {
            ids.add(e.lot());
        } else if (event instanceof LotsProcessed e) {
            e.inputs().forEach(i -> ids.add(i.lot()));
            e.outputs().forEach(o -> ids.add(o.lot()));
        } else if (event instanceof ConsignmentExported e) {
            ids.addAll(e.lots());
        }
        return ids;
    }

    static Rejection unavailable(String detail) {
        return new Rejection(Rejection.Kind.UNAVAILABLE, "storage-unavailable", detail, Map.of());
    }
}
