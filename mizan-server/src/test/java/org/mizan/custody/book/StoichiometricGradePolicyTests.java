package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.custody.EventFixture.grades;
import static org.mizan.custody.RegistryFixture.*;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;

class StoichiometricGradePolicyTests {

    private final StoichiometricGradePolicy policy = new StoichiometricGradePolicy(CATALOGUE, new BigDecimal("0.005"));

    @ParameterizedTest
    @ValueSource(strings = {"0.8573", "0.857356", "0.8623", "0.862356"})
    void acceptsAGradeUpToTheFormulaPlusTheTolerance(String nd) {
        assertThatCode(() -> policy.check("ND-1", "ND2O3", grades(ND, nd))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.862357", "0.8624", "0.95", "1"})
    void refusesAGradeAboveTheFormulaPlusTheTolerance(String nd) {
        assertThatThrownBy(() -> policy.check("ND-1", "ND2O3", grades(ND, nd))).isInstanceOfSatisfying(CustodyViolation.class,
                v -> org.assertj.core.api.Assertions.assertThat(v.rule()).isEqualTo(CustodyRule.GRADE_ABOVE_STOICHIOMETRY));
    }

    @Test
    void capsOnlyTheCompoundsPrimaryElement() {
        // Pr in an Nd oxide is an impurity the catalogue's formula says nothing about.
        assertThatCode(() -> policy.check("ND-1", "ND2O3", grades(ND, "0.80", PR, "0.10"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"REE-ORE", "REE-CONC", "CU-CONC"})
    void oresAndConcentratesAreBoundedByTheWholeOnly(String material) {
        assertThatCode(() -> policy.check("X-1", material, grades(ND, "1", CU, "0"))).doesNotThrowAnyException();
    }

    @Test
    void aToleranceOutsideItsSaneRangeStopsStartupWithTheSettingsName() {
        assertThatThrownBy(() -> new StoichiometricGradePolicy(CATALOGUE, new BigDecimal("0.2")))
                .hasMessageContaining("mizan.custody.grade-tolerance");
        assertThatThrownBy(() -> new StoichiometricGradePolicy(CATALOGUE, new BigDecimal("-0.001")))
                .hasMessageContaining("mizan.custody.grade-tolerance");
    }
}
