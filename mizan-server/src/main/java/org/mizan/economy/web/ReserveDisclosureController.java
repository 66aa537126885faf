package org.mizan.economy.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.economy.Reserves;
import org.mizan.economy.reserve.ReserveStore;
import org.mizan.kernel.Rejection;
import org.mizan.ledger.Ledger;
import org.mizan.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * A reserve's whole history disclosed for checking offline with {@code mizan verify}: every committed month's body and salt,
 * log index and inclusion proof, all in one signed checkpoint, so that a sealed account's past stock is proven month by month.
 */
@RestController
class ReserveDisclosureController {

    static final String FORMAT = "mizan-reserve-disclosure-v1";

    private final Reserves reserves;
    private final Ledger ledger;
    private final CurrentActor actor;

    ReserveDisclosureController(Reserves reserves, Ledger ledger, CurrentActor actor) {
        this.reserves = reserves;
        this.ledger = ledger;
        this.actor = actor;
    }

    @Operation(summary = "A reserve's committed months with inclusion proofs: for mizan verify", description = "An administrator or the "
            + "account's regulator; anyone once the account's policy is public.")
    @GetMapping("/api/v1/economy/reserves/{account}/disclosure")
    Map<String, Object> disclosure(@PathVariable String account) {
        List<ReserveStore.Committed> months = reserves.disclosure(actor.find(), account);
        if (months.isEmpty()) {
            throw Rejection.notFound("no-months-committed", "Reserve " + account + " has no month committed yet");
        }
        long last = months.get(months.size() - 1).logIndex();
        Ledger.SignedCheckpoint checkpoint = ledger.checkpointCovering(last).orElseThrow(() -> new Rejection(Rejection.Kind.UNAVAILABLE,
                "not-yet-in-checkpoint", "The reserve's last month is logged but not yet in a signed checkpoint; retry in a second", Map.of()));
        List<Map<String, Object>> opened = new ArrayList<>();
        for (ReserveStore.Committed month : months) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("event", month.body());
            entry.put("salt", Base64.getEncoder().encodeToString(month.salt()));
            entry.put("index", month.logIndex());
            entry.put("inclusionProof", ledger.inclusionProof(month.logIndex(), checkpoint.size()).stream()
                    .map(Base64.getEncoder()::encodeToString).toList());
            opened.add(entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("account", account);
        out.put("checkpoint", checkpoint.note());
        out.put("months", opened);
        return out;
    }
}
