package org.mizan.passport;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.mizan.custody.ConsignmentChain;
import org.mizan.kernel.Rejection;
import org.mizan.ledger.Ledger;
import org.mizan.log.passport.PassportEvidence;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verification bundle: every event of the chain with its salt, log index and inclusion proof, one
 * signed checkpoint they are all proven against, and the registry facts the offline replay needs.
 */
final class EvidenceSection {

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final Ledger ledger;
    private final RegistryFactsSection facts;
    private final JsonMapper json;

    EvidenceSection(Ledger ledger, RegistryFactsSection facts, JsonMapper json) {
        this.ledger = ledger;
        this.facts = facts;
        this.json = json;
    }

    /** The bundle, its checkpoint covering every event of the chain and log entry {@code alsoCovering} (another section's). */
    PassportEvidence evidence(ConsignmentChain chain, long alsoCovering) {
        long last = Math.max(alsoCovering, chain.events().stream().mapToLong(e -> requireLogged(e)).max().orElse(0));
        Ledger.SignedCheckpoint checkpoint = checkpointCovering(last);
        Base64.Encoder base64 = Base64.getEncoder();
        List<List<byte[]>> proofs = ledger.inclusionProofs(chain.events().stream().map(ConsignmentChain.Event::logIndex).toList(),
                checkpoint.size());
        List<PassportEvidence.Entry> events = new ArrayList<>();
        for (int i = 0; i < chain.events().size(); i++) {
            ConsignmentChain.Event event = chain.events().get(i);
            // The event exactly as recorded: the tree its commitment was computed over.
            events.add(new PassportEvidence.Entry(event.eventId(), event.logIndex(), base64.encodeToString(event.salt()),
                    proofs.get(i).stream().map(base64::encodeToString).toList(), json.convertValue(event.body(), TREE)));
        }
        return new PassportEvidence(ledger.origin(), ledger.verifierKey().toString(), checkpoint.size(), checkpoint.note(), events,
                facts.facts(chain));
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
