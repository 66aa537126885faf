package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.mizan.kernel.PartyId;

/**
 * A committed dispatch as a transit permit shows it: the event (lot, route, permit), the mass that left and the
 * lot on the road (its facts), its salt and its log index ({@code null} until the log has it). What proves it
 * logged is {@link Custody#disclosure}.
 */
public record CommittedDispatch(long seq, LotDispatched event, DispatchFacts facts, byte[] salt, Long logIndex,
        OffsetDateTime recordedAt, Optional<PartyId> submittedBy) {

    public CommittedDispatch {
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }
}
