package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.custody.EventFixture.*;
import static org.mizan.custody.book.LotFixture.*;
import static org.mizan.custody.RegistryFixture.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.OutputRole;
import org.mizan.custody.sequencer.Resends;
import org.mizan.custody.sequencer.ResendsTests;

/** One rejection per hard invariant; each also proves the book did not change. */
class LotBookInvariantTests {

    private static final Set<CustodyRule> EXERCISED = EnumSet.noneOf(CustodyRule.class);

    private final LotBook book = emptyBook();

    @AfterAll
    static void everyRuleHasARejectionTest() {
        assertThat(EXERCISED).containsExactlyInAnyOrder(CustodyRule.values());
    }

    @Test
    void rejectsADifferentEventUnderAnAcceptedEventId() {
        // Re-sends are recognised before the book, in one place for stored events and events of the same group.
        LotExtracted first = extracted(FWO, "CHG-1", CHAGAI_MINE, "CU-ORE", kg("100"), grades(CU, "0.01"), 0);
        LotExtracted impostor = new LotExtracted(first.eventId(), first.time(), FWO, lot("CHG-2"), CHAGAI_MINE,
                "CU-ORE", MaterialForm.ORE, kg("100"), grades(CU, "0.01"), CHAGAI);
        Resends resends = ResendsTests.inOneGroup();
        resends.admit(resends.sort(List.of(first)));

        assertThatThrownBy(() -> resends.sort(List.of(impostor)))
                .isInstanceOfSatisfying(CustodyViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo(CustodyRule.EVENT_ID_REUSED);
                    assertThat(violation.getMessage()).contains(first.eventId().value());
                    assertThat(violation.eventId()).contains(first.eventId());
                });
        EXERCISED.add(CustodyRule.EVENT_ID_REUSED);
    }

    @Test
    void rejectsAPureCompoundGradedAboveItsFormula() {
        assertRejected(new LotExtracted(nextId(), hour(0), FWO, lot("ND-1"), CHAGAI_MINE, "ND2O3", MaterialForm.OXIDE, kg("10"),
                grades(ND, "0.95"), CHAGAI), CustodyRule.GRADE_ABOVE_STOICHIOMETRY, "0.857356");
    }

    @Test
    void rejectsAnAssayWhoseGradesWithTheKeptOnesSumAboveOne() {
        oreAtChagai(book, "CHG-1", kg("100"), grades(CU, "0.6"));

        assertRejected(assayed("CHG-1", grades(FE, "0.5"), 1), CustodyRule.GRADES_ABOVE_WHOLE, "CHG-1");
    }

    @Test
    void rejectsExtractionUnderAnExistingLotId() {
        copperOreAtChagai(book, "CHG-1");

        assertRejected(extracted(FWO, "CHG-1", CHAGAI_MINE, "CU-ORE", kg("5"), grades(), 1), CustodyRule.LOT_EXISTS, "CHG-1");
    }

    @Test
    void rejectsExtractionAtASiteThatIsNotAMine() {
        assertRejected(extracted(HUB_REFINERY, "HUB-1", HUB_PLANT, "CU-ORE", kg("5"), grades(), 0),
                CustodyRule.NOT_A_MINE, "hub-plant");
    }

    @Test
    void rejectsExtractionAtAnUnregisteredSite() {
        assertRejected(extracted(FWO, "X-1", NOWHERE, "CU-ORE", kg("5"), grades(), 0), CustodyRule.UNKNOWN_SITE, "not-registered");
    }

    @Test
    void rejectsExtractionOfAnUncataloguedMaterial() {
        assertRejected(extracted(FWO, "CHG-1", CHAGAI_MINE, "UNOBTAINIUM", kg("5"), grades(), 0),
                CustodyRule.UNKNOWN_MATERIAL, "UNOBTAINIUM");
    }

    @Test
    void rejectsExtractionRecordedBySomeoneOtherThanTheMineOperator() {
        assertRejected(extracted(STRANGER, "CHG-1", CHAGAI_MINE, "CU-ORE", kg("5"), grades(), 0),
                CustodyRule.NOT_SITE_OPERATOR, "someone-else");
    }

    @Test
    void rejectsDispatchByNonCustodian() {
        copperOreAtChagai(book, "CHG-1");

        assertRejected(dispatched(STRANGER, "CHG-1", CHAGAI_MINE, HUB_PLANT, 1), CustodyRule.NOT_CUSTODIAN, "CHG-1");
    }

    @Test
    void rejectsProcessingByNonCustodian() {
        copperOreAtChagai(book, "CHG-1");

        assertRejected(processed(STRANGER, CHAGAI_MINE, List.of(input("CHG-1", kg("1"))),
                List.of(output("C-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("1"), grades())), 1), CustodyRule.NOT_CUSTODIAN, "CHG-1");
    }

    @Test
    void rejectsExportByNonCustodian() {
        Lot atHub = copperOreAtHub(book, "CHG-1");
        book.apply(dispatched(HUB_REFINERY, "CHG-1", HUB_PLANT, KARACHI_PORT, 11));
        book.apply(received(PORT_OPERATOR, "CHG-1", KARACHI_PORT, atHub.availableMass(), 12));

        assertRejected(exported(HUB_REFINERY, KARACHI_PORT, List.of("CHG-1"), 13), CustodyRule.NOT_CUSTODIAN, "fwo-export");
    }

    @Test
    void rejectsWriteOffByNonCustodian() {
        copperOreAtChagai(book, "CHG-1");

        assertRejected(lost(STRANGER, "CHG-1", kg("1"), 1), CustodyRule.NOT_CUSTODIAN, "CHG-1");
    }

    @Test
    void rejectsAnyMoveOfALotInTransitOtherThanReceipt() {
        copperOreInTransitToHub(book, "CHG-1");

        assertRejected(dispatched(FWO, "CHG-1", CHAGAI_MINE, QUETTA_STORE, 2), CustodyRule.IN_TRANSIT, "hub-plant");
        assertRejected(lost(FWO, "CHG-1", kg("1"), 2), CustodyRule.IN_TRANSIT, "CHG-1");
        assertRejected(processed(FWO, CHAGAI_MINE, List.of(input("CHG-1", kg("1"))),
                List.of(output("C-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("1"), grades())), 2), CustodyRule.IN_TRANSIT, "CHG-1");
    }

    @Test
    void rejectsReceiptAnywhereButTheDestination() {
        copperOreInTransitToHub(book, "CHG-1");

        assertRejected(received(STORE_KEEPER, "CHG-1", QUETTA_STORE, kg("10000"), 5),
                CustodyRule.NOT_AT_DESTINATION, "hub-plant");
    }

    @Test
    void rejectsReceiptOfALotThatIsNotInTransit() {
        copperOreAtChagai(book, "CHG-1");

        assertRejected(received(HUB_REFINERY, "CHG-1", HUB_PLANT, kg("10000"), 5), CustodyRule.NOT_IN_TRANSIT, "chagai-mine");
    }

    @Test
    void rejectsReceiptRecordedBySomeoneOtherThanTheReceivingOperator() {
        copperOreInTransitToHub(book, "CHG-1");

        assertRejected(received(STRANGER, "CHG-1", HUB_PLANT, kg("10000"), 5), CustodyRule.NOT_SITE_OPERATOR, "hub-refinery");
    }

    @Test
    void rejectsMovingAConsumedLot() {
        consumedCopperOre(book, "CHG-1");

        assertRejected(dispatched(HUB_REFINERY, "CHG-1", HUB_PLANT, KARACHI_PORT, 21), CustodyRule.LOT_CLOSED, "CONSUMED");
        assertRejected(lost(HUB_REFINERY, "CHG-1", kg("1"), 21), CustodyRule.LOT_CLOSED, "CHG-1");
        assertRejected(received(HUB_REFINERY, "CHG-1", HUB_PLANT, kg("1"), 21), CustodyRule.LOT_CLOSED, "CHG-1");
    }

    @Test
    void rejectsUsingALotAtASiteWhereItIsNot() {
        copperOreAtChagai(book, "CHG-1");

        assertRejected(dispatched(FWO, "CHG-1", QUETTA_STORE, HUB_PLANT, 1), CustodyRule.NOT_AT_SITE, "chagai-mine");
    }

    @Test
    void rejectsExportFromASiteThatIsNotAPort() {
        copperOreAtHub(book, "CHG-1");

        assertRejected(exported(HUB_REFINERY, HUB_PLANT, List.of("CHG-1"), 11), CustodyRule.NOT_A_PORT, "hub-plant");
    }

    @Test
    void rejectsEventsDatedBeforeTheLotsLastEvent() {
        copperOreInTransitToHub(book, "CHG-1");

        assertRejected(received(HUB_REFINERY, "CHG-1", HUB_PLANT, kg("10000"), 0), CustodyRule.TIME_BACKWARDS, "CHG-1");
    }

    @Test
    void rejectsConsumingMoreThanIsAvailable() {
        copperOreAtHub(book, "CHG-1");

        assertRejected(processed(HUB_REFINERY, HUB_PLANT, List.of(input("CHG-1", kg("10000.001"))),
                List.of(output("C-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("1"), grades())), 11), CustodyRule.MASS_NEGATIVE, "10000.001 kg");
    }

    @Test
    void rejectsWritingOffMoreThanIsAvailable() {
        copperOreAtChagai(book, "CHG-1");

        assertRejected(lost(FWO, "CHG-1", kg("10001"), 1), CustodyRule.MASS_NEGATIVE, "10000 kg");
    }

    @Test
    void rejectsProcessOutputsThatReuseAnExistingLotId() {
        copperOreAtHub(book, "CHG-1");
        copperOreAtChagai(book, "CHG-2");

        assertRejected(processed(HUB_REFINERY, HUB_PLANT, List.of(input("CHG-1", kg("1"))),
                List.of(output("CHG-2", "CU-CONC", MaterialForm.CONCENTRATE, kg("1"), grades())), 11), CustodyRule.OUTPUT_LOT_EXISTS, "CHG-2");
    }

    @Test
    void rejectsEventsAboutLotsNotOnTheBooks() {
        assertRejected(dispatched(FWO, "GHOST", CHAGAI_MINE, HUB_PLANT, 1), CustodyRule.UNKNOWN_LOT, "GHOST");
        assertRejected(assayed("GHOST", grades(CU, "0.2"), 1), CustodyRule.UNKNOWN_LOT, "GHOST");
    }

    @Test
    void rejectsAPartialDispatchOfAllThatIsLeft() {
        copperOreAtChagai(book, "CHG-1");

        assertRejected(dispatchedPart(FWO, "CHG-1", "CHG-1-T1", kg("10000"), CHAGAI_MINE, HUB_PLANT, 1), CustodyRule.PART_IS_WHOLE,
                "dispatch lot CHG-1 itself");
    }

    @Test
    void rejectsAnAdjustmentOfAllThatIsLeft() {
        copperOreAtChagai(book, "CHG-1");

        assertRejected(dried(FWO, "CHG-1", kg("10000"), null, 1), CustodyRule.ADJUSTMENT_IS_WHOLE, "written off as lost");
    }

    @Test
    void rejectsAMoistureThatDisagreesWithTheWaterRemoved() {
        copperOreAtChagai(book, "CHG-1");

        // 5 % of 10 t is 500 kg, and 0.1 % of 10 t is the 10 kg the two may differ by: 489 kg is refused, 490 kg is not.
        assertRejected(dried(FWO, "CHG-1", kg("489.999"), "0.05", 1), CustodyRule.MOISTURE_INCONSISTENT, "500 kg of water");
        book.apply(dried(FWO, "CHG-1", kg("490"), "0.05", 1));
        assertThat(book.find(lot("CHG-1")).orElseThrow().availableMass()).isEqualTo(kg("9510"));
    }

    @Test
    void rejectsDispatchOfTailingsToASiteThatCannotHoldThem() {
        Lot ore = copperOreAtHub(book, "CHG-1");
        book.apply(processed(HUB_REFINERY, HUB_PLANT, List.of(input("CHG-1", ore.availableMass())),
                List.of(output("C-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("500"), grades(CU, "0.28")),
                        output("T-1", "CU-ORE", MaterialForm.ORE, kg("9500"), grades(CU, "0.0008"), OutputRole.TAILINGS)), 11));

        assertRejected(dispatched(HUB_REFINERY, "T-1", HUB_PLANT, KARACHI_PORT, 12), CustodyRule.NOT_A_WASTE_SITE, "tailings facility");
    }

    @Test
    void rejectsExportOfTailingsOrSlagButNotOfADeclaredByProduct() {
        copperOreAtChagai(book, "CHG-1");
        book.apply(dispatched(FWO, "CHG-1", CHAGAI_MINE, KARACHI_PORT, 1));
        book.apply(received(PORT_OPERATOR, "CHG-1", KARACHI_PORT, kg("10000"), 10));
        book.apply(processed(PORT_OPERATOR, KARACHI_PORT, List.of(input("CHG-1", kg("10000"))),
                List.of(output("C-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("500"), grades(CU, "0.28")),
                        output("T-1", "CU-ORE", MaterialForm.ORE, kg("9000"), grades(CU, "0.0008"), OutputRole.TAILINGS),
                        output("S-1", "CU-ORE", MaterialForm.ORE, kg("300"), grades(CU, "0.001"), OutputRole.SLAG),
                        output("B-1", "CU-ORE", MaterialForm.ORE, kg("200"), grades(CU, "0.001"), OutputRole.BY_PRODUCT)), 11));

        assertRejected(exported(PORT_OPERATOR, KARACHI_PORT, List.of("C-1", "T-1"), 12), CustodyRule.WASTE_NOT_EXPORTABLE, "T-1 is tailings");
        assertRejected(exported(PORT_OPERATOR, KARACHI_PORT, List.of("S-1"), 12), CustodyRule.WASTE_NOT_EXPORTABLE, "S-1 is slag");
        book.apply(exported(PORT_OPERATOR, KARACHI_PORT, List.of("C-1", "B-1"), 12));
        assertThat(book.find(lot("B-1")).orElseThrow().status()).isEqualTo(LotStatus.EXPORTED);
    }

    @Test
    void rejectsASaleByAnyoneButTheOwnerToAnUnregisteredBuyerOrToTheOwner() {
        copperOreAtHub(book, "CHG-1");

        assertRejected(sold(HUB_REFINERY, "CHG-1", STORE_KEEPER, 11), CustodyRule.NOT_OWNER, "owned by fwo");
        assertRejected(sold(FWO, "CHG-1", STRANGER, 11), CustodyRule.UNKNOWN_PARTY, "someone-else");
        assertRejected(sold(FWO, "CHG-1", FWO, 11), CustodyRule.BUYER_IS_OWNER, "already owned by fwo");
    }

    @Test
    void rejectsAReleaseFromAReserveWithoutADecisionOrToAnUnregisteredRecipient() {
        copperOreAtChagai(book, "CHG-1");
        book.apply(dispatched(FWO, "CHG-1", CHAGAI_MINE, STATE_RESERVE, 1));
        book.apply(received(STORE_KEEPER, "CHG-1", STATE_RESERVE, kg("10000"), 10));

        assertRejected(dispatched(STORE_KEEPER, "CHG-1", STATE_RESERVE, HUB_PLANT, 11), CustodyRule.RELEASE_WITHOUT_DECISION,
                "without a release decision");
        assertRejected(released(STORE_KEEPER, "CHG-1", STATE_RESERVE, HUB_PLANT, "ECC-2026-14", STRANGER, 11),
                CustodyRule.RELEASE_WITHOUT_DECISION, "not in the registry");
        book.apply(released(STORE_KEEPER, "CHG-1", STATE_RESERVE, HUB_PLANT, "ECC-2026-14", HUB_REFINERY, 11));
        assertThat(book.find(lot("CHG-1")).orElseThrow().transit()).isPresent();
    }

    private void assertRejected(CustodyEvent event, CustodyRule rule, String messageMentions) {
        var before = snapshot(book);

        assertThatThrownBy(() -> book.apply(event))
                .isInstanceOfSatisfying(CustodyViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo(rule);
                    assertThat(violation.getMessage()).startsWith(rule.code()).contains(messageMentions);
                    assertThat(violation.eventId()).contains(event.eventId());
                });

        assertThat(snapshot(book)).isEqualTo(before);
        EXERCISED.add(rule);
    }
}
