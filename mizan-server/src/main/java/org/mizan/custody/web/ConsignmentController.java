package org.mizan.custody.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Licence;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.mizan.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.mizan.custody.ReadScope;
import org.mizan.custody.book.Lot;
import org.mizan.custody.book.OriginShares;
import org.mizan.custody.json.EventWriter;
import org.mizan.custody.json.StoredForms;
import org.mizan.custody.store.Lots;

/**
 * An export consignment: what left, how much, in which forms, with how much of each element, and
 * from which licences and provinces. Consignment-level origin shares weight each line by its mass.
 */
@RestController
public class ConsignmentController {

    private final JdbcClient jdbc;
    private final Lots lots;
    private final ReadScope scope;
    private final Registry registry;
    private final CurrentActor currentActor;

    ConsignmentController(JdbcClient jdbc, Lots lots, ReadScope scope, Registry registry, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.lots = lots;
        this.scope = scope;
        this.registry = registry;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/consignments/{id}")
    Map<String, Object> consignment(@PathVariable String id) {
        Actor actor = currentActor.require();
        Map<String, Object> head = jdbc.sql("""
                select c.*, e.event_id from consignment c join custody_event e on e.seq = c.seq where c.id = ?""")
                .param(id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> Rejection.notFound("unknown-consignment", "No consignment " + Rejection.quote(id)));
        Map<String, Long> lines = new LinkedHashMap<>();
        jdbc.sql("select lot_id, mass_g from consignment_lot where consignment = ? order by lot_id").param(id)
                .query(rs -> {
                    lines.put(rs.getString(1), rs.getLong(2));
                });
        boolean visible = scope.seesEverything(actor) || actor.party().value().equals(head.get("buyer"))
                || lines.keySet().stream().anyMatch(l -> scope.mayRead(actor, new LotId(l)));
        if (!visible) {
            throw Rejection.notFound("unknown-consignment", "No consignment " + Rejection.quote(id));
        }
        return view(head, lines);
    }

    private Map<String, Object> view(Map<String, Object> head, Map<String, Long> lines) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", head.get("id"));
        out.put("eventId", head.get("event_id"));
        out.put("exporter", head.get("exporter"));
        out.put("buyer", head.get("buyer"));
        out.put("port", head.get("port"));
        out.put("destinationCountry", head.get("destination_country"));
        out.put("declaredValueUsd", ((BigDecimal) head.get("declared_value_usd")).toPlainString());
        out.put("exportedAt", ((java.sql.Timestamp) head.get("exported_at")).toInstant().toString());
        Mass total = Mass.ZERO;
        Map<ElementSymbol, Mass> contained = new TreeMap<>();
        Map<String, BigDecimal> byLicence = new TreeMap<>();
        TreeSet<String> forms = new TreeSet<>();
        List<Map<String, Object>> lineViews = new ArrayList<>();
        for (Map.Entry<String, Long> line : lines.entrySet()) {
            Lot lot = lots.load(new LotId(line.getKey())).orElseThrow();
            Mass mass = Mass.ofGrams(line.getValue());
            total = total.plus(mass);
            forms.add(EventWriter.form(lot.form()));
            lot.grades().containedGrams(mass).forEach((element, grams) -> contained.merge(element, grams, Mass::plus));
            BigDecimal weight = BigDecimal.valueOf(mass.grams());
            StoredForms.origin(lot.origin()).forEach((key, share) -> byLicence.merge(key, new BigDecimal(share).multiply(weight), BigDecimal::add));
            // An exported lot held what it exported: its figures follow that mass, as the consignment's totals do.
            Map<String, Object> lineView = new LinkedHashMap<>(LotViews.of(lot, Optional.of(mass)));
            lineView.put("exportedMassKg", mass.toKilogramsString());
            lineViews.add(lineView);
        }
        out.put("totalMassKg", total.toKilogramsString());
        Map<String, String> containedKg = new LinkedHashMap<>();
        contained.forEach((element, mass) -> containedKg.put(element.value(), mass.toKilogramsString()));
        out.put("containedKg", containedKg);
        out.put("forms", forms);
        out.put("origin", origin(byLicence, total));
        out.put("lines", lineViews);
        return out;
    }

    private Map<String, Object> origin(Map<String, BigDecimal> weighted, Mass total) {
        Map<String, BigDecimal> shares = OriginShares.of(weighted, BigDecimal.valueOf(Math.max(total.grams(), 1)));
        Map<String, String> byLicence = new LinkedHashMap<>();
        Map<String, BigDecimal> byProvince = new TreeMap<>();
        shares.forEach((key, share) -> {
            byLicence.put(key, share.toPlainString());
            String province = StoredForms.UNATTRIBUTED.equals(key) ? StoredForms.UNATTRIBUTED
                    : registry.licence(new LicenceNumber(key)).map(Licence::province).map(p -> p.value()).orElse("unknown");
            byProvince.merge(province, share, BigDecimal::add);
        });
        Map<String, String> provinces = new LinkedHashMap<>();
        byProvince.forEach((p, s) -> provinces.put(p, s.toPlainString()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("byLicence", byLicence);
        out.put("byProvince", provinces);
        return out;
    }
}
