package org.mizan.contracts.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.contracts.ContractDocument;
import org.mizan.contracts.Contracts;
import org.mizan.contracts.book.ContractBook;
import org.mizan.contracts.book.ContractRegister;
import org.mizan.kernel.Rejection;
import org.mizan.ledger.Ledger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * A contract disclosed for checking offline with {@code mizan verify}: the contract record and its latest document
 * record, each with its salt, log index and inclusion proof in one signed checkpoint, and the stored text itself
 * when public (as stored, so that the reader checks it). A text swapped after registration no longer hashes to what the log committed.
 */
@RestController
class ContractDisclosureController {

    static final String FORMAT = "mizan-contract-disclosure-v1";

    private final ContractBook book;
    private final Contracts contracts;
    private final Ledger ledger;
    private final ContractRegister register;

    ContractDisclosureController(ContractBook book, Contracts contracts, Ledger ledger, ContractRegister register) {
        this.register = register;
        this.book = book;
        this.contracts = contracts;
        this.ledger = ledger;
    }

    @Operation(summary = "The contract and its latest text's record with inclusion proofs, and the text if public: for mizan verify")
    @GetMapping("/api/v1/contracts/{id}/disclosure")
    Map<String, Object> disclosure(@PathVariable String id) {
        ContractBook.Opened contract = book.opened("contract:" + id)
                .orElseThrow(() -> Rejection.notFound("contract-not-found", "No contract " + Rejection.quote(id) + " is registered"));
        List<ContractBook.Stored<ContractDocument>> documents = book.of(id, "document", ContractDocument.class);
        Optional<ContractBook.Opened> document = documents.isEmpty() ? Optional.empty()
                : book.opened(documents.get(documents.size() - 1).id());
        long last = document.map(ContractBook.Opened::logIndex).orElse(contract.logIndex());
        Ledger.SignedCheckpoint checkpoint = ledger.checkpointCovering(last).orElseThrow(() -> new Rejection(Rejection.Kind.UNAVAILABLE,
                "not-yet-in-checkpoint", "The contract is logged but not yet in a signed checkpoint; retry in a second", Map.of()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("contract", opened(contract, checkpoint));
        document.ifPresent(d -> out.put("document", opened(d, checkpoint)));
        if (document.isPresent()) {
            out.put("text", register.storedText(id, contracts.today()).map(Base64.getEncoder()::encodeToString).orElse(null));
        }
        return out;
    }

    private Map<String, Object> opened(ContractBook.Opened record, Ledger.SignedCheckpoint checkpoint) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", record.body());
        out.put("salt", Base64.getEncoder().encodeToString(record.salt()));
        out.put("index", record.logIndex());
        List<String> proof = new ArrayList<>();
        ledger.inclusionProof(record.logIndex(), checkpoint.size()).forEach(h -> proof.add(Base64.getEncoder().encodeToString(h)));
        out.put("inclusionProof", proof);
        out.put("checkpoint", checkpoint.note());
        return out;
    }
}
