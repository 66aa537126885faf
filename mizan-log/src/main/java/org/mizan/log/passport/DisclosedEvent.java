package org.mizan.log.passport;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.mizan.log.ProofException;
import org.mizan.log.ProofVerifier;
import org.mizan.log.TreeHasher;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Commitment;

/**
 * One event of the evidence: the id it is listed under, the recorded event, its salt, its log index and
 * its inclusion proof.
 */
record DisclosedEvent(String listedAs, String eventId, Map<?, ?> event, byte[] salt, long index, List<byte[]> inclusionProof) {

    static DisclosedEvent of(PassportEvidence.Entry entry, String path) {
        Map<?, ?> event = Fields.required(entry.event(), path + ".event");
        List<byte[]> proof = new ArrayList<>();
        for (String hash : Fields.required(entry.inclusionProof(), path + ".inclusionProof")) {
            proof.add(Base64.getDecoder().decode(hash));
        }
        return new DisclosedEvent(Fields.required(entry.eventId(), path + ".eventId"), Json.text(event, "eventId"), event,
                Base64.getDecoder().decode(Fields.required(entry.salt(), path + ".salt")), Fields.required(entry.index(), path + ".index"),
                proof);
    }

    /** A royalty assessment of the passport, to be proven the same way: its committed body, salt, index and proof. */
    static DisclosedEvent ofAssessment(PassportRoyalties.Entry entry, String path) {
        Map<?, ?> body = Fields.required(entry.assessment(), path + ".assessment");
        List<byte[]> proof = new ArrayList<>();
        for (String hash : Fields.required(entry.inclusionProof(), path + ".inclusionProof")) {
            proof.add(Base64.getDecoder().decode(hash));
        }
        return new DisclosedEvent(Fields.required(entry.assessmentId(), path + ".assessmentId"), Json.text(body, "id"), body,
                Base64.getDecoder().decode(Fields.required(entry.salt(), path + ".salt")), Fields.required(entry.index(), path + ".index"),
                proof);
    }

    /** Empty if the event's commitment is entry {@code index} of the checkpoint's tree, else why not. */
    java.util.Optional<String> inclusionFailure(Checkpoint checkpoint) {
        if (index < 0 || index >= checkpoint.size()) {
            return java.util.Optional.of("its index " + index + " lies outside the log's tree of size " + checkpoint.size());
        }
        try {
            byte[] leaf = TreeHasher.leafHash(Commitment.of(salt, event));
            ProofVerifier.verifyInclusion(index, checkpoint.size(), leaf, inclusionProof, checkpoint.rootHash());
            return java.util.Optional.empty();
        } catch (ProofException | IllegalArgumentException e) {
            return java.util.Optional.of("event and salt do not hash, through the proof, to the checkpoint's root ("
                    + e.getMessage() + ")");
        }
    }
}
