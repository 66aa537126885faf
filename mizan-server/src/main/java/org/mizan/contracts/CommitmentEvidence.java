package org.mizan.contracts;

import java.time.LocalDate;
import java.util.Optional;

import org.mizan.kernel.Rejection;

/**
 * What met a commitment's milestone, by a reference Mizan can check: a custody event (a first export, a first
 * processing run), a registered site, a fiscal payment, or a disclosed document's hash with the amount it states.
 */
public record CommitmentEvidence(String commitment, String milestone, LocalDate on, Optional<String> event, Optional<String> site,
        Optional<Long> payment, Optional<String> document, Optional<java.math.BigDecimal> amount) {

    public CommitmentEvidence {
        if (commitment == null || milestone == null || on == null) {
            throw Rejection.invalid("missing-field", "Commitment evidence needs milestone and on");
        }
        event = event == null ? Optional.empty() : event;
        site = site == null ? Optional.empty() : site;
        payment = payment == null ? Optional.empty() : payment;
        document = document == null ? Optional.empty() : document;
        amount = amount == null ? Optional.empty() : amount;
        long refs = java.util.stream.Stream.of(event, site, payment, document).filter(Optional::isPresent).count();
        if (refs != 1) {
            throw Rejection.invalid("invalid-evidence", "Evidence names exactly one of event, site, payment or document, got " + refs);
        }
    }
}
