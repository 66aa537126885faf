package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.custody.EventFixture.*;
import static org.mizan.custody.RegistryFixture.*;
import static org.mizan.custody.book.LotFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.kernel.LotId;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.DispatchFacts;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.TransitFacts;

/** A partial dispatch splits a new lot, in transit, off a lot that keeps the rest at its site. */
class PartialDispatchTests {

    private final LotBook book = emptyBook();

    @Test
    void theNewLotLeavesWithThePartAndTheParentsOriginGradesMaterialAndForm() {
        copperOreAtChagai(book, "CHG-1");

        DispatchFacts facts = (DispatchFacts) book.apply(dispatchedPart(FWO, "CHG-1", "CHG-1-T1", kg("4000"), CHAGAI_MINE, HUB_PLANT, 1))
                .facts();

        Lot parent = lot("CHG-1");
        assertThat(parent.availableMass()).isEqualTo(kg("6000"));
        assertThat(parent.grossMass()).isEqualTo(kg("10000"));
        assertThat(parent.status()).isEqualTo(LotStatus.AT_SITE);
        assertThat(parent.site()).isEqualTo(CHAGAI_MINE);
        assertThat(parent.transit()).isEmpty();
        Lot child = lot("CHG-1-T1");
        assertThat(child.status()).isEqualTo(LotStatus.IN_TRANSIT);
        assertThat(child.grossMass()).isEqualTo(kg("4000"));
        assertThat(child.availableMass()).isEqualTo(kg("4000"));
        assertThat(child.site()).isEqualTo(CHAGAI_MINE);
        assertThat(child.destination()).contains(HUB_PLANT);
        assertThat(child.transit().orElseThrow().dispatchedMass()).isEqualTo(kg("4000"));
        assertThat(child.origin()).isEqualTo(OriginVector.licensed(CHAGAI_LICENCE)).isEqualTo(parent.origin());
        assertThat(child.grades()).isEqualTo(grades(CU, "0.015"));
        assertThat(child.material()).isEqualTo("CU-ORE");
        assertThat(child.form()).isEqualTo(MaterialForm.ORE);
        assertThat(child.custodian()).isEqualTo(FWO);
        assertThat(child.owner()).isEqualTo(FWO);
        assertThat(facts.lot()).isEqualTo(lot("CHG-1-T1").id());
        assertThat(facts.splitFrom()).contains(parent.id());
        assertThat(facts.mass()).isEqualTo(kg("4000"));
    }

    @Test
    void theNewLotsReceiptIsAnOrdinaryTripOfThePartsMass() {
        copperOreAtChagai(book, "CHG-1");
        book.apply(dispatchedPart(FWO, "CHG-1", "CHG-1-T1", kg("4000"), CHAGAI_MINE, HUB_PLANT, 1));

        TransitFacts trip = (TransitFacts) book.apply(received(HUB_REFINERY, "CHG-1-T1", HUB_PLANT, kg("3990"), 10)).facts();

        assertThat(trip.lot()).isEqualTo(lot("CHG-1-T1").id());
        assertThat(trip.dispatchedMass()).isEqualTo(kg("4000"));
        assertThat(trip.shortfall()).isEqualTo(kg("10"));
        assertThat(lot("CHG-1-T1").custodian()).isEqualTo(HUB_REFINERY);
        assertThat(lot("CHG-1").availableMass()).isEqualTo(kg("6000"));
    }

    @Test
    void theRestCanBeSplitAgainAndFinallyDispatchedWhole() {
        copperOreAtChagai(book, "CHG-1");
        book.apply(dispatchedPart(FWO, "CHG-1", "CHG-1-T1", kg("4000"), CHAGAI_MINE, HUB_PLANT, 1));
        book.apply(dispatchedPart(FWO, "CHG-1", "CHG-1-T2", kg("5999.999"), CHAGAI_MINE, HUB_PLANT, 2));

        DispatchFacts last = (DispatchFacts) book.apply(dispatched(FWO, "CHG-1", CHAGAI_MINE, HUB_PLANT, 3)).facts();

        assertThat(last.lot()).isEqualTo(lot("CHG-1").id());
        assertThat(last.splitFrom()).isEmpty();
        assertThat(last.mass()).isEqualTo(kg("0.001"));
        assertThat(lot("CHG-1").status()).isEqualTo(LotStatus.IN_TRANSIT);
    }

    @Test
    void aPartOfAllThatIsLeftIsRefusedAsTheWholeLot() {
        copperOreAtChagai(book, "CHG-1");
        book.apply(dispatchedPart(FWO, "CHG-1", "CHG-1-T1", kg("4000"), CHAGAI_MINE, HUB_PLANT, 1));

        assertRefused(dispatchedPart(FWO, "CHG-1", "CHG-1-T2", kg("6000"), CHAGAI_MINE, HUB_PLANT, 2), CustodyRule.PART_IS_WHOLE,
                "has 6000 kg available, all of which");
    }

    @Test
    void aPartAboveWhatIsLeftIsRefusedAsMoreThanTheLotHolds() {
        copperOreAtChagai(book, "CHG-1");

        assertRefused(dispatchedPart(FWO, "CHG-1", "CHG-1-T1", kg("10000.001"), CHAGAI_MINE, HUB_PLANT, 1), CustodyRule.MASS_NEGATIVE,
                "has 10000 kg available, asked for 10000.001 kg");
    }

    @Test
    void aNewLotNamedLikeAnyLotOnTheBooksInAnyCaseIsRefused() {
        copperOreAtChagai(book, "CHG-1");
        copperOreAtChagai(book, "CHG-2");

        assertRefused(dispatchedPart(FWO, "CHG-1", "chg-2", kg("1000"), CHAGAI_MINE, HUB_PLANT, 1), CustodyRule.LOT_EXISTS,
                "new lot chg-2");
        assertRefused(dispatchedPart(FWO, "CHG-1", "chg-1", kg("1000"), CHAGAI_MINE, HUB_PLANT, 1), CustodyRule.LOT_EXISTS,
                "new lot chg-1");
    }

    @Test
    void aPartOfALotElsewhereOrInTransitOrOfSomeoneElsesIsRefused() {
        copperOreAtChagai(book, "CHG-1");
        copperOreInTransitToHub(book, "CHG-2");

        assertRefused(dispatchedPart(FWO, "CHG-1", "CHG-1-T1", kg("1000"), QUETTA_STORE, HUB_PLANT, 1), CustodyRule.NOT_AT_SITE,
                "is at chagai-mine, not quetta-store");
        assertRefused(dispatchedPart(STRANGER, "CHG-1", "CHG-1-T1", kg("1000"), CHAGAI_MINE, HUB_PLANT, 1), CustodyRule.NOT_CUSTODIAN,
                "someone-else");
        assertRefused(dispatchedPart(FWO, "CHG-2", "CHG-2-T1", kg("1000"), CHAGAI_MINE, QUETTA_STORE, 2), CustodyRule.IN_TRANSIT,
                "hub-plant");
    }

    @Test
    void aPartOfNothingIsNoEvent() {
        assertThatThrownBy(() -> new LotDispatched.Part(new LotId("CHG-1-T1"), kg("0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above 0");
    }

    @Test
    void aBatchThatSplitsAndProcessesThePartAppliesInOrder() {
        copperOreAtChagai(book, "CHG-1");

        book.applyAll(List.of(dispatchedPart(FWO, "CHG-1", "CHG-1-T1", kg("4000"), CHAGAI_MINE, HUB_PLANT, 1),
                received(HUB_REFINERY, "CHG-1-T1", HUB_PLANT, kg("4000"), 10),
                processed(HUB_REFINERY, HUB_PLANT, List.of(input("CHG-1-T1", kg("4000"))),
                        List.of(output("CONC-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("200"), grades(CU, "0.28"))), 20)));

        assertThat(lot("CONC-1").origin()).isEqualTo(OriginVector.licensed(CHAGAI_LICENCE));
        assertThat(lot("CHG-1-T1").status()).isEqualTo(LotStatus.CONSUMED);
        assertThat(lot("CHG-1").availableMass()).isEqualTo(kg("6000"));
    }

    private void assertRefused(LotDispatched event, CustodyRule rule, String messageMentions) {
        var before = snapshot(book);

        assertThatThrownBy(() -> book.apply(event))
                .isInstanceOfSatisfying(CustodyViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo(rule);
                    assertThat(violation.getMessage()).startsWith(rule.code()).contains(messageMentions);
                });

        assertThat(snapshot(book)).isEqualTo(before);
    }

    private Lot lot(String id) {
        return book.find(new LotId(id)).orElseThrow();
    }
}
