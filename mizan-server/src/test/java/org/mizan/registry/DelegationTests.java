package org.mizan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.PartyId;

class DelegationTests {

    private static final PartyId FWO = new PartyId("fwo");
    private static final PartyId HUB = new PartyId("epcis-hub");
    private static final OffsetDateTime GRANTED = OffsetDateTime.parse("2025-12-01T09:00:00+05:00");
    private static final OffsetDateTime REVOKED = GRANTED.plusDays(2);

    @Test
    void isInForceFromItsGrantUntilItsRevocation() {
        Delegation ended = new Delegation(FWO, HUB, FWO, GRANTED, Optional.of(new Delegation.Revocation(FWO, REVOKED)));
        assertThat(ended.inForceAt(GRANTED.minusSeconds(1).toInstant())).isFalse();
        assertThat(ended.inForceAt(GRANTED.toInstant())).isTrue();
        assertThat(ended.inForceAt(REVOKED.minusNanos(1000).toInstant())).isTrue();
        assertThat(ended.inForceAt(REVOKED.toInstant())).isFalse();
    }

    @Test
    void aGrantNotRevokedStaysInForce() {
        Delegation standing = new Delegation(FWO, HUB, FWO, GRANTED, Optional.empty());
        assertThat(standing.inForceAt(GRANTED.plusYears(5).toInstant())).isTrue();
    }

    @Test
    void refusesADelegationToItselfOrOneEndingBeforeItBegan() {
        assertThatThrownBy(() -> new Delegation(FWO, FWO, FWO, GRANTED, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Delegation(FWO, HUB, FWO, GRANTED, Optional.of(new Delegation.Revocation(FWO, GRANTED.minusDays(1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
