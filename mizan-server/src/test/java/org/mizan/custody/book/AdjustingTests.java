package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.custody.EventFixture.*;
import static org.mizan.custody.RegistryFixture.*;
import static org.mizan.custody.book.LotFixture.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mizan.custody.AdjustmentFacts;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.LotAdjusted;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.MaterialForm;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Mass;

/** Drying raises a lot's grades so that its metal stays; a sample leaves at the lot's grades. */
class AdjustingTests {

    private final LotBook book = emptyBook();

    @Test
    void dryingThirtyTonnesByFivePercentKeepsTheirHundredAndFiftyKilogramsOfCopper() {
        oreAtChagai(book, "CHG-1", kg("30000"), grades(CU, "0.005"));

        AdjustmentFacts facts = (AdjustmentFacts) book.apply(dried(FWO, "CHG-1", kg("1500"), "0.05", 1)).facts();

        Lot dried = book.find(lot("CHG-1")).orElseThrow();
        assertThat(dried.availableMass()).isEqualTo(kg("28500"));
        assertThat(dried.grossMass()).isEqualTo(kg("30000"));
        assertThat(dried.status()).isEqualTo(LotStatus.AT_SITE);
        assertThat(dried.grades().grade(CU)).contains(Grade.of("0.005263157895"));
        assertThat(dried.grades().contained(CU, dried.availableMass())).contains(kg("150"));
        assertThat(facts.kind()).isEqualTo(LotAdjusted.Kind.MOISTURE);
        assertThat(facts.removed()).isEqualTo(kg("1500"));
        assertThat(facts.remaining()).isEqualTo(kg("28500"));
        assertThat(facts.previous().grade(CU)).contains(Grade.of("0.005"));
        assertThat(facts.site()).isEqualTo(CHAGAI_MINE);
    }

    @Test
    void aSampleLeavesTheGradesAsTheyWere() {
        oreAtChagai(book, "CHG-1", kg("30000"), grades(CU, "0.005"));

        book.apply(new LotAdjusted(nextId(), hour(1), FWO, lot("CHG-1"), LotAdjusted.Kind.SAMPLING, kg("5"), Optional.empty(),
                Optional.of(HUB_PLANT), Optional.of("S-1")));

        Lot sampled = book.find(lot("CHG-1")).orElseThrow();
        assertThat(sampled.availableMass()).isEqualTo(kg("29995"));
        assertThat(sampled.grades().grade(CU)).contains(Grade.of("0.005"));
    }

    @Test
    void dryingAPureCompoundAboveItsFormulaIsRefused() {
        book.apply(new LotExtracted(nextId(), hour(0), FWO, lot("ND-1"), CHAGAI_MINE, "ND2O3", MaterialForm.OXIDE, kg("100"),
                grades(ND, "0.85"), CHAGAI));

        // 0.85 × 100 / 99 = 0.858586, within half a point of the 0.857356 cap; 0.85 × 100 / 98 = 0.867347 is not.
        book.apply(dried(FWO, "ND-1", kg("1"), null, 1));
        assertThatThrownBy(() -> book.apply(dried(FWO, "ND-1", kg("1"), null, 2)))
                .isInstanceOfSatisfying(CustodyViolation.class, v -> assertThat(v.rule()).isEqualTo(CustodyRule.GRADE_ABOVE_STOICHIOMETRY));
        assertThat(book.find(lot("ND-1")).orElseThrow().availableMass()).isEqualTo(kg("99"));
    }

    @Test
    void onlyTheCustodianAdjustsALotAndOnlyAtItsSite() {
        copperOreInTransitToHub(book, "CHG-1");

        assertThatThrownBy(() -> book.apply(dried(FWO, "CHG-1", kg("1"), null, 5)))
                .isInstanceOfSatisfying(CustodyViolation.class, v -> assertThat(v.rule()).isEqualTo(CustodyRule.IN_TRANSIT));
        copperOreAtChagai(book, "CHG-2");
        assertThatThrownBy(() -> book.apply(dried(STRANGER, "CHG-2", kg("1"), null, 5)))
                .isInstanceOfSatisfying(CustodyViolation.class, v -> assertThat(v.rule()).isEqualTo(CustodyRule.NOT_CUSTODIAN));
        assertThat(book.find(lot("CHG-2")).orElseThrow().availableMass()).isEqualTo(Mass.ofKilograms("10000"));
    }
}
