package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTests {

    @Test
    void aLabelThatFitsIsDrawnWholeAndEscaped() {
        assertThat(BarChart.label("Mass lost in transit")).isEqualTo("Mass lost in transit");
        assertThat(BarChart.label("Ore & <concentrate>")).isEqualTo("Ore &amp; &lt;concentrate&gt;");
        assertThat(BarChart.label("x".repeat(40))).isEqualTo("x".repeat(40));
    }

    @Test
    void aLongerLabelIsCutAtAWordWithTheWholeAsItsTitle() {
        String whole = "Declared payment and government receipt differ";
        assertThat(BarChart.label(whole)).isEqualTo("<title>" + whole + "</title>Declared payment and government receipt\u2026");
        // No space in the first half: cut at the limit.
        assertThat(BarChart.label("y".repeat(45))).isEqualTo("<title>" + "y".repeat(45) + "</title>" + "y".repeat(39) + "\u2026");
    }

    @Test
    void theSvgCarriesTheCutLabelAndTheValue() {
        String svg = BarChart.svg("Alerts", List.of(new BarChart.Bar("A plant that puts out a little more than it takes in, run after run",
                BigDecimal.ONE)), BigDecimal::toPlainString);
        assertThat(svg).contains(">A plant that puts out a little more\u2026</text>", ">1</text>");
    }
}
