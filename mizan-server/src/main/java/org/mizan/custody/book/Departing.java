package org.mizan.custody.book;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.ExportFacts;

/** Departing: whole lots at a port leave the country; each becomes EXPORTED with nothing left available. */
final class Departing {

    private final Sites sites;

    Departing(Sites sites) {
        this.sites = sites;
    }

    ExportFacts apply(ConsignmentExported event, Staging staging) {
        SiteProfile port = sites.require(event.port());
        if (port.kind() != SiteKind.PORT) {
            throw new CustodyViolation(CustodyRule.NOT_A_PORT,
                    "consignment " + event.consignment() + " exported from " + event.port() + ", a " + port.kind());
        }
        Map<LotId, Mass> exported = new LinkedHashMap<>();
        Map<ElementSymbol, Mass> contained = new TreeMap<>();
        for (LotId id : event.lots()) {
            Lot lot = staging.existing(id);
            staging.put(lot.exported(event));
            exported.put(lot.id(), lot.availableMass());
            lot.grades().containedGrams(lot.availableMass()).forEach((element, mass) -> contained.merge(element, mass, Mass::plus));
        }
        return new ExportFacts(event.eventId(), event.consignment(), event.port(), event.destinationCountry(),
                event.declaredValueUsd(), exported, contained);
    }
}
