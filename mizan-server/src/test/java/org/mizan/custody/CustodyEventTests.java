package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.custody.EventFixture.*;
import static org.mizan.custody.RegistryFixture.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.kernel.CountryCode;
import org.mizan.kernel.LotId;

/** Structural errors are refused when an event is built, before any book sees it. */
class CustodyEventTests {

    private static final ProcessOutput CONCENTRATE = output("C-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("1"), grades());

    @Test
    void refusesAProcessWithoutInputsOrOutputs() {
        assertThatThrownBy(() -> processed(HUB_REFINERY, HUB_PLANT, List.of(), List.of(CONCENTRATE), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> processed(HUB_REFINERY, HUB_PLANT, List.of(input("A", kg("1"))), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAProcessNamingALotTwice() {
        assertThatThrownBy(() -> processed(HUB_REFINERY, HUB_PLANT, List.of(input("A", kg("1")), input("A", kg("2"))),
                List.of(CONCENTRATE), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> processed(HUB_REFINERY, HUB_PLANT, List.of(input("C-1", kg("1"))),
                List.of(CONCENTRATE), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesZeroMassWhereMassMustMove() {
        assertThatThrownBy(() -> input("A", kg("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> output("A", "CU-CONC", MaterialForm.CONCENTRATE, kg("0"), grades()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lost(FWO, "A", kg("0"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> extracted(FWO, "A", CHAGAI_MINE, "CU-ORE", kg("0"), grades(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADispatchToTheSiteItLeaves() {
        assertThatThrownBy(() -> dispatched(FWO, "A", CHAGAI_MINE, CHAGAI_MINE, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPermitThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> permit(10, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAConsignmentWithRepeatedLotsOrANegativeValue() {
        assertThatThrownBy(() -> new ConsignmentExported(nextId(), hour(0), PORT_OPERATOR, new ConsignmentId("X"),
                List.of(new LotId("A"), new LotId("A")), KARACHI_PORT, BUYER, new CountryCode("US"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsignmentExported(nextId(), hour(0), PORT_OPERATOR, new ConsignmentId("X"),
                List.of(new LotId("A")), KARACHI_PORT, BUYER, new CountryCode("US"), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesBlankOrOverlongEventIds() {
        assertThatThrownBy(() -> new EventId("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventId("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventId("x".repeat(129))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventId("tab\there")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new EventId("urn:uuid:6f1c0a7e-0d1b-4c52-9a34-1e2f3a4b5c6d").value()).hasSize(45);
    }

    @Test
    void namesEveryLotAnEventTouches() {
        var process = processed(HUB_REFINERY, HUB_PLANT, List.of(input("A", kg("1")), input("B", kg("1"))), List.of(CONCENTRATE), 0);

        assertThat(process.touchedLots()).containsExactlyInAnyOrder(lot("A"), lot("B"), lot("C-1"));
        assertThat(exported(PORT_OPERATOR, KARACHI_PORT, List.of("X", "Y"), 0).touchedLots()).containsExactlyInAnyOrder(lot("X"), lot("Y"));
    }
}
