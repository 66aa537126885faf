package org.mizan.fiscal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;

/**
 * A reconciliation line whose declared and received sides differ beyond materiality: one GFS code, company,
 * project and fiscal year in one currency, the day of its latest payment or receipt, the moment the latest of them
 * was recorded (a record may be entered long after its day), and both sides' log entries.
 */
public record RevenueDifference(String gfsCode, PartyId company, LicenceNumber licence, String fiscalYear, Money declared,
        Money received, LocalDate lastRecordedOn, Instant lastRecordingAt, List<Long> paymentEntries, List<Long> receiptEntries) {

    public RevenueDifference {
        Objects.requireNonNull(gfsCode, "gfs code");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(fiscalYear, "fiscal year");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(lastRecordedOn, "last recorded on");
        Objects.requireNonNull(lastRecordingAt, "last recording at");
        if (!declared.currency().equals(received.currency())) {
            throw new IllegalArgumentException("a difference compares amounts of one currency");
        }
        paymentEntries = List.copyOf(paymentEntries);
        receiptEntries = List.copyOf(receiptEntries);
    }

    /** Received minus declared: negative when the government got less than the company says it paid. */
    public Money difference() {
        return new Money(received.amount().subtract(declared.amount()), declared.currency());
    }
}
