package org.mizan.log.assay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known answers from the IUPAC 2021 standard atomic weights (Nd 144.242, Pr 140.90766, Sb 121.760, O 15.999),
 * worked out independently to 40 digits and rounded half-even to 12 decimals: Nd2O3 288.484 / 336.481 =
 * 0.857355987410879..., Pr6O11 845.44596 / 1021.43496 = 0.827704154555273..., Sb2O3 243.520 / 291.517 =
 * 0.835354370414075...
 */
class OxideTests {

    @ParameterizedTest
    @CsvSource({
            "Nd2O3, Nd, 1, 0.857355987411",
            "Pr6O11, Pr, 1, 0.827704154555",
            "Sb2O3, Sb, 1, 0.835354370414",
            "Nd2O3, Nd, 0.35, 0.300074595594",
            "Pr6O11, Pr, 0.08, 0.066216332364",
            "Sb2O3, Sb, 0.62, 0.517919709657",
            "Nd2O3, Nd, 0.999999999999, 0.85735598741",
            "Nd2O3, Nd, 0.000000000001, 0.000000000001",
            "Nd2O3, Nd, 0, 0"})
    void anOxideGradeIsItsElementsMassFractionOfItRoundedOnceToTwelveDecimals(String formula, String element, String oxide,
            String expected) {
        Oxide parsed = Oxide.of(formula);
        assertThat(parsed.element()).isEqualTo(element);
        assertThat(parsed.elementGrade(new BigDecimal(oxide)).toPlainString()).isEqualTo(expected);
    }

    @Test
    void aFormulaIsReadAsItsElementAndAtomCounts() {
        assertThat(Oxide.of("Pr6O11")).isEqualTo(new Oxide("Pr6O11", "Pr", 6, 11));
        assertThat(Oxide.of("CeO2")).isEqualTo(new Oxide("CeO2", "Ce", 1, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CuO", "Fe2O3", "Nd", "O2", "nd2o3", "Nd2O3 ", "Nd0O3", "Nd2(O3)", "", "Xx2O3"})
    void aFormulaThatIsNotAKnownSimpleOxideIsUnknown(String formula) {
        assertThatThrownBy(() -> Oxide.of(formula)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown formula");
    }

    @Test
    void aFormulaOfTwoElementsBesideOxygenIsRefusedAsSuch() {
        assertThatThrownBy(() -> Oxide.of("NdPrO3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("formula \"NdPrO3\" holds more than one element other than O");
    }
}
