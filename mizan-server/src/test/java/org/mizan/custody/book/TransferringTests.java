package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.custody.EventFixture.*;
import static org.mizan.custody.RegistryFixture.*;
import static org.mizan.custody.book.LotFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.TransferFacts;

/** A sale without movement: the owner changes, custody, site, mass and grades do not. */
class TransferringTests {

    private final LotBook book = emptyBook();

    @Test
    void aSaleAtThePitPassesTitleAndLeavesCustodyWithTheMiner() {
        Lot before = copperOreAtChagai(book, "CHG-1");

        TransferFacts facts = (TransferFacts) book.apply(sold(FWO, "CHG-1", HUB_REFINERY, 1)).facts();

        Lot after = book.find(lot("CHG-1")).orElseThrow();
        assertThat(after.owner()).isEqualTo(HUB_REFINERY);
        assertThat(after.custodian()).isEqualTo(FWO);
        assertThat(after.site()).isEqualTo(CHAGAI_MINE);
        assertThat(after.availableMass()).isEqualTo(before.availableMass());
        assertThat(after.grades()).isEqualTo(before.grades());
        assertThat(after.status()).isEqualTo(LotStatus.AT_SITE);
        assertThat(facts.seller()).isEqualTo(FWO);
        assertThat(facts.buyer()).isEqualTo(HUB_REFINERY);
        assertThat(facts.mass()).isEqualTo(kg("10000"));
        assertThat(facts.site()).isEqualTo(CHAGAI_MINE);
        assertThat(facts.reference()).hasValueSatisfying(r -> assertThat(r).startsWith("INV-"));
    }

    @Test
    void aCargoOnTheRoadIsSoldAndStillReceivedByItsDestination() {
        copperOreInTransitToHub(book, "CHG-1");

        book.apply(sold(FWO, "CHG-1", STORE_KEEPER, 2));
        book.apply(received(HUB_REFINERY, "CHG-1", HUB_PLANT, kg("10000"), 10));

        Lot received = book.find(lot("CHG-1")).orElseThrow();
        assertThat(received.owner()).isEqualTo(STORE_KEEPER);
        assertThat(received.custodian()).isEqualTo(HUB_REFINERY);
    }

    @Test
    void tollProcessingKeepsTheBuyersTitleOnTheOutput() {
        copperOreAtHub(book, "CHG-1");
        book.apply(sold(FWO, "CHG-1", STORE_KEEPER, 11));

        book.apply(processed(HUB_REFINERY, HUB_PLANT, List.of(input("CHG-1", kg("10000"))),
                List.of(output("CHG-1-C", "CU-CONC", MaterialForm.CONCENTRATE, kg("500"), grades(CU, "0.28"))), 20));

        assertThat(book.find(lot("CHG-1-C")).orElseThrow().owner()).isEqualTo(STORE_KEEPER);
    }

    @Test
    void onlyTheOwnerSellsAndThenOnlyOnce() {
        copperOreAtHub(book, "CHG-1");
        // The refinery holds the lot but does not own it.
        assertRefused(sold(HUB_REFINERY, "CHG-1", STORE_KEEPER, 11), CustodyRule.NOT_OWNER);

        book.apply(sold(FWO, "CHG-1", STORE_KEEPER, 11));
        assertRefused(sold(FWO, "CHG-1", BUYER, 12), CustodyRule.NOT_OWNER);
    }

    @Test
    void aBuyerMustBeRegisteredAndAnotherThanTheOwner() {
        copperOreAtChagai(book, "CHG-1");

        assertRefused(sold(FWO, "CHG-1", STRANGER, 1), CustodyRule.UNKNOWN_PARTY);
        assertRefused(sold(FWO, "CHG-1", FWO, 1), CustodyRule.BUYER_IS_OWNER);
        assertThat(book.find(lot("CHG-1")).orElseThrow().owner()).isEqualTo(FWO);
    }

    @Test
    void aLotThatIsGoneOrASaleDatedBeforeItsLastChangeIsRefused() {
        consumedCopperOre(book, "CHG-1");
        assertRefused(sold(FWO, "CHG-1", STORE_KEEPER, 30), CustodyRule.LOT_CLOSED);

        copperOreAtChagai(book, "CHG-2");
        book.apply(sold(FWO, "CHG-2", STORE_KEEPER, 5));
        assertRefused(sold(STORE_KEEPER, "CHG-2", BUYER, 4), CustodyRule.TIME_BACKWARDS);
    }

    @Test
    void aLotThatDoesNotExistIsRefused() {
        assertRefused(sold(FWO, "NONE", STORE_KEEPER, 1), CustodyRule.UNKNOWN_LOT);
    }

    private void assertRefused(org.mizan.custody.CustodyEvent event, CustodyRule rule) {
        Lot before = book.find(event.touchedLots().iterator().next()).orElse(null);
        assertThatThrownBy(() -> book.apply(event)).isInstanceOfSatisfying(CustodyViolation.class,
                v -> assertThat(v.rule()).isEqualTo(rule));
        assertThat(book.find(event.touchedLots().iterator().next()).orElse(null)).isSameAs(before);
    }
}
