package org.mizan.contracts.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.contracts.Delivery;
import org.mizan.contracts.MilestoneState.Status;
import org.mizan.contracts.Obligation;

class MilestonePolicyTests {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    private final MilestonePolicy policy = new MilestonePolicy();

    private static Obligation fund() {
        return new Obligation("c", "fund", Obligation.Kind.COMMUNITY_DEVELOPMENT_FUND, new Obligation.Beneficiary("Chagai", null),
                "clause", Obligation.Unit.PKR, List.of(new Obligation.Milestone("y1", DUE, new BigDecimal("1000000"))));
    }

    private static Obligation quota() {
        return new Obligation("c", "quota", Obligation.Kind.LOCAL_HIRING_QUOTA, new Obligation.Beneficiary("Chagai", null),
                "clause", Obligation.Unit.PERCENT, List.of(new Obligation.Milestone("q1", DUE, new BigDecimal("60"))));
    }

    private static Delivery paid(int number, String amount, LocalDate on) {
        return new Delivery("c", "fund", "y1", number, Delivery.Kind.PAYMENT, on, new BigDecimal(amount), Optional.of(1L + number),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Delivery counted(int number, int employees, int local, LocalDate on) {
        Delivery.Headcount h = new Delivery.Headcount("2026-Q2", employees, local, 0, 0);
        return new Delivery("c", "quota", "q1", number, Delivery.Kind.HEADCOUNT, on, h.localShare(), Optional.empty(), Optional.empty(),
                Optional.of(h), Optional.empty(), Optional.empty());
    }

    @Test
    void anAmountMilestoneIsDueThenPartlyDeliveredThenOverdueTheDayAfterItsDay() {
        Obligation o = fund();
        Obligation.Milestone m = o.milestones().get(0);
        assertThat(policy.judge(o, m, List.of(), DUE).status()).isEqualTo(Status.DUE);
        List<Delivery> short1 = List.of(paid(1, "999999.99", DUE));
        assertThat(policy.judge(o, m, short1, DUE).status()).isEqualTo(Status.PARTLY_DELIVERED);
        assertThat(policy.judge(o, m, short1, DUE.plusDays(1)).status()).isEqualTo(Status.OVERDUE);
        assertThat(policy.judge(o, m, List.of(), DUE.plusDays(1)).status()).isEqualTo(Status.OVERDUE);
    }

    @Test
    void anAmountMilestoneSumsItsDeliveriesAndStaysDeliveredWhenTheLastCameLate() {
        Obligation o = fund();
        List<Delivery> whole = List.of(paid(1, "600000", DUE.minusDays(5)), paid(2, "400000", DUE.plusDays(3)));
        MilestonePolicy.Judged judged = policy.judge(o, o.milestones().get(0), whole, DUE.plusDays(10));
        assertThat(judged.delivered()).isEqualByComparingTo("1000000");
        assertThat(judged.status()).isEqualTo(Status.DELIVERED);
    }

    @Test
    void aQuotaCountsTheLatestReportOnlyToTwoDecimals() {
        Obligation o = quota();
        Obligation.Milestone m = o.milestones().get(0);
        // 120/200 = 60.00 % meets 60 %, then a later 119/200 = 59.50 % does not: a share is a state, not a sum.
        List<Delivery> met = List.of(counted(1, 200, 120, DUE.minusDays(30)));
        assertThat(policy.judge(o, m, met, DUE.plusDays(1)).status()).isEqualTo(Status.DELIVERED);
        List<Delivery> fell = List.of(counted(1, 200, 120, DUE.minusDays(30)), counted(2, 200, 119, DUE.minusDays(1)));
        MilestonePolicy.Judged judged = policy.judge(o, m, fell, DUE.plusDays(1));
        assertThat(judged.delivered()).isEqualTo(new BigDecimal("59.50"));
        assertThat(judged.status()).isEqualTo(Status.OVERDUE);
        // 2 of 3 is 66.67 %, rounded half-even at the second decimal.
        assertThat(new Delivery.Headcount("p", 3, 2, 0, 0).localShare()).isEqualTo(new BigDecimal("66.67"));
    }
}
