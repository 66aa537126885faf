package org.mizan.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradesTests {

    private static final ElementSymbol ND = ElementSymbol.of("Nd");
    private static final ElementSymbol PR = ElementSymbol.of("Pr");

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1.0001", "2"})
    void rejectsGradesOutsideZeroToOne(String fraction) {
        assertThatThrownBy(() -> Grade.of(fraction)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsGradesFinerThanTwelveDecimals() {
        assertThatThrownBy(() -> Grade.of("0.0000000000001")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Grade.of("0.000000000001").fraction()).isEqualByComparingTo("1E-12");
    }

    @Test
    void treatsGradesThatDifferOnlyInTrailingZerosAsEqual() {
        assertThat(Grade.of("0.250")).isEqualTo(Grade.of("0.25"));
        assertThat(Grade.of("0.000")).isEqualTo(Grade.of("0"));
        assertThat(Grade.of("1.00")).isEqualTo(Grade.of("1"));
    }

    @Test
    void rejectsGradesSummingAboveOne() {
        assertThatThrownBy(() -> Grades.of(Map.of(ND, Grade.of("0.6"), PR, Grade.of("0.41"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Grades.of(Map.of(ND, Grade.of("0.6"), PR, Grade.of("0.4"))).fractions()).hasSize(2);
    }

    @Test
    void computesContainedMassPerElementRoundingHalfEvenToWholeGrams() {
        Grades grades = Grades.of(ND, Grade.of("0.5")).with(PR, Grade.of("0.25"));

        assertThat(grades.containedGrams(Mass.ofGrams(1_000))).containsExactly(
                Map.entry(ND, Mass.ofGrams(500)), Map.entry(PR, Mass.ofGrams(250)));
        // 5 g x 0.5 = 2.5 g rounds to 2, 3 g x 0.5 = 1.5 g rounds to 2: no upward drift over many lots.
        assertThat(grades.contained(ND, Mass.ofGrams(5))).contains(Mass.ofGrams(2));
        assertThat(grades.contained(ND, Mass.ofGrams(3))).contains(Mass.ofGrams(2));
    }

    @Test
    void distinguishesAnUnassayedElementFromAZeroGrade() {
        Grades grades = Grades.of(ND, Grade.of("0"));

        assertThat(grades.contained(ND, Mass.ofGrams(1_000))).contains(Mass.ZERO);
        assertThat(grades.contained(PR, Mass.ofGrams(1_000))).isEmpty();
        assertThat(Grades.none().isEmpty()).isTrue();
    }

    @Test
    void keepsItsOwnCopyOfTheFractions() {
        var source = new java.util.HashMap<ElementSymbol, Grade>();
        source.put(ND, Grade.of("0.3"));
        Grades grades = Grades.of(source);
        source.put(PR, Grade.of("0.3"));

        assertThat(grades.fractions()).containsOnlyKeys(ND);
        assertThatThrownBy(() -> grades.fractions().put(PR, Grade.of("0.1"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(grades.grade(ND).map(Grade::fraction)).contains(new BigDecimal("0.3"));
    }
}
