package org.mizan.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MassTests {

    @ParameterizedTest
    @CsvSource({
            "0, 0, 0",
            "0.001, 1, 0.001",
            "1250.5, 1250500, 1250.5",
            "1250.500, 1250500, 1250.5",
            "007, 7000, 7",
            "12.34, 12340, 12.34",
            "1000000000000, 1000000000000000, 1000000000000"
    })
    void parsesDecimalKilogramsExactlyAndPrintsTheShortestForm(String kilograms, long grams, String printed) {
        Mass mass = Mass.ofKilograms(kilograms);

        assertThat(mass.grams()).isEqualTo(grams);
        assertThat(mass.toKilogramsString()).isEqualTo(printed);
        assertThat(Mass.ofKilograms(mass.toKilogramsString())).isEqualTo(mass);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.3456", "0.0001", "-1", "+1", "1e3", "1E3", "", " 1", "1 ", "1.", ".5", "1,000", "0x10",
            "NaN", "1000000000000.001", "99999999999999999", "12345678901234567890.5"})
    void rejectsKilogramFiguresThatAreNotPlainWholeGrams(String kilograms) {
        assertThatThrownBy(() -> Mass.ofKilograms(kilograms)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullKilograms() {
        assertThatThrownBy(() -> Mass.ofKilograms(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeAndOversizedGrams() {
        assertThatThrownBy(() -> Mass.ofGrams(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mass.ofGrams(Mass.MAX_GRAMS + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Mass.ofGrams(Mass.MAX_GRAMS).grams()).isEqualTo(Mass.MAX_GRAMS);
    }

    @Test
    void roundTripsEveryGramCountThroughKilogramText() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 10_000; i++) {
            long grams = i < 2_000 ? i : Math.floorMod(random.nextLong(), Mass.MAX_GRAMS + 1);
            Mass mass = Mass.ofGrams(grams);
            assertThat(Mass.ofKilograms(mass.toKilogramsString())).isEqualTo(mass);
        }
    }

    @Test
    void addsAndSubtractsExactlyButNeverBelowZero() {
        Mass a = Mass.ofKilograms("10.5");
        Mass b = Mass.ofKilograms("0.25");

        assertThat(a.plus(b)).isEqualTo(Mass.ofGrams(10_750));
        assertThat(a.minus(b)).isEqualTo(Mass.ofGrams(10_250));
        assertThat(a.minus(a)).isEqualTo(Mass.ZERO);
        assertThatThrownBy(() -> b.minus(a)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mass.ofGrams(Mass.MAX_GRAMS).plus(Mass.ofGrams(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesByGrams() {
        assertThat(Mass.ofGrams(2)).isGreaterThan(Mass.ofGrams(1));
        assertThat(Mass.ofGrams(2).isGreaterThan(Mass.ofGrams(1))).isTrue();
        assertThat(Mass.ofGrams(1).isLessThan(Mass.ofGrams(2))).isTrue();
        assertThat(Mass.ofGrams(1).compareTo(Mass.ofGrams(1))).isZero();
    }
}
