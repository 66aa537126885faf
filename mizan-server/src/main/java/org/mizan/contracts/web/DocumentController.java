package org.mizan.contracts.web;

import java.util.Base64;

import org.mizan.contracts.ContractDocument;
import org.mizan.contracts.Contracts;
import org.mizan.contracts.book.ContractRegister;
import org.mizan.security.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** A contract's text: uploaded as a PDF or UTF-8 text, served only when public and only if it still matches its logged hash. */
@RestController
class DocumentController {

    private final Contracts contracts;
    private final CurrentActor actor;

    DocumentController(Contracts contracts, CurrentActor actor) {
        this.contracts = contracts;
        this.actor = actor;
    }

    @Operation(summary = "Upload a new version of a contract's text (application/pdf or text/plain); its SHA-256 is committed to the log")
    @PutMapping(path = "/api/v1/contracts/{id}/document", consumes = {MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<ContractDocument> upload(@PathVariable String id, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
            @RequestBody byte[] body) {
        ContractDocument stored = contracts.attach(actor.require(), id, type.getType() + "/" + type.getSubtype(), body);
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    @Operation(summary = "The latest text of a contract, if public; refused (409) if the stored bytes no longer match the logged SHA-256")
    @GetMapping("/api/v1/contracts/{id}/document")
    ResponseEntity<byte[]> text(@PathVariable String id) {
        ContractRegister.Text text = contracts.text(id);
        byte[] digest = java.util.HexFormat.of().parseHex(text.sha256());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(text.mediaType()))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
                .eTag("\"" + text.sha256() + "\"").body(text.bytes());
    }
}
