package org.mizan.custody.sequencer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.ConsignmentId;
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
import org.mizan.custody.store.Lots;
import org.mizan.custody.store.RegistryPorts;

/**
 * One group commit: validates each submission against the lot book in arrival order, has the store
 * write every accepted one in a single transaction, then answers. A re-sent event is answered with
 * its first receipt, also when both copies arrive in the same group; one request's failure fails
 * that request only. Used only from the sequencer's thread.
 */
@Component
public class GroupWriter {

    private static final Logger log = LoggerFactory.getLogger(GroupWriter.class);

    /** A request the lot book accepted: what each of its events is, and the new ones as applied. */
    private record Pending(Sequencer.Submission submission, List<Resends.Outcome> outcomes, List<Applied> applied) {
    }

    private final LotBook book;
    private final GroupStore store;
    private final RegistryPorts registry;
    private final JsonMapper json;

    GroupWriter(GroupStore store, RegistryPorts registry, Lots lots, JsonMapper json,
            @Value("${mizan.custody.element-tolerance:0.02}") BigDecimal tolerance,
            @Value("${mizan.custody.grade-tolerance:0.005}") BigDecimal gradeTolerance) {
        this.book = new LotBook(registry, registry, registry, new ElementBalancePolicy(tolerance),
                new StoichiometricGradePolicy(registry, gradeTolerance), lots);
        this.store = store;
        this.registry = registry;
        this.json = json;
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
        Set<EventId> ids = new HashSet<>();
        group.forEach(s -> s.events().forEach(e -> ids.add(e.eventId())));
        Resends resends = new Resends(store.recorded(ids), event -> json.valueToTree(EventWriter.write(event)));
        book.prefetch(group.stream().flatMap(s -> s.events().stream()).flatMap(e -> e.touchedLots().stream()).toList());
        Set<ConsignmentId> consignments = new HashSet<>();
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

    private Pending validate(Sequencer.Submission submission, Resends resends, Set<ConsignmentId> consignments) {
        List<Resends.Outcome> outcomes = resends.sort(submission.events());
        List<CustodyEvent> fresh = Resends.fresh(outcomes);
        fresh.forEach(event -> checkShape(event, consignments));
        Pending pending = new Pending(submission, outcomes, book.applyAll(fresh));
        resends.admit(outcomes);
        return pending;
    }

    /** Rules the lot book cannot see: catalogue forms and consignment identity. */
    private void checkShape(CustodyEvent event, Set<ConsignmentId> consignments) {
        if (event instanceof LotExtracted e) {
            checkForm(e.material(), e.form());
        } else if (event instanceof LotsProcessed e) {
            e.outputs().forEach(o -> checkForm(o.material(), o.form()));
        } else if (event instanceof ConsignmentExported e && (store.exported(e.consignment()) || !consignments.add(e.consignment()))) {
            throw Rejection.conflict("consignment-exists", "Consignment " + e.consignment().value() + " has already been exported")
                    .with("eventId", e.eventId().value());
        }
    }

    private void checkForm(String material, MaterialForm form) {
        registry.form(material).filter(f -> f != form).ifPresent(expected -> {
            throw Rejection.invalid("wrong-form", "Material " + material + " is " + EventWriter.form(expected)
                    + ", not " + EventWriter.form(form));
        });
    }

    private void commit(List<Pending> pending) {
        List<Applied> applied = pending.stream().flatMap(p -> p.applied().stream()).toList();
        Map<EventId, Receipt> receipts = Map.of();
        if (!applied.isEmpty()) {
            try {
                receipts = store.write(new GroupStore.ValidatedGroup(applied, touched(applied), submittedBy(pending)));
            } catch (RuntimeException failure) {
                book.forget();
                failed(pending, applied.size(), failure);
                return;
            }
        }
        for (Pending p : pending) {
            p.submission().answer().complete(Resends.answer(p.outcomes(), receipts));
        }
    }

    /** Who sent each new event for its actor; an event its actor sent itself is not named. */
    private static Map<EventId, PartyId> submittedBy(List<Pending> pending) {
        Map<EventId, PartyId> by = new HashMap<>();
        pending.forEach(p -> p.applied().forEach(a -> p.submission().submittedBy(a.event()).ifPresent(s -> by.put(a.event().eventId(), s))));
        return by;
    }

    /** The lots the group touched, as the book holds them after the whole group. */
    private Map<LotId, Lot> touched(List<Applied> applied) {
        Map<LotId, Lot> touched = new LinkedHashMap<>();
        applied.forEach(a -> a.event().touchedLots().forEach(id -> touched.computeIfAbsent(id, i -> book.find(i).orElseThrow())));
        return touched;
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

    public static Rejection unavailable(String detail) {
        return new Rejection(Rejection.Kind.UNAVAILABLE, "storage-unavailable", detail, Map.of());
    }
}
