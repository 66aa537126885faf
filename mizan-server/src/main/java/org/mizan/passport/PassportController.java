package org.mizan.passport;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.mizan.log.passport.PassportWriter;
import org.mizan.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The passport API: read a consignment's passport, publish it. */
@RestController
class PassportController {

    private final Passports passports;
    private final CurrentActor currentActor;

    PassportController(Passports passports, CurrentActor currentActor) {
        this.passports = passports;
        this.currentActor = currentActor;
    }

    /** Written by the format's own writer, so the document reads exactly as a published one. */
    @GetMapping("/api/v1/consignments/{id}/passport")
    ResponseEntity<String> passport(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(PassportWriter.write(passports.forReader(currentActor.find(), id)));
    }

    @PostMapping("/api/v1/consignments/{id}/publish")
    Published publish(@PathVariable String id) {
        PublishedPassport published = passports.publish(currentActor.require(), id);
        return new Published(published.id(), published.publishedBy(), published.publishedAt().toString(), "/passports/" + published.id());
    }

    /** What publishing answers: which passport, by whom and when, and where everyone reads it. */
    @JsonPropertyOrder({"passport", "publishedBy", "publishedAt", "url"})
    record Published(String passport, String publishedBy, String publishedAt, String url) {
    }
}
