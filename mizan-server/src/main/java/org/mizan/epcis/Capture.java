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
import org.mizan.custody.CustodyEvent;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;


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
        } catch (RuntimeException e) {
            // Whatever went wrong, the job ends (never left running) and, by rollback, nothing of it is stored.
            log.warn("Capture job {} failed", id, e);
            jobs.fail(id, List.of(CaptureError.of("storage-failure", "Storage failure", 500,
                    "The events could not be stored; none of them were", null, null)), OffsetDateTime.now(clock));
        }
        return id;
    }

    private List<CaptureError> run(UUID id, PartyId party, EpcisDocument document, OffsetDateTime now) {
        CaptureBatch batch = CaptureBatch.of(party, document, now);
        batch.dropStored(events.existing(party.value(), batch.eventIds()));
        if (!batch.errors.isEmpty()) {
            return batch.errors;
        }
        Map<String, Long> custodySeqs = recordCustody(party, batch.forCustody, batch.errors);
        if (batch.errors.isEmpty() && !batch.prepared.isEmpty()) {
            transaction.executeWithoutResult(s -> events.insertAll(party.value(), id, new ArrayList<>(batch.prepared.values()), custodySeqs));
        }
        return batch.errors;
    }

    private Map<String, Long> recordCustody(PartyId party, Map<String, CustodyEvent> forCustody, List<CaptureError> errors) {
        Map<String, Long> seqs = new LinkedHashMap<>();
        if (forCustody.isEmpty()) {
            return seqs;
        }
        List<String> ids = new ArrayList<>(forCustody.keySet());
        try {
            List<Long> recorded = custody.record(party, new ArrayList<>(forCustody.values()));
            for (int i = 0; i < ids.size(); i++) {
                seqs.put(ids.get(i), recorded.get(i));
            }
        } catch (Rejection r) {
            // Custody's problems name the broken rule and the event, as its own API reports them.
            errors.add(CaptureError.of(r.type(), "Custody refused the event", r.kind().status(), r.getMessage(),
                    (String) r.properties().getOrDefault("eventId", ids.size() == 1 ? ids.get(0) : null),
                    (String) r.properties().get("rule")));
        }
        return seqs;
    }
}
