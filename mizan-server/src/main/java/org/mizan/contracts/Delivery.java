package org.mizan.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.mizan.kernel.Codes;
import org.mizan.kernel.Rejection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Evidence that part of an obligation was delivered: a payment fiscal recorded (an EITI 6.1 social payment,
 * mandatory or discretionary, in cash or in kind), a headcount report, or a document by its hash. {@code amount}
 * is what it delivers in the obligation's unit: the payment's amount, the report's local share or trainees, or
 * the amount a document states.
 */
public record Delivery(String contract, String obligation, String milestone, int number, Kind kind, LocalDate on,
        BigDecimal amount, Optional<Long> payment, Optional<Social> social, Optional<Headcount> headcount,
        Optional<String> document, Optional<String> note) {

    public enum Kind {
        PAYMENT, HEADCOUNT, DOCUMENT;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }

        @JsonCreator
        public static Kind of(String code) {
            return Codes.parse(Kind.class, code, "evidence-kind");
        }
    }

    /** How EITI Requirement 6.1 classes a social payment. */
    public record Social(boolean mandatory, boolean inKind) {
    }

    /** Who worked on the project in a period, by the district the clause names. */
    public record Headcount(String period, int employees, int local, int women, int trainees) {

        public Headcount {
            period = Text.required(period, "headcount.period", 20);
            if (employees < 0 || local < 0 || women < 0 || trainees < 0) {
                throw Rejection.invalid("negative-quantity", "Headcounts are zero or more");
            }
            if (local > employees || women > employees) {
                throw Rejection.invalid("invalid-headcount", "Local and women employees are among the employees: " + local + " and "
                        + women + " of " + employees);
            }
        }

        /** Local employees as a percentage of all, to two decimals (0 with no employees). */
        public BigDecimal localShare() {
            return employees == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(local * 100L).divide(BigDecimal.valueOf(employees), 2, RoundingMode.HALF_EVEN);
        }
    }

    public Delivery {
        if (contract == null || obligation == null || milestone == null || kind == null || on == null || amount == null) {
            throw Rejection.invalid("missing-field", "Evidence needs milestone, kind and on");
        }
        payment = payment == null ? Optional.empty() : payment;
        social = social == null ? Optional.empty() : social;
        headcount = headcount == null ? Optional.empty() : headcount;
        document = document == null ? Optional.empty() : document;
        note = note == null ? Optional.empty() : note.map(n -> Text.required(n, "note", 2000));
        if (amount.signum() < 0) {
            throw Rejection.invalid("negative-quantity", "A delivered amount is zero or more, got " + Rejection.number(amount));
        }
    }
}
