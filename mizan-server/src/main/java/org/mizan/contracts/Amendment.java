package org.mizan.contracts;

import java.time.LocalDate;
import java.util.Optional;

import org.mizan.kernel.Rejection;

/** A change to a registered contract, dated and described; it may change the contract's status. */
public record Amendment(String contract, int number, LocalDate date, String summary, Optional<Contract.Status> status) {

    public Amendment {
        if (contract == null || date == null) {
            throw Rejection.invalid("missing-field", "An amendment needs a date");
        }
        if (number < 1) {
            throw Rejection.invalid("invalid-amendment", "Amendments are numbered from 1");
        }
        summary = Text.required(summary, "summary", 4000);
        status = status == null ? Optional.empty() : status;
    }
}
