package org.mizan.custody.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.Mass;
import org.mizan.custody.book.Lot;
import org.mizan.custody.json.EventWriter;
import org.mizan.custody.json.StoredForms;

/** The JSON shape of a lot for the API: masses as decimal-kilogram strings, origin shares by licence. */
final class LotViews {

    private LotViews() {
    }

    /** The lot; {@code heldWhenClosed} is what a closed lot held when it closed, empty for an open one. */
    static Map<String, Object> of(Lot lot, Optional<Mass> heldWhenClosed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", lot.id().value());
        out.put("material", lot.material());
        out.put("form", EventWriter.form(lot.form()));
        out.put("role", lot.role().code());
        out.put("grossMassKg", lot.grossMass().toKilogramsString());
        out.put("availableMassKg", lot.availableMass().toKilogramsString());
        out.put("grades", EventWriter.grades(lot.grades()));
        heldWhenClosed.ifPresent(mass -> out.put("heldWhenClosedKg", mass.toKilogramsString()));
        out.put("containedKg", contained(lot, heldWhenClosed));
        out.put("status", lot.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        out.put("site", lot.site().value());
        lot.destination().ifPresent(d -> out.put("destination", d.value()));
        out.put("custodian", lot.custodian().value());
        out.put("owner", lot.owner().value());
        out.put("lastEventTime", lot.lastEventTime().toString());
        out.put("origin", StoredForms.origin(lot.origin()));
        return out;
    }

    /**
     * Contained element mass of what is there: the available mass of an open lot, what a closed lot held
     * when it closed (never the gross mass, which receipts, partial processing and write-offs leave behind).
     */
    static Map<String, String> contained(Lot lot, Optional<Mass> heldWhenClosed) {
        Mass basis = heldWhenClosed.orElse(lot.availableMass());
        Map<String, String> out = new LinkedHashMap<>();
        lot.grades().containedGrams(basis).forEach((element, mass) -> out.put(element.value(), mass.toKilogramsString()));
        return out;
    }
}
