package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.fiscal.RoyaltyDue;
import org.mizan.fiscal.RoyaltyReceipt;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;

/** Royalties against receipts, oldest first, judged at their deadline in the province's calendar. */
class RoyaltyArrearsPolicyTests {

    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final LicenceNumber LEASE = new LicenceNumber("BA-ML-TEST-1");
    private final RoyaltyArrearsPolicy policy = new RoyaltyArrearsPolicy(FiscalRuleSettings.defaults());

    @Test
    void theDeadlineIsThirtyDaysAfterTheEventsDayInPakistanNotInUtc() {
        // 18:59:59 UTC is 23:59:59 in Pakistan; a second later it is the next day there, though still the same day in UTC.
        assertThat(policy.dueOn(due("a", "2025-09-03T18:59:59Z", "1000"), PAKISTAN)).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(policy.dueOn(due("a", "2025-09-03T19:00:00Z", "1000"), PAKISTAN)).isEqualTo(LocalDate.of(2025, 10, 4));
    }

    @Test
    void aReceiptOnTheDeadlineDayPaysAndOneADayLateDoesNot() {
        RoyaltyDue late = due("a", "2025-09-03T19:00:00Z", "1000.00");
        assertThat(judge(List.of(late), List.of(receipt("2025-10-04", "1000.00")), "a")).isEmpty();

        List<Finding> findings = judge(List.of(late), List.of(receipt("2025-10-05", "1000.00")), "a");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleCode.ROYALTY_UNPAID);
            assertThat(f.cause()).isEqualTo("ROYALTY_UNPAID/a");
            assertThat(f.figures()).containsEntry("dueOn", "2025-10-04").containsEntry("paidPkr", "0.00")
                    .containsEntry("shortPkr", "1000.00").containsEntry("receivedByDueOnPkr", "0.00");
            assertThat(f.subject().licences()).containsExactly(LEASE);
            assertThat(f.subject().parties()).containsExactly(new PartyId("holder"));
            assertThat(f.explanation()).contains("PKR 1000.00").contains("due by 2025-10-04").contains("none of it was received");
        });
    }

    @Test
    void aShortfallWithinTheTolerancePassesAndACentBeyondItIsFlagged() {
        RoyaltyDue due = due("a", "2025-09-01T06:00:00Z", "1000.00");
        assertThat(judge(List.of(due), List.of(receipt("2025-09-20", "990.00")), "a")).isEmpty();

        Finding short1 = judge(List.of(due), List.of(receipt("2025-09-20", "989.99")), "a").get(0);
        assertThat(short1.rule()).isEqualTo(RuleCode.ROYALTY_SHORTFALL);
        assertThat(short1.figures()).containsEntry("paidPkr", "989.99").containsEntry("shortPkr", "10.01");
        assertThat(short1.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void receiptsPayTheOldestRoyaltyFirstSoAnUnpaidLaterOneIsSeenEvenWhenTheFirstWasOverpaid() {
        RoyaltyDue first = due("a", "2025-09-01T06:00:00Z", "1000.00");
        RoyaltyDue second = due("b", "2025-09-10T06:00:00Z", "500.00");
        RoyaltyDue third = due("c", "2025-09-20T06:00:00Z", "400.00");
        // 1,200 by the first deadline pays the first and 200 of the second; nothing more arrives.
        List<RoyaltyReceipt> receipts = List.of(receipt("2025-09-25", "1200.00"));

        List<Finding> findings = policy.judge(List.of(first, second, third), receipts, Set.of("a", "b", "c"), PAKISTAN,
                Optional.of(new PartyId("holder")));

        assertThat(findings).extracting(f -> f.cause()).containsExactly("ROYALTY_SHORTFALL/b", "ROYALTY_UNPAID/c");
        assertThat(findings.get(0).figures()).containsEntry("earlierDuePkr", "1000.00").containsEntry("paidPkr", "200.00");
        assertThat(findings.get(1).figures()).containsEntry("earlierDuePkr", "1500.00").containsEntry("receivedByDueOnPkr", "1200.00");
    }

    @Test
    void onlyTheNamedAssessmentsAreJudgedAndARoyaltyHolidayOwesNothing() {
        RoyaltyDue holiday = due("a", "2025-09-01T06:00:00Z", "0");
        RoyaltyDue owed = due("b", "2025-09-02T06:00:00Z", "300");
        assertThat(judge(List.of(holiday, owed), List.of(), "a")).isEmpty();
        assertThat(judge(List.of(holiday, owed), List.of(), "b")).extracting(Finding::cause).containsExactly("ROYALTY_UNPAID/b");
    }

    private List<Finding> judge(List<RoyaltyDue> dues, List<RoyaltyReceipt> receipts, String judged) {
        return policy.judge(dues, receipts, Set.of(judged), PAKISTAN, Optional.of(new PartyId("holder")));
    }

    private static RoyaltyDue due(String id, String at, String pkr) {
        return new RoyaltyDue(id, new LotId("LOT-" + id), LEASE, "dispatch-" + id, OffsetDateTime.parse(at), new BigDecimal(pkr), 7);
    }

    private static RoyaltyReceipt receipt(String on, String pkr) {
        return new RoyaltyReceipt(1, LEASE, new PartyId("holder"), LocalDate.parse(on), new BigDecimal(pkr), "CH-1", 9);
    }
}
