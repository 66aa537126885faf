package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.custody.json.EventJson;
import org.mizan.custody.json.EventWriter;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.PartyId;

import tools.jackson.databind.json.JsonMapper;

/** Oxide figures as element grades: Nd2O3 0.35 is Nd 0.300074595594, Pr6O11 0.08 is Pr 0.066216332364 (IUPAC 2021 weights). */
class OxideGradesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void eachOxideStandsForItsElementsGrade() {
        OxideGrades oxides = new OxideGrades(Map.of("Pr6O11", Grade.of("0.08"), "Nd2O3", Grade.of("0.35")));
        assertThat(oxides.elements()).isEqualTo(Grades.of(Map.of(ElementSymbol.of("Nd"), Grade.of("0.300074595594"),
                ElementSymbol.of("Pr"), Grade.of("0.066216332364"))));
        assertThat(oxides.reported().keySet()).containsExactly("Nd2O3", "Pr6O11");
    }

    @Test
    void twoOxidesOfOneElementOrElementsAboveTheWholeAreRefused() {
        assertThatThrownBy(() -> new OxideGrades(Map.of("Pr6O11", Grade.of("0.08"), "PrO2", Grade.of("0.01"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("two oxides of Pr are reported");
        // Nd 0.771620 + Pr 0.413852 > 1, though each oxide figure is a fraction.
        assertThatThrownBy(() -> new OxideGrades(Map.of("Nd2O3", Grade.of("0.9"), "Pr6O11", Grade.of("0.5"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("grades sum to more than 1");
    }

    @Test
    void anAssayReportingAnElementBothWaysIsRefused() {
        LotAssayed plain = EventFixture.assayed("L-1", EventFixture.grades(ElementSymbol.of("Nd"), "0.3"), 1);
        assertThatThrownBy(() -> new LotAssayed(plain.eventId(), plain.time(), plain.actor(), plain.lot(), plain.laboratory(),
                plain.grades(), new OxideGrades(Map.of("Nd2O3", Grade.of("0.35"))), plain.certificate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reports Nd both as an element and as an oxide");
    }

    @Test
    void theWrittenBodyReadsBackToAnEqualEventAndAnAssayWithoutOxidesIsWrittenAsBefore() {
        String body = "{\"eventId\":\"a-1\",\"type\":\"assayed\",\"time\":\"2025-10-01T00:00:00Z\",\"lot\":\"REE-1\","
                + "\"laboratory\":\"karachi-lab\",\"grades\":{\"Ce\":\"0.1\"},\"oxides\":{\"Pr6O11\":\"0.080\",\"Nd2O3\":\"0.35\"},"
                + "\"certificate\":\"C-1\"}";
        LotAssayed read = (LotAssayed) EventJson.read(JSON.readTree(body), new PartyId("sgs"));
        Map<String, Object> written = EventWriter.write(read);

        assertThat(JSON.writeValueAsString(written)).isEqualTo("{\"eventId\":\"a-1\",\"type\":\"assayed\",\"time\":\"2025-10-01T00:00Z\","
                + "\"actor\":\"sgs\",\"lot\":\"REE-1\",\"laboratory\":\"karachi-lab\",\"grades\":{\"Ce\":\"0.1\"},"
                + "\"oxides\":{\"Nd2O3\":\"0.35\",\"Pr6O11\":\"0.08\"},\"certificate\":\"C-1\"}");
        assertThat(EventJson.read(JSON.valueToTree(written), new PartyId("sgs"))).isEqualTo(read);
        assertThat(read.applied().fractions().keySet()).extracting(ElementSymbol::value).containsExactly("Ce", "Nd", "Pr");

        LotAssayed plain = EventFixture.assayed("L-1", EventFixture.grades(ElementSymbol.of("Cu"), "0.3"), 1);
        assertThat(EventWriter.write(plain)).doesNotContainKey("oxides");
    }
}
