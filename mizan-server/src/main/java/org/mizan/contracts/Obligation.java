package org.mizan.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.mizan.kernel.Codes;
import org.mizan.kernel.Rejection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a binding clause of a contract obliges: of which kind, to whom, how much in which unit, by which dated
 * milestones. A local hiring quota is a percentage of local employees each milestone must reach; the other kinds
 * are amounts (rupees, dollars, persons, hours) each milestone must have delivered in all by its date.
 */
public record Obligation(String contract, String id, Kind kind, Beneficiary beneficiary, String clause, Unit unit,
        List<Milestone> milestones) {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public enum Kind {
        COMMUNITY_DEVELOPMENT_FUND, LOCAL_HIRING_QUOTA, TRAINING, ROYALTY_SHARE, INFRASTRUCTURE;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }

        @JsonCreator
        public static Kind of(String code) {
            return Codes.parse(Kind.class, code, "obligation-kind");
        }
    }

    public enum Unit {
        PKR, USD, PERSONS, HOURS, PERCENT;

        @JsonValue
        public String code() {
            return name();
        }

        @JsonCreator
        public static Unit of(String code) {
            for (Unit u : values()) {
                if (u.name().equals(code)) {
                    return u;
                }
            }
            throw Rejection.invalid("unknown-unit", "Unknown unit " + Rejection.quote(code) + "; known: PKR, USD, PERSONS, HOURS, PERCENT");
        }

        public boolean isMoney() {
            return this == PKR || this == USD;
        }
    }

    /** Who the clause benefits: a district (by name, as the boundaries spell it) and, where named, a community in it. */
    public record Beneficiary(String district, String community) {

        public Beneficiary {
            district = Text.required(district, "beneficiary.district", 80);
            community = community == null ? null : Text.required(community, "beneficiary.community", 120);
        }

        public String describe() {
            return community == null ? district : community + ", " + district;
        }
    }

    /** A dated target: so much delivered in all (or, for a quota, so high a share) by {@code due}. */
    public record Milestone(String id, LocalDate due, BigDecimal amount) {

        public Milestone {
            if (id == null || !ID.matcher(id).matches()) {
                throw Rejection.invalid("invalid-milestone-id", "A milestone id is 1 to 60 lowercase letters, digits or dashes, got: "
                        + Rejection.quote(id));
            }
            if (due == null || amount == null) {
                throw Rejection.invalid("missing-field", "A milestone needs id, due and amount");
            }
            if (amount.signum() <= 0) {
                throw Rejection.invalid("invalid-amount", "A milestone's amount is more than zero, got " + Rejection.number(amount));
            }
        }
    }

    public Obligation {
        if (id == null || !ID.matcher(id).matches()) {
            throw Rejection.invalid("invalid-obligation-id", "An obligation id is 1 to 60 lowercase letters, digits or dashes, got: "
                    + Rejection.quote(id));
        }
        if (contract == null || kind == null || beneficiary == null || unit == null) {
            throw Rejection.invalid("missing-field", "An obligation needs id, kind, beneficiary, clause, unit and milestones");
        }
        clause = Text.required(clause, "clause", 4000);
        if ((kind == Kind.LOCAL_HIRING_QUOTA) != (unit == Unit.PERCENT)) {
            throw Rejection.invalid("invalid-unit", "A local hiring quota, and only a quota, is stated in PERCENT");
        }
        if (milestones == null || milestones.isEmpty()) {
            throw Rejection.invalid("missing-field", "An obligation has at least one milestone");
        }
        milestones = List.copyOf(milestones);
        if (milestones.stream().map(Milestone::id).distinct().count() != milestones.size()) {
            throw Rejection.invalid("duplicate-milestone", "Each milestone of an obligation has its own id");
        }
        for (int i = 1; i < milestones.size(); i++) {
            if (!milestones.get(i).due().isAfter(milestones.get(i - 1).due())) {
                throw Rejection.invalid("milestones-out-of-order", "Milestones are listed in date order: "
                        + milestones.get(i).id() + " (" + milestones.get(i).due() + ") is not after " + milestones.get(i - 1).id()
                        + " (" + milestones.get(i - 1).due() + ")").with("milestone", milestones.get(i).id());
            }
        }
        if (unit == Unit.PERCENT && milestones.stream().anyMatch(m -> m.amount().compareTo(new BigDecimal("100")) > 0)) {
            throw Rejection.invalid("invalid-amount", "A quota is at most 100 %");
        }
    }

    public Milestone milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst().orElseThrow(() -> Rejection.notFound(
                "milestone-not-found", "Obligation " + id + " has no milestone " + Rejection.quote(milestoneId)));
    }
}
