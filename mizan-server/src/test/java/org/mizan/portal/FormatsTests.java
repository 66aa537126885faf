package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Shares, grades and a document's times as a reader of English or Urdu reads them. */
class FormatsTests {

    private final Formats formats = new Formats(ZoneId.of("Asia/Karachi"));

    @Test
    void aShareIsAPercentageToOneDecimalAndNeverHidesATraceAsNothing() {
        assertThat(formats.share("0.6250", Languages.ENGLISH)).isEqualTo("62.5 %");
        assertThat(formats.share("0.890437475803", Languages.ENGLISH)).isEqualTo("89.0 %");
        assertThat(formats.share("0.077429345722", Languages.ENGLISH)).isEqualTo("7.7 %");
        assertThat(formats.share("1.000000000000", Languages.ENGLISH)).isEqualTo("100 %");
        assertThat(formats.share("0", Languages.ENGLISH)).isEqualTo("0 %");
        assertThat(formats.share("0.0004", Languages.ENGLISH)).isEqualTo("< 0.1 %");
        assertThat(formats.share("0.6250", Languages.URDU)).isEqualTo("۶۲٫۵ %");
        assertThat(formats.share("not a number", Languages.ENGLISH)).isEqualTo("not a number");
    }

    @Test
    void aGradeKeepsTwoDecimalsFromOnePercentAndThreeSignificantDigitsBelow() {
        assertThat(formats.grade("0.2684", Languages.ENGLISH)).isEqualTo("26.84 %");
        assertThat(formats.grade("0.558", Languages.ENGLISH)).isEqualTo("55.8 %");
        assertThat(formats.grade("0.0000151", Languages.ENGLISH)).isEqualTo("0.00151 %");
        assertThat(formats.grade("0.300074595594", Languages.ENGLISH)).isEqualTo("30.01 %");
    }

    @Test
    void anAmountKeepsTheDecimalsItStates() {
        assertThat(formats.amount("63.20", Languages.ENGLISH)).isEqualTo("63.20");
        assertThat(formats.amount("1272223.70", Languages.ENGLISH)).isEqualTo("1,272,223.70");
        assertThat(formats.amount("18979.29", Languages.URDU)).isEqualTo("۱۸٬۹۷۹٫۲۹");
    }

    @Test
    void aDocumentsTimeReadsInThePagesLanguageAndZone() {
        assertThat(formats.timestamp("2025-10-08T11:00:00Z", Languages.ENGLISH)).isEqualTo("8 Oct 2025, 16:00");
        assertThat(formats.timestamp("2025-10-08T11:00:00Z", Languages.URDU)).startsWith("۸ اکتوبر، ۲۰۲۵");
        assertThat(formats.dayOf("2025-09-10T07:00:00Z", Languages.ENGLISH)).isEqualTo("10 Sept 2025");
        assertThat(formats.timestamp("yesterday", Languages.ENGLISH)).isEqualTo("yesterday");
    }
}
