package org.mizan.custody.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.mizan.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.ReadScope;
import org.mizan.custody.book.Lot;
import org.mizan.custody.store.ClosingMasses;
import org.mizan.custody.store.CustodyEvents;
import org.mizan.custody.store.Lots;
import org.mizan.custody.store.Traces;

@RestController
class LotController {

    private final Lots lots;
    private final CustodyEvents events;
    private final Traces traces;
    private final ReadScope scope;
    private final CurrentActor currentActor;
    private final JsonMapper json;
    private final ClosingMasses closing;

    LotController(Lots lots, CustodyEvents events, Traces traces, ReadScope scope, CurrentActor currentActor, JsonMapper json,
            ClosingMasses closing) {
        this.lots = lots;
        this.closing = closing;
        this.events = events;
        this.traces = traces;
        this.scope = scope;
        this.currentActor = currentActor;
        this.json = json;
    }

    @GetMapping("/api/v1/lots/{id}")
    Map<String, Object> lot(@PathVariable String id) {
        Lot lot = visible(id);
        return LotViews.of(lot, closing.heldWhenClosed(lot));
    }

    @GetMapping("/api/v1/lots/{id}/events")
    List<Map<String, Object>> history(@PathVariable String id) {
        Lot lot = visible(id);
        return events.ofLot(lot.id()).stream().map(EventController::view).toList();
    }

    @GetMapping("/api/v1/lots/{id}/trace")
    Map<String, Object> trace(@PathVariable String id, @RequestParam(defaultValue = "upstream") String direction) {
        Traces.Direction way;
        try {
            way = Traces.Direction.valueOf(direction.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejection(Rejection.Kind.MALFORMED, "invalid-parameter", "direction is upstream or downstream", Map.of());
        }
        Lot lot = visible(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lot", lot.id().value());
        out.put("direction", direction.toLowerCase(Locale.ROOT));
        out.put("lots", traces.lots(lot.id(), way).stream().map(this::node).toList());
        out.put("edges", traces.edges(lot.id(), way).stream().map(e -> Map.of("from", e.parent(), "to", e.child(),
                "eventId", e.eventId(), "seq", e.seq(), "consumedKg", Mass.ofGrams(e.massG()).toKilogramsString())).toList());
        return out;
    }

    private Map<String, Object> node(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", row.get("id"));
        out.put("material", row.get("material"));
        out.put("form", row.get("form"));
        out.put("grossMassKg", Mass.ofGrams(((Number) row.get("gross_g")).longValue()).toKilogramsString());
        out.put("availableMassKg", Mass.ofGrams(((Number) row.get("available_g")).longValue()).toKilogramsString());
        out.put("status", String.valueOf(row.get("status")).toLowerCase(Locale.ROOT).replace('_', '-'));
        out.put("site", row.get("site"));
        out.put("origin", json.readTree(String.valueOf(row.get("origin"))));
        return out;
    }

    private Lot visible(String id) {
        Actor actor = currentActor.require();
        LotId lotId = new LotId(id);
        return lots.load(lotId).filter(l -> scope.mayRead(actor, l.id()))
                .orElseThrow(() -> Rejection.notFound("unknown-lot", "No lot " + Rejection.quote(id) + " visible to you"));
    }
}
