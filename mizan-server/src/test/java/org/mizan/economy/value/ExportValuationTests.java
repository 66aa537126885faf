package org.mizan.economy.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.custody.ConsignmentChain;
import org.mizan.custody.MaterialForm;
import org.mizan.economy.ExportValue;

class ExportValuationTests {

    /** Dollars per kg of contained element: antimony in ore 9, in concentrate 22 at payability 0.85; no price of arsenic. */
    private static final PriceBook PRICES = (element, form, day) -> {
        if (!element.value().equals("Sb")) {
            return Optional.empty();
        }
        return Optional.of(form == MaterialForm.ORE
                ? new PriceBook.Quote("sb-ore", 1, "test", "illustrative", new BigDecimal("9"), BigDecimal.ONE, Optional.empty())
                : new PriceBook.Quote("sb-conc", 2, "test", "illustrative", new BigDecimal("22"), new BigDecimal("0.85"), Optional.of(3L)));
    };

    /**
     * 2000 kg of antimony concentrate at 55 % Sb contains 1100 kg Sb. At the mine gate: 1100 × 9 = 9900.00 USD. As exported:
     * 1100 × 22 × 0.85 = 20570.00 USD. Value added 10670.00, share 10670 ÷ 20570 = 0.51871... → 0.5187.
     */
    @Test
    void valuesTheSameContainedAntimonyAtTheMineGateAndAsExported() {
        ExportValue v = new ExportValuation(PRICES).of(chain(line("L1", "concentrate", 2_000_000, Map.of("Sb", "0.55"))));
        assertThat(v.mineGateUsd()).isEqualByComparingTo("9900.00");
        assertThat(v.exportUsd()).isEqualByComparingTo("20570.00");
        assertThat(v.valueAddedShare()).contains(new BigDecimal("0.5187"));
        assertThat(v.lines().get(0).stage()).isEqualTo("beneficiation");
        assertThat(v.lines().get(0).elements().get(0).kilograms()).isEqualByComparingTo("1100");
        assertThat(v.quarter()).isEqualTo("2025-Q4");
        assertThat(v.missing()).isEmpty();
    }

    /** A line with arsenic, which no price covers, is named and left out of the totals: never valued at zero. */
    @Test
    void namesTheElementWithoutAPriceAndLeavesItsLineOutOfTheTotals() {
        ExportValue v = new ExportValuation(PRICES).of(chain(line("L1", "concentrate", 2_000_000, Map.of("Sb", "0.55")),
                line("L2", "concentrate", 1_000_000, Map.of("Sb", "0.5", "As", "0.02"))));
        assertThat(v.exportUsd()).isEqualByComparingTo("20570.00");
        assertThat(v.missing()).containsExactly("L2: no price of As in ore (the mine gate) on or before 2025-10-08",
                "L2: no price of As in concentrate on or before 2025-10-08");
        assertThat(v.lines().get(1).exportUsd()).isEmpty();
    }

    /** Ore exported as ore adds nothing: 10 t at 20 % Sb, 2000 kg × 9 both sides. */
    @Test
    void oreExportedAsOreAddsNoValue() {
        ExportValue v = new ExportValuation(PRICES).of(chain(line("L1", "ore", 10_000_000, Map.of("Sb", "0.2"))));
        assertThat(v.mineGateUsd()).isEqualByComparingTo("18000.00");
        assertThat(v.exportUsd()).isEqualByComparingTo("18000.00");
        assertThat(v.valueAddedShare()).contains(new BigDecimal("0.0000"));
    }

    static ConsignmentChain.Line line(String lot, String form, long grams, Map<String, String> grades) {
        return new ConsignmentChain.Line(lot, "sb-" + form, form.toUpperCase(java.util.Locale.ROOT), grams, grades, Map.of("KP-ML-1", "1"));
    }

    static ConsignmentChain chain(ConsignmentChain.Line... lines) {
        ConsignmentChain.Head head = new ConsignmentChain.Head("C1", "e1", "x", "buyer", "port", "US", "30000.00", "2025-10-08T11:00:00Z");
        return new ConsignmentChain(head, List.of(lines), Map.of(), List.of(), List.of(), List.of());
    }
}
