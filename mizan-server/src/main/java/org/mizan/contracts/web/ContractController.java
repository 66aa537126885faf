package org.mizan.contracts.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.mizan.contracts.Amendment;
import org.mizan.contracts.Contract;
import org.mizan.contracts.ContractFile;
import org.mizan.contracts.Contracts;
import org.mizan.contracts.Delivery;
import org.mizan.contracts.EvidenceClaim;
import org.mizan.contracts.Obligation;
import org.mizan.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The contract register over HTTP: public reads, and writes by a regulator of the licences' province or an administrator. */
@RestController
class ContractController {

    record AmendmentRequest(LocalDate date, String summary, Optional<Contract.Status> status) {
    }

    record ObligationRequest(String id, Obligation.Kind kind, Obligation.Beneficiary beneficiary, String clause, Obligation.Unit unit,
            List<Obligation.Milestone> milestones) {
    }

    record ContractList(List<ContractFile> contracts) {
    }

    private final Contracts contracts;
    private final CurrentActor actor;

    ContractController(Contracts contracts, CurrentActor actor) {
        this.contracts = contracts;
        this.actor = actor;
    }

    @Operation(summary = "Register a contract (parties, licences, disclosure, ResourceContracts metadata); committed to the log with its OCDS award and contract release")
    @PostMapping("/api/v1/contracts")
    @ResponseStatus(HttpStatus.CREATED)
    ContractFile register(@RequestBody Contract body) {
        return contracts.register(actor.require(), body);
    }

    @Operation(summary = "Every registered contract with its obligations and where each milestone stands today")
    @GetMapping("/api/v1/contracts")
    ContractList list() {
        return new ContractList(contracts.files());
    }

    @Operation(summary = "One contract: amendments, documents by hash, obligations, evidence, milestone standing and log entries")
    @GetMapping("/api/v1/contracts/{id}")
    ContractFile one(@PathVariable String id) {
        return contracts.file(id);
    }

    @Operation(summary = "Amend a contract (dated, described, optionally changing its status); a contractAmendment release")
    @PostMapping("/api/v1/contracts/{id}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    Amendment amend(@PathVariable String id, @RequestBody AmendmentRequest body) {
        return contracts.amend(actor.require(), id, body.date(), body.summary(), body.status() == null ? Optional.empty() : body.status());
    }

    @Operation(summary = "Add an obligation of a binding clause with its dated milestones; a contractUpdate release")
    @PostMapping("/api/v1/contracts/{id}/obligations")
    @ResponseStatus(HttpStatus.CREATED)
    ContractFile oblige(@PathVariable String id, @RequestBody ObligationRequest body) {
        return contracts.addObligation(actor.require(), new Obligation(id, body.id(), body.kind(), body.beneficiary(), body.clause(),
                body.unit(), body.milestones()));
    }

    @Operation(summary = "Record evidence of delivery against a milestone: a fiscal payment, a headcount or a document; an implementationUpdate release")
    @PostMapping("/api/v1/contracts/{id}/obligations/{obligation}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    Delivery evidence(@PathVariable String id, @PathVariable String obligation, @RequestBody EvidenceClaim body) {
        return contracts.evidence(actor.require(), id, obligation, body);
    }

}
