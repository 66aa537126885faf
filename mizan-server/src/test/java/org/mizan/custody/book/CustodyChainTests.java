package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.custody.EventFixture.*;
import static org.mizan.custody.RegistryFixture.*;
import static org.mizan.custody.book.LotFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.custody.AssayFacts;
import org.mizan.custody.DispatchFacts;
import org.mizan.custody.ElementBalance;
import org.mizan.custody.ExportFacts;
import org.mizan.custody.ExtractionFacts;
import org.mizan.custody.LossFacts;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.ProcessBalance;
import org.mizan.custody.TransitFacts;
import org.mizan.custody.TransitPermit;

/** The life of copper from Chagai to the buyer, one business step at a time. */
class CustodyChainTests {

    private final LotBook book = emptyBook();

    @Test
    void tracesCopperFromExtractionThroughFlotationAndAssayToExport() {
        ExtractionFacts extraction = (ExtractionFacts) book.apply(
                extracted(FWO, "CHG-1", CHAGAI_MINE, "CU-ORE", kg("10000"), grades(CU, "0.015"), 0)).facts();
        assertThat(extraction.licence()).contains(CHAGAI_LICENCE);
        assertThat(lotNamed("CHG-1").origin()).isEqualTo(OriginVector.licensed(CHAGAI_LICENCE));

        DispatchFacts dispatch = (DispatchFacts) book.apply(dispatched(FWO, "CHG-1", CHAGAI_MINE, HUB_PLANT, 2)).facts();
        assertThat(dispatch.mass()).isEqualTo(kg("10000"));
        assertThat(lotNamed("CHG-1").status()).isEqualTo(LotStatus.IN_TRANSIT);
        assertThat(lotNamed("CHG-1").destination()).contains(HUB_PLANT);

        TransitFacts transit = (TransitFacts) book.apply(received(HUB_REFINERY, "CHG-1", HUB_PLANT, kg("9990"), 14)).facts();
        assertThat(transit.shortfall()).isEqualTo(kg("10"));
        assertThat(transit.dispatchedAt()).isEqualTo(hour(2));
        Lot atHub = lotNamed("CHG-1");
        assertThat(atHub.custodian()).isEqualTo(HUB_REFINERY);
        assertThat(atHub.owner()).isEqualTo(FWO);
        assertThat(atHub.site()).isEqualTo(HUB_PLANT);
        assertThat(atHub.availableMass()).isEqualTo(kg("9990"));

        ProcessBalance balance = (ProcessBalance) book.apply(processed(HUB_REFINERY, HUB_PLANT,
                List.of(input("CHG-1", kg("9990"))),
                List.of(output("CONC-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("500"), grades(CU, "0.28")),
                        output("TAIL-1", "TAILINGS", MaterialForm.RESIDUE, kg("9490"), grades(CU, "0.0009"))), 20)).facts();
        assertThat(balance.breaches()).isEmpty();
        assertThat(balance.balance(CU).orElseThrow().input()).isEqualTo(kg("149.85"));
        assertThat(balance.balance(CU).orElseThrow().output()).isEqualTo(kg("148.541"));
        assertThat(lotNamed("CHG-1").status()).isEqualTo(LotStatus.CONSUMED);
        Lot concentrate = lotNamed("CONC-1");
        assertThat(concentrate.custodian()).isEqualTo(HUB_REFINERY);
        assertThat(concentrate.owner()).isEqualTo(FWO);
        assertThat(concentrate.origin()).isEqualTo(OriginVector.licensed(CHAGAI_LICENCE));

        AssayFacts assay = (AssayFacts) book.apply(assayed("CONC-1", grades(CU, "0.275"), 21)).facts();
        assertThat(assay.previous()).isEqualTo(grades(CU, "0.28"));
        assertThat(lotNamed("CONC-1").grades()).isEqualTo(grades(CU, "0.275"));

        book.apply(dispatched(HUB_REFINERY, "CONC-1", HUB_PLANT, KARACHI_PORT, 22));
        book.apply(received(PORT_OPERATOR, "CONC-1", KARACHI_PORT, kg("500"), 30));
        ExportFacts export = (ExportFacts) book.apply(exported(PORT_OPERATOR, KARACHI_PORT, List.of("CONC-1"), 40)).facts();
        assertThat(export.totalMass()).isEqualTo(kg("500"));
        assertThat(export.containedMass()).containsEntry(CU, kg("137.5"));
        Lot shipped = lotNamed("CONC-1");
        assertThat(shipped.status()).isEqualTo(LotStatus.EXPORTED);
        assertThat(shipped.availableMass()).isEqualTo(kg("0"));
        assertThat(shipped.owner()).isEqualTo(BUYER);
    }

    @Test
    void blendedOutputInheritsOriginWeightedByContainedPrimaryElement() {
        oreAtHub("CHG-1", CHAGAI_MINE, FWO, kg("10000"), "0.0155");
        oreAtHub("CTR-1", CHITRAL_MINE, CHITRAL_MINERALS, kg("5000"), "0.019");

        book.apply(processed(HUB_REFINERY, HUB_PLANT,
                List.of(input("CHG-1", kg("10000")), input("CTR-1", kg("5000"))),
                List.of(output("CONC-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("800"), grades(CU, "0.3"))), 20));

        OriginVector origin = lotNamed("CONC-1").origin();
        assertThat(origin.share(OriginKey.licence(CHAGAI_LICENCE))).isEqualByComparingTo("0.62");
        assertThat(origin.share(OriginKey.licence(CHITRAL_LICENCE))).isEqualByComparingTo("0.38");
        assertThat(lotNamed("CONC-1").owner()).isEqualTo(HUB_REFINERY);
    }

    @Test
    void weighsInputsWithoutAGradeForThePrimaryElementByGrossMass() {
        oreAtHub("CHG-1", CHAGAI_MINE, FWO, kg("3000"), "0.02");
        book.apply(extracted(CHITRAL_MINERALS, "CTR-1", CHITRAL_MINE, "CU-ORE", kg("1000"), grades(), 0));
        book.apply(dispatched(CHITRAL_MINERALS, "CTR-1", CHITRAL_MINE, HUB_PLANT, 1));
        book.apply(received(HUB_REFINERY, "CTR-1", HUB_PLANT, kg("1000"), 10));

        book.apply(processed(HUB_REFINERY, HUB_PLANT,
                List.of(input("CHG-1", kg("3000")), input("CTR-1", kg("1000"))),
                List.of(output("CONC-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("200"), grades(CU, "0.25"))), 20));

        // 60 kg Cu from Chagai against 1000 kg gross from Chitral: 60/1060 and 1000/1060.
        OriginVector origin = lotNamed("CONC-1").origin();
        assertThat(origin.share(OriginKey.licence(CHAGAI_LICENCE))).isEqualByComparingTo("0.056603773585");
        assertThat(origin.share(OriginKey.licence(CHITRAL_LICENCE))).isEqualByComparingTo("0.943396226415");
    }

    @Test
    void recordsAnElementSurplusAsAFlagAndAnUnattributedShareInsteadOfRejecting() {
        copperOreAtHub(book, "CHG-1");

        Applied applied = book.apply(processed(HUB_REFINERY, HUB_PLANT, List.of(input("CHG-1", kg("10000"))),
                List.of(output("CONC-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("800"), grades(CU, "0.25"))), 20));

        ElementBalance copper = ((ProcessBalance) applied.facts()).breaches().get(0);
        assertThat(copper.element()).isEqualTo(CU);
        assertThat(copper.surplus()).isEqualTo(kg("50"));
        assertThat(copper.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("200 kg", "150 kg"));
        OriginVector origin = lotNamed("CONC-1").origin();
        assertThat(origin.share(OriginKey.licence(CHAGAI_LICENCE))).isEqualByComparingTo("0.75");
        assertThat(origin.unattributedShare()).isEqualByComparingTo("0.25");
    }

    @Test
    void toleratesASurplusWithinThePolicyWithoutFlagOrUnattributedShare() {
        copperOreAtHub(book, "CHG-1");

        Applied applied = book.apply(processed(HUB_REFINERY, HUB_PLANT, List.of(input("CHG-1", kg("10000"))),
                List.of(output("CONC-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("800"), grades(CU, "0.19"))), 20));

        assertThat(((ProcessBalance) applied.facts()).breaches()).isEmpty();
        assertThat(lotNamed("CONC-1").origin()).isEqualTo(OriginVector.licensed(CHAGAI_LICENCE));
    }

    @Test
    void booksExtractionAtAnUnlicensedMineWithAnUnattributedOrigin() {
        ExtractionFacts facts = (ExtractionFacts) book.apply(
                extracted(PIT_DIGGERS, "PIT-1", WILD_PIT, "SB-ORE", kg("700"), grades(SB, "0.4"), 0)).facts();

        assertThat(facts.licence()).isEmpty();
        assertThat(lotNamed("PIT-1").origin()).isEqualTo(OriginVector.unattributed());
    }

    @Test
    void partialProcessingLeavesTheRestOfTheInputAtTheSite() {
        copperOreAtHub(book, "CHG-1");

        book.apply(processed(HUB_REFINERY, HUB_PLANT, List.of(input("CHG-1", kg("4000"))),
                List.of(output("CONC-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("200"), grades(CU, "0.25"))), 20));

        Lot rest = lotNamed("CHG-1");
        assertThat(rest.status()).isEqualTo(LotStatus.AT_SITE);
        assertThat(rest.availableMass()).isEqualTo(kg("6000"));
        assertThat(rest.grossMass()).isEqualTo(kg("10000"));
    }

    @Test
    void closesALotAsLostWhenEverythingLeftIsWrittenOff() {
        copperOreAtChagai(book, "CHG-1");

        book.apply(lost(FWO, "CHG-1", kg("400"), 1));
        assertThat(lotNamed("CHG-1").status()).isEqualTo(LotStatus.AT_SITE);
        LossFacts facts = (LossFacts) book.apply(lost(FWO, "CHG-1", kg("9600"), 2)).facts();

        assertThat(facts.remaining()).isEqualTo(kg("0"));
        assertThat(lotNamed("CHG-1").status()).isEqualTo(LotStatus.LOST);
    }

    @Test
    void aShortfallWithinTheCombinedResolutionOfTheTwoScalesIsNoLoss() {
        copperOreAtChagai(book, "CHG-1");
        LotDispatched weighedOut = dispatched(FWO, "CHG-1", CHAGAI_MINE, HUB_PLANT, 1);
        book.apply(new LotDispatched(weighedOut.eventId(), weighedOut.time(), FWO, weighedOut.lot(), CHAGAI_MINE, HUB_PLANT,
                weighedOut.permit(), java.util.Optional.of(kg("20"))));
        var weighedIn = received(HUB_REFINERY, "CHG-1", HUB_PLANT, kg("9970"), 10);

        TransitFacts facts = (TransitFacts) book.apply(new org.mizan.custody.LotReceived(weighedIn.eventId(), weighedIn.time(),
                HUB_REFINERY, weighedIn.lot(), HUB_PLANT, kg("9970"), java.util.Optional.of(kg("20")))).facts();

        assertThat(facts.shortfall()).isEqualTo(kg("30"));
        assertThat(facts.scaleResolution()).contains(kg("40"));
        assertThat(facts.shortfallBeyondResolution()).isEqualTo(kg("0"));
    }

    @Test
    void aShortfallBeyondAStatedResolutionIsTheExcessAndWithoutOneTheWholeShortfall() {
        copperOreInTransitToHub(book, "CHG-1");
        var weighedIn = received(HUB_REFINERY, "CHG-1", HUB_PLANT, kg("9950"), 10);

        TransitFacts facts = (TransitFacts) book.apply(new org.mizan.custody.LotReceived(weighedIn.eventId(), weighedIn.time(),
                HUB_REFINERY, weighedIn.lot(), HUB_PLANT, kg("9950"), java.util.Optional.of(kg("20")))).facts();
        assertThat(facts.scaleResolution()).contains(kg("20"));
        assertThat(facts.shortfallBeyondResolution()).isEqualTo(kg("30"));

        copperOreInTransitToHub(book, "CHG-2");
        TransitFacts unstated = (TransitFacts) book.apply(received(HUB_REFINERY, "CHG-2", HUB_PLANT, kg("9950"), 10)).facts();
        assertThat(unstated.scaleResolution()).isEmpty();
        assertThat(unstated.shortfallBeyondResolution()).isEqualTo(kg("50"));
    }

    @Test
    void closesALotAsLostWhenNothingArrives() {
        copperOreInTransitToHub(book, "CHG-1");

        TransitFacts facts = (TransitFacts) book.apply(received(HUB_REFINERY, "CHG-1", HUB_PLANT, kg("0"), 5)).facts();

        assertThat(facts.shortfall()).isEqualTo(kg("10000"));
        assertThat(lotNamed("CHG-1").status()).isEqualTo(LotStatus.LOST);
    }

    @Test
    void recordsAnOverweightDispatchOutsideItsPermitWindowRatherThanRejectingIt() {
        oreAtChagai(book, "CHG-1", kg("45000"), grades(CU, "0.01"));
        TransitPermit expired = new TransitPermit("BAL/TP/OLD", "LES-4471", "N3", kg("30000"), hour(-100), hour(-50));

        DispatchFacts facts = (DispatchFacts) book.apply(
                new LotDispatched(nextId(), hour(1), FWO, lot("CHG-1"), CHAGAI_MINE, HUB_PLANT, expired)).facts();

        assertThat(facts.exceedsPayload()).isTrue();
        assertThat(facts.permit().isValidAt(facts.time())).isFalse();
    }

    @Test
    void acceptsEventsAtTheSameInstantAsTheLotsLastEvent() {
        copperOreAtChagai(book, "CHG-1");

        book.apply(dispatched(FWO, "CHG-1", CHAGAI_MINE, HUB_PLANT, 0));

        assertThat(lotNamed("CHG-1").status()).isEqualTo(LotStatus.IN_TRANSIT);
    }

    private void oreAtHub(String lotId, org.mizan.kernel.SiteId mine, org.mizan.kernel.PartyId miner,
                          org.mizan.kernel.Mass mass, String copperGrade) {
        book.apply(extracted(miner, lotId, mine, "CU-ORE", mass, grades(CU, copperGrade), 0));
        book.apply(dispatched(miner, lotId, mine, HUB_PLANT, 1));
        book.apply(received(HUB_REFINERY, lotId, HUB_PLANT, mass, 10));
    }

    private Lot lotNamed(String id) {
        return book.find(lot(id)).orElseThrow();
    }

}
