package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.mizan.custody.TransitPermit;
import org.mizan.kernel.Mass;

/** A permit's window as the check page judges it: both ends included. */
class PermitCheckTests {

    private static final OffsetDateTime FROM = OffsetDateTime.parse("2025-08-05T06:30:00+05:00");
    private static final OffsetDateTime UNTIL = OffsetDateTime.parse("2025-08-08T06:00:00+05:00");
    private static final TransitPermit PERMIT = new TransitPermit("BA-TP-1", "LES-5120", "N3", Mass.ofKilograms("40000"), FROM, UNTIL);

    @Test
    void aPermitIsValidFromTheFirstMinuteOfItsWindowToTheLast() {
        assertThat(PermitCheck.window(PERMIT, FROM.minusSeconds(1))).isEqualTo(PermitCheck.Window.NOT_YET_VALID);
        assertThat(PermitCheck.window(PERMIT, FROM)).isEqualTo(PermitCheck.Window.VALID);
        assertThat(PermitCheck.window(PERMIT, UNTIL)).isEqualTo(PermitCheck.Window.VALID);
        assertThat(PermitCheck.window(PERMIT, UNTIL.plusSeconds(1))).isEqualTo(PermitCheck.Window.EXPIRED);
    }
}
