package org.mizan.custody;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mizan.kernel.CountryCode;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** Whole lots left the country through a port as one consignment (CBV departing). */
public record ConsignmentExported(
        EventId eventId, OffsetDateTime time, PartyId actor,
        ConsignmentId consignment, List<LotId> lots, SiteId port, PartyId buyer,
        CountryCode destinationCountry, BigDecimal declaredValueUsd)
        implements CustodyEvent {

    public ConsignmentExported {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(consignment, "consignment");
        lots = List.copyOf(lots);
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(destinationCountry, "destination country");
        Objects.requireNonNull(declaredValueUsd, "declared value");
        if (lots.isEmpty() || new HashSet<>(lots).size() != lots.size()) {
            throw new IllegalArgumentException("consignment " + consignment + " needs distinct lots, at least one");
        }
        if (declaredValueUsd.signum() < 0) {
            throw new IllegalArgumentException("consignment " + consignment + " declares a negative value");
        }
        // The figures a plain decimal of the API can write: at most 18 digits before and after the point.
        if (declaredValueUsd.scale() < 0 || declaredValueUsd.scale() > 18 || declaredValueUsd.precision() - declaredValueUsd.scale() > 18) {
            throw new IllegalArgumentException("consignment " + consignment + " declares a value of more than 18 digits either side of the point");
        }
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.copyOf(lots);
    }
}
