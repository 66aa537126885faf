package org.mizan.custody;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * Part of a lot's mass was removed for a reason that is not a loss: water driven off ({@link Kind#MOISTURE}: the
 * metal stays, so the grades rise) or a sample taken for a laboratory ({@link Kind#SAMPLING}: the metal leaves
 * with it at the lot's grades). A moisture adjustment may state the moisture measured, a fraction of the wet
 * mass; a sampling may name the laboratory and the sample.
 */
public record LotAdjusted(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, Kind kind, Mass mass,
        Optional<BigDecimal> moisture, Optional<SiteId> laboratory, Optional<String> sampleId) implements CustodyEvent {

    /** Why the mass was removed; written in lower case in the event body and its facts. */
    public enum Kind {
        MOISTURE, SAMPLING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonValue
        public String asText() {
            return code();
        }
    }

    public LotAdjusted {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mass, "mass");
        moisture = Objects.requireNonNullElse(moisture, Optional.empty());
        laboratory = Objects.requireNonNullElse(laboratory, Optional.empty());
        sampleId = Objects.requireNonNullElse(sampleId, Optional.empty());
        if (mass.isZero()) {
            throw new IllegalArgumentException("adjustment of " + lot + " removes nothing");
        }
        if (kind == Kind.MOISTURE && (laboratory.isPresent() || sampleId.isPresent())) {
            throw new IllegalArgumentException("a moisture adjustment of " + lot + " names no laboratory or sample; a sample is kind sampling");
        }
        if (kind == Kind.SAMPLING && moisture.isPresent()) {
            throw new IllegalArgumentException("a sampling of " + lot + " states no moisture; water driven off is kind moisture");
        }
        moisture.filter(m -> m.signum() <= 0 || m.compareTo(BigDecimal.ONE) >= 0).ifPresent(m -> {
            throw new IllegalArgumentException("moisture of " + lot + " is a fraction of the wet mass above 0 and below 1, got "
                    + m.toPlainString());
        });
        sampleId.filter(String::isBlank).ifPresent(s -> {
            throw new IllegalArgumentException("sample id of " + lot + " is blank");
        });
    }

    /** A kind by its code, as an event body spells it. */
    public static Optional<Kind> kind(String code) {
        for (Kind kind : Kind.values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.of(lot);
    }
}
