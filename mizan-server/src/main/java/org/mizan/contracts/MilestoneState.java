package org.mizan.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.Codes;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where one milestone stands on a day, computed from the logged obligation and its evidence (never typed in):
 * what was required, what the evidence delivers, and so whether it is due, partly delivered, delivered or overdue.
 * {@code of} says whether it is an obligation's milestone or a commitment's; {@code beneficiary} names whom an
 * obligation benefits, or a commitment milestone's phase; {@code lastRecorded} is when anything was last entered on
 * its obligation or commitment, so that a rule can wait for evidence entered in several pieces.
 */
public record MilestoneState(Of of, String contract, String item, String milestone, String kind, String beneficiary,
        LocalDate due, BigDecimal required, BigDecimal delivered, String unit, Status status, List<LicenceNumber> licences,
        Optional<ProvinceCode> province, List<PartyId> parties, List<Integer> evidence, OffsetDateTime lastRecorded) {

    public enum Of {
        OBLIGATION, COMMITMENT;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }
    }

    public enum Status {
        DUE, PARTLY_DELIVERED, DELIVERED, OVERDUE;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }
    }

    public MilestoneState {
        licences = List.copyOf(licences);
        parties = List.copyOf(parties);
        evidence = List.copyOf(evidence);
    }
}
