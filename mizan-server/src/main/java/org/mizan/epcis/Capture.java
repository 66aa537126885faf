package org.mizan.epcis;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizan.custody.Custody;
import org.mizan.custody.CustodyViolation;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a capture job with the REST binding's default error behaviour, rollback: every event is
 * prepared (eventID, recordTime, custody meaning), then the custody events are recorded as one atomic
 * batch through custody's sequencer, then all EPCIS events are stored in one transaction. Any failing
 * event fails the job and nothing of it is stored.
 */
@Service
class Capture {

    private static final Logger log = LoggerFactory.getLogger(Capture.class);

    private final CaptureJobs jobs;
    private final EpcisEvents events;
    private final Custody custody;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Capture(CaptureJobs jobs, EpcisEvents events, Custody custody, TransactionTemplate transaction, Clock clock) {
        this.jobs = jobs;
        this.events = events;
        this.custody = custody;
        this.transaction = transaction;
        this.clock = clock;
    }

    UUID capture(PartyId party, EpcisDocument document) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jobs.start(id, party.value(), document.events().size(), now);
        try {
            List<CaptureError> errors = run(id, party, document, now);
            if (errors.isEmpty()) {
                jobs.succeed(id, OffsetDateTime.now(clock));
            } else {
                jobs.fail(id, errors, OffsetDateTime.now(clock));
            }
        } catch (DataAccessException e) {
            log.warn("Capture job {} failed in storage", id, e);
            jobs.fail(id, List.of(CaptureError.of("storage-failure", "Storage failure", 500,
                    "The events could not be stored; none of them were", null, null)), OffsetDateTime.now(clock));
        }
        return id;
    }

    private List<CaptureError> run(UUID id, PartyId party, EpcisDocument document, OffsetDateTime now) {
        List<CaptureError> errors = new ArrayList<>();
        Map<String, CapturedEvent> prepared = new LinkedHashMap<>();
        Map<String, ObjectNode> forCustody = new LinkedHashMap<>();
        for (ObjectNode event : document.events()) {
            ObjectNode body = Prepared.body(event, document, now);
            String eventId = body.get("eventID").asString();
            try {
                CapturedEvent captured = CapturedEvent.of(body);
                CapturedEvent earlier = prepared.putIfAbsent(captured.key(), captured);
                if (earlier != null && !Prepared.sameEvent(earlier.body(), body)) {
                    errors.add(reused(eventId));
                }
                if (!captured.errorDeclared()) {
                    CustodyMapping.of(body, document.context()).ifPresent(c -> forCustody.put(eventId, c));
                }
            } catch (Rejection r) {
                errors.add(CaptureError.of(r.type(), "Event refused", r.kind().status(), r.getMessage(), eventId, null));
            } catch (RuntimeException e) {
                errors.add(CaptureError.of("epcis-invalid-event", "Event refused", 400, String.valueOf(e.getMessage()), eventId, null));
            }
        }
        List<String> ids = prepared.values().stream().map(CapturedEvent::eventId).distinct().toList();
        events.existing(party.value(), ids).forEach((key, stored) -> {
            CapturedEvent sent = prepared.get(key);
            if (sent == null) {
                return;
            }
            if (Prepared.sameEvent(stored, sent.body())) {
                prepared.remove(key);
                forCustody.remove(sent.eventId());
            } else {
                errors.add(reused(sent.eventId()));
            }
        });
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, Long> custodySeqs = recordCustody(party, forCustody, errors);
        if (errors.isEmpty() && !prepared.isEmpty()) {
            transaction.executeWithoutResult(s -> events.insertAll(party.value(), id, new ArrayList<>(prepared.values()), custodySeqs));
        }
        return errors;
    }

    private Map<String, Long> recordCustody(PartyId party, Map<String, ObjectNode> forCustody, List<CaptureError> errors) {
        Map<String, Long> seqs = new LinkedHashMap<>();
        if (forCustody.isEmpty()) {
            return seqs;
        }
        List<String> ids = new ArrayList<>(forCustody.keySet());
        try {
            List<Long> recorded = custody.record(party, new ArrayList<JsonNode>(forCustody.values()));
            for (int i = 0; i < ids.size(); i++) {
                seqs.put(ids.get(i), recorded.get(i));
            }
        } catch (CustodyViolation v) {
            String eventId = v.eventId().map(Object::toString).orElse(ids.size() == 1 ? ids.get(0) : null);
            errors.add(CaptureError.of("custody/" + v.rule().code(), v.rule().meaning(), 422, v.detail(), eventId, v.rule().code()));
        } catch (Rejection r) {
            // Custody's problems name the broken rule and the event, as its own API reports them.
            errors.add(CaptureError.of(r.type(), "Custody refused the event", r.kind().status(), r.getMessage(),
                    (String) r.properties().getOrDefault("eventId", ids.size() == 1 ? ids.get(0) : null),
                    (String) r.properties().get("rule")));
        }
        return seqs;
    }

    private static CaptureError reused(String eventId) {
        return CaptureError.of("epcis-event-id-reused", "Event ID reused", 409,
                "Event " + Rejection.quote(eventId) + " was already captured with different content", eventId, null);
    }
}
