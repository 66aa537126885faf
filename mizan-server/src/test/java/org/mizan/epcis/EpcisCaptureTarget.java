package org.mizan.epcis;

import java.time.OffsetDateTime;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

import tools.jackson.databind.node.ObjectNode;

/** What capture does with a body before anything is stored, for the EPCIS fuzz targets. */
final class EpcisCaptureTarget {

    private static final CaptureLimits LIMITS = new CaptureLimits(10_000, 10 * 1024 * 1024);
    private static final PartyId ACTOR = new PartyId("fuzz-capturer");
    private static final OffsetDateTime RECORDED = OffsetDateTime.parse("2025-10-01T00:00:00Z");

    private EpcisCaptureTarget() {
    }

    static void capture(byte[] body, String contentType) {
        EpcisDocument document;
        try {
            document = LIMITS.read(body, contentType);
        } catch (Rejection refused) {
            return;
        }
        for (ObjectNode event : document.events()) {
            try {
                ObjectNode stored = Prepared.body(event, document, RECORDED);
                CustodyMapping.of(stored, document.context(), ACTOR);
            } catch (Rejection refused) {
                // The documented refusal of one event.
            }
        }
    }
}
