package org.mizan.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.Codes;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An investment commitment (an MoU's promise): its headline value, the plants promised with their stage and
 * capacity, and dated milestones by phase, each to be met by evidence Mizan already holds: a first export, a
 * processing site registered, its first processing run, capital expenditure disclosed, royalties paid.
 * {@code licences} names the titles it concerns, if any (a national framework names none); {@code illustrative}
 * marks a commitment entered as an example rather than from a signed text.
 */
public record Commitment(String id, String title, List<PartyId> parties, List<LicenceNumber> licences, LocalDate signed, BigDecimal headlineValue,
        String currency, String source, boolean illustrative, List<Plant> plants, List<Milestone> milestones) {

    public enum Phase {
        DEMONSTRATION, SCALING, FULL_IMPACT;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }

        @JsonCreator
        public static Phase of(String code) {
            return Codes.parse(Phase.class, code, "phase");
        }
    }

    /** What counts as meeting a milestone, and which evidence shows it. */
    public enum Evidence {
        FIRST_EXPORT, PROCESSING_SITE_REGISTERED, FIRST_PROCESSING, CAPEX_DISCLOSED, ROYALTIES_PAID;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }

        @JsonCreator
        public static Evidence of(String code) {
            return Codes.parse(Evidence.class, code, "evidence");
        }
    }

    /** A plant promised: its name, the value-chain stage it works at and its capacity, or no date when only "eventual". */
    public record Plant(String name, String stage, Optional<BigDecimal> capacityTonnesPerYear, Optional<LocalDate> by) {

        public Plant {
            name = Text.required(name, "plants.name", 200);
            stage = Text.required(stage, "plants.stage", 40);
            capacityTonnesPerYear = capacityTonnesPerYear == null ? Optional.empty() : capacityTonnesPerYear;
            by = by == null ? Optional.empty() : by;
            capacityTonnesPerYear.ifPresent(c -> {
                if (c.signum() <= 0) {
                    throw Rejection.invalid("invalid-capacity", "A plant's capacity is more than zero tonnes a year");
                }
            });
        }
    }

    public record Milestone(String id, Phase phase, LocalDate due, String description, Evidence evidence) {

        public Milestone {
            if (id == null || !Obligation.ID.matcher(id).matches()) {
                throw Rejection.invalid("invalid-milestone-id", "A milestone id is 1 to 60 lowercase letters, digits or dashes, got: "
                        + Rejection.quote(id));
            }
            if (phase == null || due == null || evidence == null) {
                throw Rejection.invalid("missing-field", "A commitment milestone needs id, phase, due, description and evidence");
            }
            description = Text.required(description, "milestones.description", 1000);
        }
    }

    public Commitment {
        if (id == null || !Obligation.ID.matcher(id).matches()) {
            throw Rejection.invalid("invalid-commitment-id", "A commitment id is 1 to 60 lowercase letters, digits or dashes, got: "
                    + Rejection.quote(id));
        }
        title = Text.required(title, "title", 300);
        source = Text.required(source, "source", 1000);
        if (signed == null || headlineValue == null || currency == null || !currency.matches("[A-Z]{3}")) {
            throw Rejection.invalid("missing-field", "A commitment needs signed, headlineValue and an ISO 4217 currency");
        }
        if (headlineValue.signum() <= 0) {
            throw Rejection.invalid("invalid-amount", "A headline value is more than zero, got " + Rejection.number(headlineValue));
        }
        if (parties == null || parties.size() < 2 || parties.stream().distinct().count() != parties.size()) {
            throw Rejection.invalid("too-few-parties", "A commitment has at least two distinct parties");
        }
        parties = List.copyOf(parties);
        licences = licences == null ? List.of() : List.copyOf(licences);
        plants = plants == null ? List.of() : List.copyOf(plants);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        if (milestones.stream().map(Milestone::id).distinct().count() != milestones.size()) {
            throw Rejection.invalid("duplicate-milestone", "Each milestone of a commitment has its own id");
        }
        for (int i = 1; i < milestones.size(); i++) {
            if (milestones.get(i).due().isBefore(milestones.get(i - 1).due())) {
                throw Rejection.invalid("milestones-out-of-order", "Milestones are listed in date order: " + milestones.get(i).id()
                        + " is due before " + milestones.get(i - 1).id()).with("milestone", milestones.get(i).id());
            }
            if (milestones.get(i).phase().ordinal() < milestones.get(i - 1).phase().ordinal()) {
                throw Rejection.invalid("milestones-out-of-order", "Phases follow one another: " + milestones.get(i).id()
                        + " goes back to " + milestones.get(i).phase().code()).with("milestone", milestones.get(i).id());
            }
        }
    }

    public Milestone milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst().orElseThrow(() -> Rejection.notFound(
                "milestone-not-found", "Commitment " + id + " has no milestone " + Rejection.quote(milestoneId)));
    }
}
