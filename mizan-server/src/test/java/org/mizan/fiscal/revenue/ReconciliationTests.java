package org.mizan.fiscal.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.fiscal.Money;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;

class ReconciliationTests {

    private static final GfsCatalogue GFS = new GfsCatalogue();
    private static final FiscalYear YEAR = FiscalYear.of("2025-26");
    private static final OffsetDateTime AT = OffsetDateTime.parse("2025-10-01T00:00:00Z");
    private final Reconciler reconciler = new Reconciler(new Materiality(Money.of("10000", "PKR"), new BigDecimal("0.01")));

    private static PaymentDeclared paid(String licence, String code, String amount, long index) {
        return new PaymentDeclared(index, new PartyId("fwo"), new LicenceNumber(licence), GFS.code(code), Money.of(amount, "PKR"),
                LocalDate.of(2025, 9, 1), "CH-" + index, AT, index);
    }

    private static ReceiptRecorded received(String licence, String code, String amount, long index) {
        return new ReceiptRecorded(index, new PartyId("fwo"), new LicenceNumber(licence), GFS.code(code), Money.of(amount, "PKR"),
                LocalDate.of(2025, 9, 2), "CH-" + index, new PartyId("ba-treasury"), Optional.empty(), new PartyId("ba-treasury"),
                AT, index);
    }

    @Test
    void sumsEachSideAndListsTheirLogEntries() {
        List<ReconciliationLine> lines = reconciler.reconcile(YEAR,
                List.of(paid("BA-1", "1415E1", "600000.50", 3), paid("BA-1", "1415E1", "400000", 5)),
                List.of(received("BA-1", "1415E1", "1000000.50", 7)));
        assertThat(lines).hasSize(1);
        ReconciliationLine line = lines.get(0);
        assertThat(line.declared().amount()).isEqualByComparingTo("1000000.50");
        assertThat(line.difference().amount()).isEqualByComparingTo("0");
        assertThat(line.material()).isFalse();
        assertThat(line.paymentEntries()).containsExactly(3L, 5L);
        assertThat(line.receiptEntries()).containsExactly(7L);
    }

    @Test
    void aShortfallAboveTenThousandRupeesIsMaterialEvenBelowOnePerCent() {
        // 2,000,000 declared, 1,985,000 received: 15,000 short is 0.75 %, under the share but over the amount.
        ReconciliationLine line = reconciler.reconcile(YEAR, List.of(paid("BA-1", "1415E1", "2000000", 1)),
                List.of(received("BA-1", "1415E1", "1985000", 2))).get(0);
        assertThat(line.difference().amount()).isEqualByComparingTo("-15000");
        assertThat(line.material()).isTrue();
    }

    @Test
    void smallDifferencesUnderBothThresholdsAreNotMaterial() {
        Materiality m = new Materiality(Money.of("10000", "PKR"), new BigDecimal("0.01"));
        assertThat(m.isMaterial(Money.of("500000", "PKR"), Money.of("495000", "PKR"))).isFalse();
        assertThat(m.isMaterial(Money.of("500000", "PKR"), Money.of("489999", "PKR"))).isTrue();
        // A dollar difference is judged only by its share: 2 % of USD 100.
        assertThat(m.isMaterial(Money.of("100", "USD"), Money.of("98", "USD"))).isTrue();
        assertThat(m.isMaterial(Money.of("100", "USD"), Money.of("99.5", "USD"))).isFalse();
    }

    @Test
    void aPaymentNobodyReceivedAndAReceiptNobodyDeclaredStandApart() {
        List<ReconciliationLine> lines = reconciler.reconcile(YEAR, List.of(paid("BA-1", "114521E", "50000", 1)),
                List.of(received("BA-2", "1415E1", "70000", 2)));
        assertThat(lines).extracting(l -> l.gfs().code() + " " + l.licence() + " " + l.difference().amount().toPlainString())
                .containsExactly("114521E BA-1 -50000", "1415E1 BA-2 70000");
        assertThat(lines).allMatch(ReconciliationLine::material);
    }

    @Test
    void theCatalogueKnowsTheLineOfRoyalties() {
        assertThat(GFS.levels(GFS.code("1415E1"))).extracting(GfsCode::code).containsExactly("14E", "141E", "1415E", "1415E1");
        assertThat(GFS.code("1415E").name()).isEqualTo("Rent");
        assertThat(GFS.all()).hasSize(39);
    }
}
