package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.custody.EventFixture.*;
import static org.mizan.custody.RegistryFixture.*;
import static org.mizan.custody.book.LotFixture.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.kernel.ElementSymbol;
import org.mizan.custody.AssayFacts;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.OxideGrades;
import org.mizan.kernel.Grade;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.ProcessBalance;

/** An assay updates the elements it reports and keeps the others. */
class PartialAssayTests {

    private static final ElementSymbol AU = ElementSymbol.of("Au");

    private final LotBook book = emptyBook();

    /** 10 t of ore at 1.5 % Cu and 3 g/t Au at Hub, flotated into 500 kg of concentrate at 28 % Cu and 50 g/t Au. */
    private void copperGoldConcentrate() {
        oreAtChagai(book, "CHG-1", kg("10000"), grades(CU, "0.015", AU, "0.000003"));
        book.apply(dispatched(FWO, "CHG-1", CHAGAI_MINE, HUB_PLANT, 1));
        book.apply(received(HUB_REFINERY, "CHG-1", HUB_PLANT, kg("10000"), 10));
        book.apply(processed(HUB_REFINERY, HUB_PLANT, List.of(input("CHG-1", kg("10000"))),
                List.of(output("CONC-1", "CU-CONC", MaterialForm.CONCENTRATE, kg("500"), grades(CU, "0.28", AU, "0.00005"))), 20));
    }

    @Test
    void aCopperOnlyAssayKeepsTheGoldGrade() {
        copperGoldConcentrate();

        AssayFacts facts = (AssayFacts) book.apply(assayed("CONC-1", grades(CU, "0.275"), 21)).facts();

        assertThat(lot("CONC-1").grades()).isEqualTo(grades(CU, "0.275", AU, "0.00005"));
        assertThat(facts.previous()).isEqualTo(grades(CU, "0.28", AU, "0.00005"));
        assertThat(facts.reported()).isEqualTo(grades(CU, "0.275"));
    }

    @Test
    void anOxideAssayReplacesItsElementsGradeKeepsTheOthersAndKeepsTheOxideFigureInTheFacts() {
        copperGoldConcentrate();
        ElementSymbol sb = ElementSymbol.of("Sb");
        LotAssayed assay = assayed("CONC-1", grades(CU, "0.275"), 21);
        OxideGrades oxides = new OxideGrades(Map.of("Sb2O3", Grade.of("0.02")));

        // Sb 0.02 x 243.520 / 291.517 = 0.016707087408 (0.0167070874082815...).
        AssayFacts facts = (AssayFacts) book.apply(new LotAssayed(assay.eventId(), assay.time(), assay.actor(), assay.lot(),
                assay.laboratory(), assay.grades(), oxides, assay.certificate())).facts();

        assertThat(lot("CONC-1").grades()).isEqualTo(grades(CU, "0.275", AU, "0.00005", sb, "0.016707087408"));
        assertThat(facts.reported()).isEqualTo(grades(CU, "0.275", sb, "0.016707087408"));
        assertThat(facts.oxides()).isEqualTo(Map.of("Sb2O3", Grade.of("0.02")));
    }

    @Test
    void theProcessDownstreamOfAPartialAssayBalancesInEveryElement() {
        copperGoldConcentrate();
        book.apply(assayed("CONC-1", grades(CU, "0.275"), 21));

        // 25 g Au and 137.5 kg Cu in; 24.5 g Au and 135 kg Cu out.
        ProcessBalance balance = (ProcessBalance) book.apply(processed(HUB_REFINERY, HUB_PLANT, List.of(input("CONC-1", kg("500"))),
                List.of(output("CONC-2", "CU-CONC", MaterialForm.CONCENTRATE, kg("450"), grades(CU, "0.3", AU, "0.0000544"))), 22))
                .facts();

        assertThat(balance.breaches()).isEmpty();
        assertThat(balance.balance(AU).orElseThrow().input()).isEqualTo(kg("0.025"));
        assertThat(lot("CONC-2").origin()).isEqualTo(OriginVector.licensed(CHAGAI_LICENCE));
    }

    @Test
    void anElementReportedAtZeroIsAbsentNotForgotten() {
        copperGoldConcentrate();

        book.apply(assayed("CONC-1", grades(CU, "0.275", AU, "0"), 21));

        assertThat(lot("CONC-1").grades()).isEqualTo(grades(CU, "0.275", AU, "0"));
        ProcessBalance balance = (ProcessBalance) book.apply(processed(HUB_REFINERY, HUB_PLANT, List.of(input("CONC-1", kg("500"))),
                List.of(output("CONC-2", "CU-CONC", MaterialForm.CONCENTRATE, kg("450"), grades(CU, "0.3", AU, "0.0000544"))), 22))
                .facts();
        assertThat(balance.breaches()).extracting(b -> b.element()).containsExactly(AU);
    }

    private Lot lot(String id) {
        return book.find(org.mizan.custody.EventFixture.lot(id)).orElseThrow();
    }
}
