package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.custody.EventFixture.*;
import static org.mizan.custody.book.LotFixture.*;
import static org.mizan.custody.RegistryFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;

class LotBookBatchTests {

    private final LotBook book = emptyBook();

    @Test
    void appliesABatchWhoseLaterEventsDependOnEarlierOnes() {
        var extraction = extracted(FWO, "CHG-1", CHAGAI_MINE, "CU-ORE", kg("100"), grades(CU, "0.01"), 0);
        var dispatch = dispatched(FWO, "CHG-1", CHAGAI_MINE, HUB_PLANT, 1);
        var receipt = received(HUB_REFINERY, "CHG-1", HUB_PLANT, kg("100"), 2);

        List<Applied> applied = book.applyAll(List.of(extraction, dispatch, receipt));

        assertThat(applied).extracting(Applied::event).containsExactly(extraction, dispatch, receipt);
        assertThat(book.find(lot("CHG-1")).orElseThrow().custodian()).isEqualTo(HUB_REFINERY);
    }

    @Test
    void rejectsTheWholeBatchWhenAnyEventFails() {
        copperOreAtChagai(book, "OLD-1");
        var before = snapshot(book);
        var extraction = extracted(FWO, "CHG-1", CHAGAI_MINE, "CU-ORE", kg("100"), grades(CU, "0.01"), 0);
        var loss = lost(FWO, "OLD-1", kg("5"), 1);
        var badReceipt = received(STORE_KEEPER, "CHG-1", QUETTA_STORE, kg("100"), 2);

        assertThatThrownBy(() -> book.applyAll(List.of(extraction, loss, badReceipt)))
                .isInstanceOfSatisfying(CustodyViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo(CustodyRule.NOT_IN_TRANSIT);
                    assertThat(violation.eventId()).contains(badReceipt.eventId());
                });

        assertThat(snapshot(book)).isEqualTo(before);
        assertThat(book.find(lot("CHG-1"))).isEmpty();
    }

    @Test
    void checksLaterEventsAgainstTheStateEarlierOnesLeft() {
        copperOreAtChagai(book, "CHG-1");

        assertThatThrownBy(() -> book.applyAll(List.of(lost(FWO, "CHG-1", kg("6000"), 1), lost(FWO, "CHG-1", kg("6000"), 2))))
                .isInstanceOfSatisfying(CustodyViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(CustodyRule.MASS_NEGATIVE));
        assertThat(book.find(lot("CHG-1")).orElseThrow().availableMass()).isEqualTo(kg("10000"));
    }
}
