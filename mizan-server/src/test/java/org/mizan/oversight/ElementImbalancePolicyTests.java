package org.mizan.oversight;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.mizan.kernel.LotId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.Mass;

class ElementImbalancePolicyTests {

    private final OversightSettings settings = new OversightSettings(100, new BigDecimal("0.9"), new BigDecimal("0.02"),
            Map.of("leaching", new BigDecimal("0.05")), new BigDecimal("0.03"), new BigDecimal("0.01"), Map.of(), 1.4, 80, 6, 8, 1.1, List.of(),
            java.time.Duration.ofHours(24), java.time.Duration.ofHours(72), java.time.Duration.ofDays(7), java.time.Duration.ofDays(14),
            java.time.Duration.ofDays(90), 40, 10, new BigDecimal("0.003"), new BigDecimal("0.01"), 40, 10,
            new BigDecimal("1.10"), new BigDecimal("0.01"));
    private final ElementImbalancePolicy policy = new ElementImbalancePolicy(settings);

    private List<Finding> check(String process, String inKg, String outKg) {
        return check(process, new ElementImbalancePolicy.Balance(new ElementSymbol("Cu"), Mass.ofKilograms(inKg), Mass.ofKilograms(outKg)));
    }

    // A run whose tailings state a copper grade: all outputs, tailings included, against the input.
    private List<Finding> checkWithTailings(String inKg, String outKg) {
        return check("flotation", new ElementImbalancePolicy.Balance(new ElementSymbol("Cu"), Mass.ofKilograms(inKg), Mass.ofKilograms(outKg), true));
    }

    private List<Finding> check(String process, ElementImbalancePolicy.Balance balance) {
        return policy.check("ev-p", new SiteId("plant-1"), new PartyId("processor"), process, List.of(new LotId("IN-1"), new LotId("OUT-1")),
                List.of(balance));
    }

    @Test
    void doesNotFireWhenOutputIsBelowInput() {
        assertThat(check("flotation", "293.7", "270")).isEmpty();
    }

    @Test
    void firesForSurplusCopperWithTheUnattributedShare() {
        Finding f = check("flotation", "149.85", "194.4").get(0);
        assertThat(f.rule()).isEqualTo(RuleCode.ELEMENT_IMBALANCE);
        assertThat(f.figures()).containsEntry("surplusKg", "44.55").containsEntry("unattributedShare", "0.2292");
        assertThat(f.explanation()).contains("ev-p").contains("194.4 kg Cu").contains("149.85 kg");
    }

    @Test
    void theToleranceIsInclusiveAndPerProcess() {
        assertThat(check("flotation", "100", "102")).isEmpty();
        assertThat(check("flotation", "100", "102.001")).hasSize(1);
        assertThat(check("leaching", "100", "105")).isEmpty();
        assertThat(check("leaching", "100", "105.001")).hasSize(1);
    }

    @Test
    void aPlantWithoutDeclaredTailingsMayLoseAnyShareToRecovery() {
        assertThat(check("flotation", "100", "70")).isEmpty();
    }

    @Test
    void aPlantThatDeclaresTailingsAndAccountsForItsCopperIsQuiet() {
        assertThat(checkWithTailings("100", "98.5")).isEmpty();
        assertThat(checkWithTailings("100", "101.9")).isEmpty();
    }

    @Test
    void firesWhenCopperIsUnaccountedBeyondTheLossAllowanceOnceTailingsAreDeclared() {
        Finding f = checkWithTailings("100", "91").get(0);
        assertThat(f.rule()).isEqualTo(RuleCode.ELEMENT_IMBALANCE);
        assertThat(f.cause()).isEqualTo("ELEMENT_IMBALANCE/ev-p/Cu/unaccounted");
        assertThat(f.figures()).containsEntry("unaccountedKg", "9").containsEntry("unaccountedShare", "0.0900")
                .containsEntry("lossAllowance", "0.03").doesNotContainKey("surplusKg");
        assertThat(f.explanation()).contains("ev-p").contains("declared its tailings").contains("9 kg (9 % of the input) unaccounted");
    }

    @Test
    void theLossAllowanceIsInclusive() {
        assertThat(checkWithTailings("100", "97")).isEmpty();
        assertThat(checkWithTailings("100", "96.999")).hasSize(1);
    }

    @Test
    void aSurplusWithDeclaredTailingsIsStillASurplus() {
        List<Finding> findings = checkWithTailings("100", "102.001");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).figures()).containsKey("surplusKg").doesNotContainKey("unaccountedKg");
    }
}
