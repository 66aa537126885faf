package org.mizan.fiscal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;

/**
 * A royalty assessed on a lot's taxable event: the licence (the EITI project) it is due under, when the
 * event happened, the amount in rupees, and the log entry that commits the assessment.
 */
public record RoyaltyDue(String assessment, LotId lot, LicenceNumber licence, String eventId, OffsetDateTime eventAt,
        BigDecimal duePkr, long logIndex) {

    public RoyaltyDue {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(eventAt, "event time");
        if (duePkr == null || duePkr.signum() < 0) {
            throw new IllegalArgumentException("assessment " + assessment + " needs a due amount of zero or more");
        }
    }
}
