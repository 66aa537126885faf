package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.PartyId;

/**
 * A committed dispatch as a transit permit shows it: the event (lot, route, permit), the mass that left and the
 * lot on the road (its facts), and what proves it logged: the event exactly as recorded (a plain JSON tree, the
 * one its commitment was computed over), its salt and its log index ({@code null} until the log has it).
 */
public record CommittedDispatch(long seq, LotDispatched event, DispatchFacts facts, Map<String, Object> recorded, byte[] salt,
        Long logIndex, OffsetDateTime recordedAt, Optional<PartyId> submittedBy) {

    public CommittedDispatch {
        recorded = Map.copyOf(recorded);
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }
}
