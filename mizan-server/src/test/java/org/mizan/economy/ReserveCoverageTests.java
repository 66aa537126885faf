package org.mizan.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.custody.MaterialForm;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** What each disclosure policy shows of the same stock, worked by hand. */
class ReserveCoverageTests {

    private static final ReserveTarget THIRTY_DAYS = new ReserveTarget(Optional.of(new ReserveTarget.Days(new BigDecimal("30"),
            new BigDecimal("1500"), "illustrative")), Optional.empty());

    /** 54 980 kg ÷ 1 500 kg a day = 36.653… days, shown 36.6 (never rounded up); the target 30 × 1 500 = 45 000 kg is met. */
    @Test
    void aPublicAccountShowsItsStockAndDaysOfCover() {
        ReserveCoverage c = ReserveCoverage.of(account(DisclosurePolicy.PUBLIC, THIRTY_DAYS), new BigDecimal("54980"), List.of());
        assertThat(c.stockKg()).hasValueSatisfying(kg -> assertThat(kg).isEqualByComparingTo("54980"));
        assertThat(c.days()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("36.6"));
        assertThat(c.belowTarget()).contains(false);
        assertThat(c.band()).isEmpty();
        assertThat(ReserveCoverage.of(account(DisclosurePolicy.PUBLIC, THIRTY_DAYS), new BigDecimal("44999"), List.of()).belowTarget())
                .contains(true);
    }

    @Test
    void aBandAccountShowsOnlyItsBand() {
        ReserveCoverage c = ReserveCoverage.of(account(DisclosurePolicy.BAND, THIRTY_DAYS), new BigDecimal("54980"), List.of());
        assertThat(c.band()).contains("30–60 days");
        assertThat(c.stockKg()).isEmpty();
        assertThat(c.days()).isEmpty();
        assertThat(c.belowTarget()).isEmpty();
        assertThat(band(THIRTY_DAYS, "44999")).as("29.9 days").isEqualTo("under 30 days");
        assertThat(band(THIRTY_DAYS, "90000")).as("60.0 days").isEqualTo("60–90 days");
        assertThat(band(THIRTY_DAYS, "270000")).as("180.0 days").isEqualTo("180 days or more");
        ReserveTarget tonnes = new ReserveTarget(Optional.empty(), Optional.of(new BigDecimal("100")));
        assertThat(band(tonnes, "49999")).isEqualTo("under 50% of target");
        assertThat(band(tonnes, "50000")).isEqualTo("50–100% of target");
        assertThat(band(tonnes, "100000")).isEqualTo("at or above target");
    }

    @Test
    void aSealedAccountShowsOnlyItsCommitments() {
        List<ReserveCoverage.Commitment> logged = List.of(new ReserveCoverage.Commitment("2026-01", 7), new ReserveCoverage.Commitment("2026-02", 12));
        ReserveCoverage c = ReserveCoverage.of(account(DisclosurePolicy.SEALED, THIRTY_DAYS), new BigDecimal("54980"), logged);
        assertThat(c.stockKg()).isEmpty();
        assertThat(c.band()).isEmpty();
        assertThat(c.days()).isEmpty();
        assertThat(c.commitments()).isEqualTo(logged);
    }

    private static String band(ReserveTarget target, String kg) {
        return ReserveCoverage.of(account(DisclosurePolicy.BAND, target), new BigDecimal(kg), List.of()).band().orElseThrow();
    }

    private static ReserveAccount account(DisclosurePolicy policy, ReserveTarget target) {
        return new ReserveAccount("sb", new SiteId("reserve-site"), "sb-ore", MaterialForm.ORE, target, policy, new PartyId("reg-kp"),
                YearMonth.of(2026, 1));
    }
}
