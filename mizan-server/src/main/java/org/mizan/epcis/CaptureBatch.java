package org.mizan.epcis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.custody.CustodyEvent;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of one capture on their way to storage: each prepared and indexed, its custody meaning
 * worked out, re-sends recognised, and every refusal collected with the event it concerns.
 */
final class CaptureBatch {

    final Map<String, CapturedEvent> prepared = new LinkedHashMap<>();
    final Map<String, CustodyEvent> forCustody = new LinkedHashMap<>();
    final List<CaptureError> errors = new ArrayList<>();

    /** The events of a document that a party captures: custody events are recorded on its behalf. */
    static CaptureBatch of(PartyId party, EpcisDocument document, OffsetDateTime recordTime) {
        CaptureBatch batch = new CaptureBatch();
        document.events().forEach(event -> batch.add(party, event, document, recordTime));
        return batch;
    }

    private void add(PartyId party, ObjectNode event, EpcisDocument document, OffsetDateTime recordTime) {
        String eventId = event.path("eventID").asString(null);
        try {
            ObjectNode body = Prepared.body(event, document, recordTime);
            eventId = body.get("eventID").asString();
            CapturedEvent captured = CapturedEvent.of(body);
            CapturedEvent earlier = prepared.putIfAbsent(captured.key(), captured);
            if (earlier != null && !Prepared.sameEvent(earlier.body(), body)) {
                errors.add(reused(eventId));
            }
            if (!captured.errorDeclared()) {
                String id = eventId;
                CustodyMapping.of(body, document.context(), party).ifPresent(c -> forCustody.put(id, c));
            }
        } catch (Rejection r) {
            errors.add(CaptureError.of(r.type(), "Event refused", r.kind().status(), r.getMessage(), eventId, null));
        } catch (RuntimeException e) {
            errors.add(CaptureError.of("epcis-invalid-event", "Event refused", 400, String.valueOf(e.getMessage()), eventId, null));
        }
    }

    List<String> eventIds() {
        return prepared.values().stream().map(CapturedEvent::eventId).distinct().toList();
    }

    /** Drops events already stored unchanged (a re-send); a stored event with other content under the same id is refused. */
    void dropStored(Map<String, JsonNode> stored) {
        stored.forEach((key, body) -> {
            CapturedEvent sent = prepared.get(key);
            if (sent == null) {
                return;
            }
            if (Prepared.sameEvent(body, sent.body())) {
                prepared.remove(key);
                forCustody.remove(sent.eventId());
            } else {
                errors.add(reused(sent.eventId()));
            }
        });
    }

    private static CaptureError reused(String eventId) {
        return CaptureError.of("epcis-event-id-reused", "Event ID reused", 409,
                "Event " + Rejection.quote(eventId) + " was already captured with different content", eventId, null);
    }
}
