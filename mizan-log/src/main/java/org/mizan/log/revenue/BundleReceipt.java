package org.mizan.log.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.log.ProofException;
import org.mizan.log.ProofVerifier;
import org.mizan.log.TreeHasher;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Commitment;

/** One receipt of the bundle: its log index, its salt, its recorded form exactly as committed, and its inclusion proof. */
public record BundleReceipt(long index, byte[] salt, Map<?, ?> recorded, List<byte[]> inclusionProof) {

    /** The recorded form's {@code type}, as the node commits a receipt. */
    static final String TYPE = "receipt-recorded";

    /** What a receipt says, read from its recorded form. */
    record Facts(String gfsCode, String company, String licence, String governmentEntity, BigDecimal amount, String currency,
            LocalDate receivedOn) {
    }

    public BundleReceipt {
        salt = salt.clone();
        inclusionProof = List.copyOf(inclusionProof);
    }

    static BundleReceipt of(Map<?, ?> receipt, String path) {
        return new BundleReceipt(BundleJson.integer(BundleJson.required(receipt, "index", path), path + "index"),
                BundleJson.base64(BundleJson.required(receipt, "salt", path), path + "salt"),
                BundleJson.object(BundleJson.required(receipt, "recorded", path), path + "recorded"),
                BundleJson.hashes(receipt, "inclusionProof", path));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** Empty if salt and recorded form hash, through the proof, to entry {@code index} of the checkpoint's tree; else why not. */
    Optional<String> inclusionFailure(Checkpoint checkpoint) {
        if (index < 0 || index >= checkpoint.size()) {
            return Optional.of("its index lies outside the log's tree of size " + checkpoint.size());
        }
        try {
            byte[] leaf = TreeHasher.leafHash(Commitment.of(salt, recorded));
            ProofVerifier.verifyInclusion(index, checkpoint.size(), leaf, inclusionProof, checkpoint.rootHash());
            return Optional.empty();
        } catch (ProofException | IllegalArgumentException e) {
            return Optional.of("its recorded form and salt do not hash, through its proof, to the checkpoint's root ("
                    + e.getMessage() + ")");
        }
    }

    /** The receipt's facts; throws IllegalArgumentException, naming the field, if the recorded form is not a receipt's. */
    Facts facts() {
        String path = "receipt entry " + index + "'s recorded ";
        if (!TYPE.equals(recorded.get("type"))) {
            throw new IllegalArgumentException("receipt entry " + index + " records a " + recorded.get("type") + ", not a " + TYPE);
        }
        try {
            return new Facts(BundleJson.text(recorded, "gfsCode", path), BundleJson.text(recorded, "company", path),
                    BundleJson.text(recorded, "licence", path), BundleJson.text(recorded, "governmentEntity", path),
                    BundleJson.decimal(recorded, "amount", path), BundleJson.text(recorded, "currency", path),
                    LocalDate.parse(BundleJson.text(recorded, "receivedOn", path)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + "receivedOn is not a date: " + e.getParsedString(), e);
        }
    }
}
