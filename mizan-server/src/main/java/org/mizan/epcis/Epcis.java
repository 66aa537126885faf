package org.mizan.epcis;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.mizan.kernel.PartyId;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;

/**
 * The EPCIS module's facade for other modules: capture a document on behalf of a party through the
 * same validation, capture job and custody mapping as {@code POST /epcis/capture}.
 */
@Service
public class Epcis {

    /** How a capture ended: its job id, whether every event was stored, and why not. */
    public record Outcome(String captureId, boolean success, List<String> errors) {

        public Outcome {
            errors = List.copyOf(errors);
        }
    }

    private final CaptureLimits limits;
    private final Capture capture;
    private final CaptureJobs jobs;

    Epcis(CaptureLimits limits, Capture capture, CaptureJobs jobs) {
        this.limits = limits;
        this.capture = capture;
        this.jobs = jobs;
    }

    /** Captures an EPCIS document given as JSON-LD ({@code application/ld+json}) or XML ({@code application/xml}). */
    public Outcome capture(PartyId party, byte[] document, String contentType) {
        UUID id = capture.capture(party, limits.read(document, contentType));
        CaptureJobs.CaptureJob job = jobs.find(id).orElseThrow();
        List<String> errors = new ArrayList<>();
        for (JsonNode error : job.errors()) {
            errors.add(error.path("eventID").asString("") + ": " + error.path("detail").asString());
        }
        return new Outcome(id.toString(), job.state().equals("success"), errors);
    }
}
