package org.mizan.custody.sequencer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.EventId;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.book.Applied;
import org.mizan.custody.book.ElementBalancePolicy;
import org.mizan.custody.book.Lot;
import org.mizan.custody.book.LotBook;
import org.mizan.custody.book.StoichiometricGradePolicy;
import org.mizan.custody.json.EventWriter;
import org.mizan.custody.store.CustodyEvents;
import org.mizan.custody.store.Lots;
import org.mizan.custody.store.RegistryPorts;

/**
 * One group commit: validates each submission against the lot book in arrival order, writes every
 * accepted one in a single transaction, then answers. A re-sent event is answered with its first
 * receipt, also when both copies arrive in the same group; one request's failure fails that request
 * only. Used only from the sequencer's thread.
 */
@Component
public class GroupWriter {

    private static final Logger log = LoggerFactory.getLogger(GroupWriter.class);

    /** A request the lot book accepted: what each of its events is, and the new ones as applied. */
    private record Pending(Sequencer.Submission submission, List<Resends.Outcome> outcomes, List<Applied> applied) {
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
            @Value("${mizan.custody.grade-tolerance:0.005}") BigDecimal gradeTolerance,
            @Value("${mizan.log.commit-events:true}") boolean commitEvents) {
        this.book = new LotBook(registry, registry, new ElementBalancePolicy(tolerance),
                new StoichiometricGradePolicy(registry, gradeTolerance), lots);
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

    public void write(List<Sequencer.Submission> group) {
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
        Resends resends = new Resends(events.find(ids), event -> json.valueToTree(EventWriter.write(event)));
        book.prefetch(group.stream().flatMap(s -> s.events().stream()).flatMap(e -> e.touchedLots().stream()).toList());
        Set<String> consignments = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        for (Sequencer.Submission submission : group) {
            try {
                pending.add(validate(submission, resends, consignments));
            } catch (CustodyViolation violation) {
                submission.answer().completeExceptionally(CustodyProblems.of(violation));
            } catch (RuntimeException refused) {
                submission.answer().completeExceptionally(refused);
            }
        }
        commit(pending);
    }

    private Pending validate(Sequencer.Submission submission, Resends resends, Set<String> consignments) {
        List<Resends.Outcome> outcomes = resends.sort(submission.events());
        List<CustodyEvent> fresh = Resends.fresh(outcomes);
        fresh.forEach(event -> checkShape(event, consignments));
        Pending pending = new Pending(submission, outcomes, book.applyAll(fresh));
        resends.admit(outcomes);
        return pending;
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
        Map<EventId, Receipt> receipts = new HashMap<>();
        if (count > 0) {
            try {
                transaction.executeWithoutResult(tx -> receipts.putAll(store(pending, count)));
            } catch (RuntimeException failure) {
                book.forget();
                failed(pending, count, failure);
                return;
            }
            ledger.nudge();
        }
        pending.forEach(p -> p.submission().answer().complete(answer(p, receipts)));
    }

    /**
     * A group that could not be stored. When the database is unreachable every request waits for it
     * alike, so all are answered 503. Otherwise the failure belongs to one request (a value the
     * database refuses, say): each request is written again on its own, in arrival order, so only
     * the one at fault fails and every other is stored.
     */
    private void failed(List<Pending> pending, int count, RuntimeException failure) {
        if (pending.size() > 1 && !unreachable(failure)) {
            log.warn("Could not write a group of {} events ({}); writing its {} requests one by one", count, failure.toString(),
                    pending.size());
            pending.forEach(p -> writeGroup(List.of(p.submission())));
            return;
        }
        log.error("Could not write a group of {} events; the lot book is reloaded from the database", count, failure);
        Rejection answer = !unreachable(failure) && failure instanceof DataIntegrityViolationException
                ? Rejection.invalid("unstorable-event", "The database refused to store these events")
                : unavailable("The events could not be stored");
        pending.forEach(p -> p.submission().answer().completeExceptionally(answer));
    }

    /** Failures that say nothing about the requests: the database is down, overloaded or was restarted. */
    static boolean unreachable(Throwable failure) {
        return failure instanceof TransientDataAccessException || failure instanceof DataAccessResourceFailureException
                || failure instanceof RecoverableDataAccessException || failure instanceof TransactionException;
    }

    private static List<Receipt> answer(Pending p, Map<EventId, Receipt> receipts) {
        List<Receipt> answer = new ArrayList<>(p.outcomes().size());
        for (Resends.Outcome outcome : p.outcomes()) {
            if (outcome instanceof Resends.Fresh fresh) {
                answer.add(receipts.get(fresh.event().eventId()));
            } else if (outcome instanceof Resends.Recorded recorded) {
                answer.add(recorded.receipt());
            } else if (outcome instanceof Resends.Repeated repeated) {
                answer.add(receipts.get(repeated.first()).asReplay());
            }
        }
        return answer;
    }

    private Map<EventId, Receipt> store(List<Pending> pending, int count) {
        List<Long> seqs = events.nextSeqs(count);
        List<byte[]> commitments = new ArrayList<>(count);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<CustodyEvents.Accepted> accepted = new ArrayList<>();
        Map<LotId, Long> lastSeq = new LinkedHashMap<>();
        for (Pending p : pending) {
            for (Applied applied : p.applied()) {
                long seq = seqs.get(accepted.size());
                List<Lot> touched = applied.event().touchedLots().stream().map(id -> book.find(id).orElseThrow()).toList();
                touched.forEach(lot -> lastSeq.put(lot.id(), seq));
                byte[] salt = commitEvents ? salts.next() : null;
                if (commitEvents) {
                    commitments.add(Commitment.of(salt, EventWriter.write(applied.event())));
                }
                accepted.add(new CustodyEvents.Accepted(applied, seq, now, touched, salt));
            }
        }
        lots.save(lastSeq.keySet().stream().map(id -> book.find(id).orElseThrow()).toList(), lastSeq);
        List<Long> indices = commitEvents ? ledger.append(commitments) : Collections.nCopies(count, null);
        events.append(accepted, indices, registry::province);
        Map<EventId, Receipt> receipts = new HashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            EventId id = accepted.get(i).applied().event().eventId();
            receipts.put(id, new Receipt(id.value(), accepted.get(i).seq(), now, false, indices.get(i)));
        }
        return receipts;
    }

    public static Rejection unavailable(String detail) {
        return new Rejection(Rejection.Kind.UNAVAILABLE, "storage-unavailable", detail, Map.of());
    }
}
