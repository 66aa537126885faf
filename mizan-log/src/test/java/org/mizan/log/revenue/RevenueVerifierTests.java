package org.mizan.log.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.log.note.VerifierKey;

class RevenueVerifierTests {

    private static RevenueReport verify(Map<String, Object> bundle, VerifierKey key) {
        return RevenueVerifier.verify(RevenueBundle.fromJson(bundle), key);
    }

    @Test
    void passesABundleWhoseRowsSumTheirLoggedReceipts() {
        RevenueReport report = verify(RevenueFixture.bundle(), RevenueFixture.key());

        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report).extracting(RevenueReport::fiscalYear, RevenueReport::rows, RevenueReport::receipts,
                RevenueReport::log, RevenueReport::treeSize).containsExactly("2025-26", 3, 4, RevenueFixture.LOG, 7L);
    }

    @Test
    void namesARowWhoseValueIsNotTheSumOfItsReceipts() {
        Map<String, Object> bundle = RevenueFixture.bundle();
        RevenueFixture.row(bundle, 1).put("value", "1100.00");

        assertThat(verify(bundle, RevenueFixture.key()).problems())
                .containsExactly("row 1 (1415E1 · Company One · L-1): value 1,100.00 PKR but its receipts sum to 1,000.00 PKR");
    }

    @Test
    void acceptsTheSameValueWrittenWithAnotherScale() {
        Map<String, Object> bundle = RevenueFixture.bundle();
        RevenueFixture.row(bundle, 1).put("value", "1000");

        assertThat(verify(bundle, RevenueFixture.key()).problems()).isEmpty();
    }

    @Test
    void namesAReceiptWhoseAmountWasChangedAsNotInTheLog() {
        Map<String, Object> bundle = RevenueFixture.bundle();
        RevenueFixture.recorded(bundle, 0).put("amount", "500.00");
        RevenueFixture.row(bundle, 1).put("value", "900.00");

        List<String> problems = verify(bundle, RevenueFixture.key()).problems();

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("receipt entry 3 is not in the log: its recorded form and salt do not hash,"
                + " through its proof, to the checkpoint's root");
        assertThat(problems.get(1)).isEqualTo("row 1 (1415E1 · Company One · L-1): receipt entry 3 is not a receipt proven in the log");
    }

    @Test
    void namesAReceiptMovedToARowOfAnotherCode() {
        Map<String, Object> bundle = RevenueFixture.bundle();
        RevenueFixture.entries(RevenueFixture.row(bundle, 2)).remove(Long.valueOf(5));
        RevenueFixture.row(bundle, 2).put("value", "0.00");
        RevenueFixture.entries(RevenueFixture.row(bundle, 1)).add(5L);
        RevenueFixture.row(bundle, 1).put("value", "1250.50");

        assertThat(verify(bundle, RevenueFixture.key()).problems()).containsExactly(
                "row 1 (1415E1 · Company One · L-1): receipt entry 5 names GFS code 114521E, the row's is 1415E1",
                "row 2 (114521E · Company One · L-1): sums no receipt");
    }

    @Test
    void namesAReceiptSummedByTwoRows() {
        Map<String, Object> bundle = RevenueFixture.bundle();
        RevenueFixture.entries(RevenueFixture.row(bundle, 3)).add(3L);
        RevenueFixture.row(bundle, 3).put("value", "1500.00");

        assertThat(verify(bundle, RevenueFixture.key()).problems()).containsExactly(
                "row 3 (1415E1 · Company Two · L-2): receipt entry 3 is also summed by row 1",
                "row 3 (1415E1 · Company Two · L-2): receipt entry 3 names company c-1, the row's is c-2",
                "row 3 (1415E1 · Company Two · L-2): receipt entry 3 names licence L-1, the row's is L-2");
    }

    @Test
    void namesAReceiptSummedTwiceByOneRow() {
        Map<String, Object> bundle = RevenueFixture.bundle();
        RevenueFixture.entries(RevenueFixture.row(bundle, 2)).add(5L);
        RevenueFixture.row(bundle, 2).put("value", "501.00");

        assertThat(verify(bundle, RevenueFixture.key()).problems()).containsExactly(
                "row 2 (114521E · Company One · L-1): receipt entry 5 is summed twice");
    }

    @Test
    void namesAReceiptReceivedOutsideTheFiscalYear() {
        List<RevenueFixture.Receipt> receipts = new ArrayList<>(RevenueFixture.YEAR);
        receipts.set(3, new RevenueFixture.Receipt(3, "1415E1", "c-2", "L-2", "900.00", "2026-07-01"));

        assertThat(verify(RevenueFixture.bundle(receipts), RevenueFixture.key()).problems()).containsExactly(
                "row 3 (1415E1 · Company Two · L-2): receipt entry 6 was received on 2026-07-01, outside fiscal year 2025-26"
                        + " (2025-07-01 to 2026-06-30)");
    }

    @Test
    void namesADisclosedReceiptThatNoRowSums() {
        Map<String, Object> bundle = RevenueFixture.bundle();
        RevenueFixture.entries(RevenueFixture.row(bundle, 3)).clear();
        RevenueFixture.row(bundle, 3).put("value", "0");

        assertThat(verify(bundle, RevenueFixture.key()).problems()).containsExactly(
                "row 3 (1415E1 · Company Two · L-2): sums no receipt",
                "receipt entry 6 is disclosed but summed by no row");
    }

    @Test
    void refusesACheckpointSignedByAnotherKey() {
        RevenueReport report = verify(RevenueFixture.bundle(), RevenueFixture.otherKey());

        assertThat(report.passed()).isFalse();
        assertThat(report.treeSize()).isZero();
        assertThat(report.problems()).singleElement().asString()
                .startsWith("checkpoint: the checkpoint is not signed by " + RevenueFixture.LOG);
    }

    @Test
    void refusesABundleOfAnotherFormatOrWithAFieldOfTheWrongType() {
        Map<String, Object> other = RevenueFixture.bundle();
        other.put("format", "mizan-event-disclosure/v1");
        Map<String, Object> typed = RevenueFixture.bundle();
        RevenueFixture.row(typed, 2).put("value", 250.5);
        Map<String, Object> year = RevenueFixture.bundle();
        year.put("fiscalYear", "2025-27");

        assertThatThrownBy(() -> RevenueBundle.fromJson(other)).hasMessageContaining("format mizan-event-disclosure/v1 is not");
        assertThatThrownBy(() -> RevenueBundle.fromJson(typed)).hasMessage("the bundle's rows[1].value is not a string");
        assertThatThrownBy(() -> RevenueBundle.fromJson(year)).hasMessage("a fiscal year is named like 2025-26, got 2025-27");
    }
}
