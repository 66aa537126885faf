package org.mizan.passport;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.custody.ConsignmentChain;
import org.mizan.kernel.Rejection;
import org.mizan.ledger.Ledger;

/**
 * The verification bundle: every event of the chain with its salt, log index and inclusion proof, one
 * signed checkpoint they are all proven against, and the registry facts the offline replay needs.
 */
final class EvidenceSection {

    private final Ledger ledger;
    private final RegistryFactsSection facts;

    EvidenceSection(Ledger ledger, RegistryFactsSection facts) {
        this.ledger = ledger;
        this.facts = facts;
    }

    Map<String, Object> evidence(ConsignmentChain chain) {
        long last = chain.events().stream().mapToLong(e -> requireLogged(e)).max().orElse(0);
        Ledger.SignedCheckpoint checkpoint = checkpointCovering(last);
        Base64.Encoder base64 = Base64.getEncoder();
        List<List<byte[]>> proofs = ledger.inclusionProofs(chain.events().stream().map(ConsignmentChain.Event::logIndex).toList(),
                checkpoint.size());
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < chain.events().size(); i++) {
            ConsignmentChain.Event event = chain.events().get(i);
            Map<String, Object> disclosed = new LinkedHashMap<>();
            disclosed.put("eventId", event.eventId());
            disclosed.put("index", event.logIndex());
            disclosed.put("salt", base64.encodeToString(event.salt()));
            disclosed.put("inclusionProof", proofs.get(i).stream().map(base64::encodeToString).toList());
            disclosed.put("event", event.body());
            events.add(disclosed);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("log", ledger.origin());
        out.put("verifierKey", ledger.verifierKey().toString());
        out.put("treeSize", checkpoint.size());
        out.put("checkpoint", checkpoint.note());
        out.put("events", events);
        out.put("registryFacts", facts.facts(chain));
        return out;
    }

    private static long requireLogged(ConsignmentChain.Event event) {
        if (event.logIndex() == null) {
            throw new Rejection(Rejection.Kind.UNAVAILABLE, "event-not-logged",
                    "Event " + event.eventId() + " was recorded without a log entry; its passport cannot be proven", Map.of());
        }
        return event.logIndex();
    }

    private Ledger.SignedCheckpoint checkpointCovering(long index) {
        return ledger.checkpointCovering(index).orElseThrow(() -> new Rejection(Rejection.Kind.UNAVAILABLE, "not-yet-in-checkpoint",
                "The chain's last event is logged but not yet in a signed checkpoint; retry in a second", Map.of()));
    }
}
