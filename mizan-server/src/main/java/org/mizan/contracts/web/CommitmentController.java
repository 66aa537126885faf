package org.mizan.contracts.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.mizan.contracts.Commitment;
import org.mizan.contracts.CommitmentEvidence;
import org.mizan.contracts.CommitmentFile;
import org.mizan.contracts.Contracts;
import org.mizan.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Investment commitments (an MoU's promises) and the evidence that met their milestones. */
@RestController
class CommitmentController {

    record EvidenceRequest(String milestone, LocalDate on, Optional<String> event, Optional<String> site, Optional<Long> payment,
            Optional<String> document, Optional<BigDecimal> amount) {
    }

    record CommitmentList(List<CommitmentFile> commitments) {
    }

    private final Contracts contracts;
    private final CurrentActor actor;

    CommitmentController(Contracts contracts, CurrentActor actor) {
        this.contracts = contracts;
        this.actor = actor;
    }

    @Operation(summary = "Register an investment commitment with its plants and milestones by phase; committed to the log")
    @PostMapping("/api/v1/commitments")
    @ResponseStatus(HttpStatus.CREATED)
    CommitmentFile register(@RequestBody Commitment body) {
        return contracts.registerCommitment(actor.require(), body);
    }

    @Operation(summary = "Every commitment with where each milestone stands today (due, delivered, overdue)")
    @GetMapping("/api/v1/commitments")
    CommitmentList list() {
        return new CommitmentList(contracts.commitments());
    }

    @Operation(summary = "One commitment with its evidence and milestone standing")
    @GetMapping("/api/v1/commitments/{id}")
    CommitmentFile one(@PathVariable String id) {
        return contracts.commitment(id);
    }

    @Operation(summary = "Record what met a milestone: a custody event, a registered plant, a fiscal payment or a document with an amount")
    @PostMapping("/api/v1/commitments/{id}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    CommitmentFile evidence(@PathVariable String id, @RequestBody EvidenceRequest body) {
        return contracts.commitmentEvidence(actor.require(), new CommitmentEvidence(id, body.milestone(), body.on(), body.event(),
                body.site(), body.payment(), body.document(), body.amount()));
    }
}
