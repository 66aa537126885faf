package org.mizan.custody;

import java.math.BigDecimal;
import java.util.Map;
import org.mizan.kernel.CountryCode;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.SiteId;

/** For the exports-above-supply rule and the passport: what left, how much of each element, to where, at what value. */
public record ExportFacts(
        EventId eventId, ConsignmentId consignment, SiteId port, CountryCode destinationCountry,
        BigDecimal declaredValueUsd, Map<LotId, Mass> exportedMass, Map<ElementSymbol, Mass> containedMass)
        implements CustodyFacts {

    public ExportFacts {
        exportedMass = Map.copyOf(exportedMass);
        containedMass = Map.copyOf(containedMass);
    }

    public Mass totalMass() {
        return exportedMass.values().stream().reduce(Mass.ZERO, Mass::plus);
    }
}
