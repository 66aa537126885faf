package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.ConsignmentId;
import org.mizan.custody.EventId;
import org.mizan.fiscal.Money;
import org.mizan.fiscal.ReferenceValue;
import org.mizan.fiscal.RevenueDifference;
import org.mizan.kernel.CountryCode;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** An export's declared value against its reference value, and a reconciliation difference once its line has settled. */
class FiscalRulePoliciesTests {

    private final FiscalRuleSettings settings = FiscalRuleSettings.defaults();
    private final UndervaluedExportPolicy undervalued = new UndervaluedExportPolicy(settings);
    private final RevenueMismatchPolicy mismatch = new RevenueMismatchPolicy(settings);

    /** 7,500 kg of copper at 390 US cents a pound: 7500 / 0.45359237 × 3.90 = USD 64,485.21. */
    private static final ReferenceValue COPPER = new ReferenceValue(new BigDecimal("64485.211689"), List.of(new ReferenceValue.Priced(
            new ElementSymbol("Cu"), new BigDecimal("7500"), new BigDecimal("8.598028"), "usgs-cu-2023", 2023, 12,
            new BigDecimal("64485.211689"))), List.of(new ElementSymbol("Au")));

    @Test
    void anExportAtHalfItsReferenceValueIsQuietAndACentBelowIsUndervalued() {
        assertThat(undervalued.check(export("32242.61"), COPPER, List.of())).isEmpty();

        Finding f = undervalued.check(export("32242.60"), COPPER, List.of(new PartyId("exporter"))).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.UNDERVALUED_EXPORT);
        assertThat(f.cause()).isEqualTo("UNDERVALUED_EXPORT/exp-1");
        assertThat(f.figures()).containsEntry("referenceValueUsd", "64485.21").containsEntry("declaredValueUsd", "32242.60")
                .containsEntry("ratio", "0.500000");
        assertThat(f.explanation()).contains("USD 64485.21").contains("7500 kg Cu").contains("(usgs-cu-2023)")
                .contains("not valued, for want of a reference price: [Au]");
        assertThat(f.subject().lots()).containsExactly(new LotId("L-1"));
        assertThat(f.subject().parties()).containsExactly(new PartyId("exporter"));
    }

    @Test
    void anExportWithNoPricedElementIsNeverUndervalued() {
        ReferenceValue none = new ReferenceValue(BigDecimal.ZERO, List.of(), List.of(new ElementSymbol("Nd")));
        assertThat(undervalued.check(export("0.01"), none, List.of())).isEmpty();
    }

    @Test
    void aMaterialDifferenceIsFlaggedOnlyOnceItsLineHasBeenQuietForThirtyDays() {
        RevenueDifference d = difference(LocalDate.of(2025, 10, 9), Instant.parse("2025-10-09T07:00:00Z"));
        Instant later = Instant.parse("2025-11-09T07:00:00Z");
        assertThat(mismatch.check(d, LocalDate.of(2025, 11, 8), later)).isEmpty();

        Finding f = mismatch.check(d, LocalDate.of(2025, 11, 9), later).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.PAYMENT_RECEIPT_MISMATCH);
        assertThat(f.figures()).containsEntry("difference", "-50000.00").containsEntry("declared", "1200000.00")
                .containsEntry("paymentLogIndices", List.of(3L)).containsEntry("receiptLogIndices", List.of(5L));
        assertThat(f.explanation()).contains("miner declared PKR 1200000.00").contains("PKR 1150000.00 received")
                .contains("difference of PKR -50000.00");
        assertThat(f.cause()).isEqualTo("PAYMENT_RECEIPT_MISMATCH/2025-26/1415E1/miner/KP-ML-1/PKR/1200000/1150000");
        assertThat(new AlertFolding().key(f)).contains("PAYMENT_RECEIPT_MISMATCH/2025-26/1415E1/miner/KP-ML-1/PKR");
    }

    @Test
    void aLineOfOldDaysEnteredRecentlyWaitsUntilNothingWasEnteredOnItForAWeek() {
        // A payment of October entered in December, its receipt perhaps still to be entered by the treasury.
        RevenueDifference d = difference(LocalDate.of(2025, 10, 9), Instant.parse("2025-12-01T10:00:00Z"));
        LocalDate today = LocalDate.of(2025, 12, 10);
        assertThat(mismatch.settlesAt(d)).isEqualTo(Instant.parse("2025-12-08T10:00:00Z"));
        assertThat(mismatch.check(d, today, Instant.parse("2025-12-08T09:59:59Z"))).isEmpty();
        assertThat(mismatch.check(d, today, Instant.parse("2025-12-08T10:00:00Z"))).isPresent();
    }

    private static RevenueDifference difference(LocalDate lastOn, Instant lastEntered) {
        return new RevenueDifference("1415E1", new PartyId("miner"), new LicenceNumber("KP-ML-1"), "2025-26",
                Money.of("1200000", "PKR"), Money.of("1150000", "PKR"), lastOn, lastEntered, List.of(3L), List.of(5L));
    }

    private static ConsignmentExported export(String usd) {
        return new ConsignmentExported(new EventId("exp-1"), OffsetDateTime.parse("2025-11-18T10:00:00+05:00"), new PartyId("exporter"),
                new ConsignmentId("PK-EXP-1"), List.of(new LotId("L-1")), new SiteId("port"), new PartyId("buyer"), new CountryCode("US"),
                new BigDecimal(usd));
    }

}
