package org.mizan.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Evidence as a submitter states it, before the register checks what it cites and works out what it delivers:
 * a payment by its fiscal id, a headcount, or a document's hash with the amount it states.
 */
public record EvidenceClaim(String milestone, Delivery.Kind kind, LocalDate on, Optional<Long> payment, Optional<Delivery.Social> social,
        Optional<Delivery.Headcount> headcount, Optional<String> document, Optional<BigDecimal> amount, Optional<String> note) {

    public EvidenceClaim {
        payment = payment == null ? Optional.empty() : payment;
        social = social == null ? Optional.empty() : social;
        headcount = headcount == null ? Optional.empty() : headcount;
        document = document == null ? Optional.empty() : document;
        amount = amount == null ? Optional.empty() : amount;
        note = note == null ? Optional.empty() : note;
    }
}
