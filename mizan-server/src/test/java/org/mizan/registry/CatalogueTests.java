package org.mizan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Rejection;
import org.mizan.log.assay.AtomicWeights;
import org.mizan.log.assay.Oxide;

import tools.jackson.databind.json.JsonMapper;

class CatalogueTests {

    private final Catalogue catalogue = new CatalogueFile().catalogue(JsonMapper.builder().build());

    /** Factors quoted in the registry specification, to four decimals. */
    @ParameterizedTest
    @CsvSource({"Nd2O3, Nd, 0.8574", "Pr6O11, Pr, 0.8277", "Sb2O3, Sb, 0.8354"})
    void computesOxideToElementFactorsFromAtomicWeights(String formula, String element, String expected) {
        BigDecimal factor = catalogue.factor(formula, new ElementSymbol(element));
        assertThat(factor.setScale(4, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo(expected);
    }

    /** The offline verifier converts oxide assays with its own table; it must be the catalogue's, weight for weight. */
    @Test
    void theVerifiersAtomicWeightsAreTheCatalogues() {
        AtomicWeights.STANDARD.forEach((symbol, weight) ->
                assertThat(catalogue.element(new ElementSymbol(symbol)).atomicWeight()).as(symbol).isEqualByComparingTo(weight));
        for (String formula : new String[] {"Nd2O3", "Pr6O11", "Sb2O3"}) {
            Oxide oxide = Oxide.of(formula);
            assertThat(oxide.elementGrade(BigDecimal.ONE).round(new java.math.MathContext(10)))
                    .isEqualByComparingTo(catalogue.factor(formula, new ElementSymbol(oxide.element())));
        }
    }

    @Test
    void materialsOfOxidesCarryTheirFactor() {
        assertThat(catalogue.elementFactor(catalogue.material("nd-oxide")).orElseThrow())
                .isEqualByComparingTo(catalogue.factor("Nd2O3", new ElementSymbol("Nd")));
        assertThat(catalogue.elementFactor(catalogue.material("cu-concentrate"))).isEmpty();
    }

    @Test
    void everyMaterialClimbsItsMineralsLadderInFormOrder() {
        for (Mineral mineral : catalogue.minerals()) {
            var ladder = catalogue.materials().stream().filter(m -> m.mineral().equals(mineral.code()))
                    .sorted(java.util.Comparator.comparingInt(Material::stage)).toList();
            for (int i = 1; i < ladder.size(); i++) {
                assertThat(ladder.get(i).form().ordinal())
                        .as("%s after %s", ladder.get(i).code(), ladder.get(i - 1).code())
                        .isGreaterThanOrEqualTo(ladder.get(i - 1).form().ordinal() - 1);
            }
        }
        assertThat(catalogue.material("ree-ore").form()).isEqualTo(Form.ORE);
        assertThat(catalogue.material("ndfeb-magnet").form()).isEqualTo(Form.MAGNET);
    }

    @Test
    void rejectsUnknownMineralsAndFormulasItCannotRead() {
        assertThatThrownBy(() -> catalogue.mineral("unobtainium")).isInstanceOf(Rejection.class)
                .extracting("type").isEqualTo("unknown-mineral");
        assertThatThrownBy(() -> catalogue.factor("Nd2(SO4)3", new ElementSymbol("Nd"))).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> catalogue.factor("Fe2O3", new ElementSymbol("Nd"))).isInstanceOf(Rejection.class);
    }
}
