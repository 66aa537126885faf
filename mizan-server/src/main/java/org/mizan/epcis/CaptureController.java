package org.mizan.epcis;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.mizan.security.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** The capture interface of the EPCIS 2.0 REST binding: {@code /epcis/capture} and {@code POST /epcis/events}. */
@RestController
class CaptureController {

    private final Capture capture;
    private final CaptureJobs jobs;
    private final CaptureLimits limits;
    private final CurrentActor currentActor;
    private final Readers readers;

    CaptureController(Capture capture, CaptureJobs jobs, CaptureLimits limits, CurrentActor currentActor, Readers readers) {
        this.readers = readers;
        this.capture = capture;
        this.jobs = jobs;
        this.limits = limits;
        this.currentActor = currentActor;
    }

    @RequestMapping(path = "/epcis/capture", method = RequestMethod.OPTIONS)
    ResponseEntity<Void> discover() {
        return ResponseEntity.noContent().headers(limits.headers()).header(HttpHeaders.ALLOW, "OPTIONS, GET, POST").build();
    }

    @PostMapping(path = "/epcis/capture", consumes = {"application/json", "application/ld+json", "application/xml", "text/xml"})
    ResponseEntity<Void> capture(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(value = "GS1-Capture-Error-Behaviour", required = false) String behaviour) {
        Actor actor = currentActor.require();
        limits.checkBehaviour(behaviour);
        EpcisDocument document = limits.read(body, contentType);
        UUID job = capture.capture(actor.party(), document);
        return ResponseEntity.accepted().location(URI.create("/epcis/capture/" + job)).headers(limits.headers()).build();
    }

    @GetMapping("/epcis/capture/{captureId}")
    ResponseEntity<Map<String, Object>> job(@PathVariable String captureId) {
        Actor actor = currentActor.require();
        String visible = readers.jobParty(actor);
        CaptureJobs.CaptureJob job = parse(captureId).flatMap(jobs::find)
                .filter(j -> visible == null || j.capturedBy().equals(visible))
                .orElseThrow(() -> Rejection.notFound("epcis-no-such-capture-job", "No capture job " + Rejection.quote(captureId) + " visible to you"));
        return ResponseEntity.ok().headers(limits.versionHeaders()).body(view(job));
    }

    @PostMapping(path = "/epcis/events", consumes = {"application/json", "application/ld+json", "application/xml", "text/xml"})
    ResponseEntity<Object> event(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        Actor actor = currentActor.require();
        EpcisDocument document = limits.read(body, contentType);
        if (document.events().size() != 1) {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-schema-violation",
                    "POST /epcis/events takes exactly one event; use /epcis/capture for documents", Map.of());
        }
        UUID id = capture.capture(actor.party(), document);
        CaptureJobs.CaptureJob job = jobs.find(id).orElseThrow();
        if (!job.state().equals("success")) {
            JsonProblem.throwFirst(job.errors());
        }
        String eventId = Prepared.eventId(document.events().get(0), document);
        return ResponseEntity.created(URI.create("/epcis/events/" + URLEncoder.encode(eventId, StandardCharsets.UTF_8)))
                .headers(limits.versionHeaders()).build();
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    static Map<String, Object> view(CaptureJobs.CaptureJob job) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("captureID", job.id().toString());
        out.put("createdAt", job.createdAt().toString());
        out.put("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        out.put("running", job.state().equals("running"));
        out.put("success", !job.state().equals("failure"));
        out.put("captureErrorBehaviour", "rollback");
        out.put("eventCount", job.eventCount());
        out.put("errors", job.errors());
        return out;
    }
}
