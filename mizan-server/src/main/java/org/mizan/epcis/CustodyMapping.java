package org.mizan.epcis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.ConsignmentId;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.GeoPoint;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotLost;
import org.mizan.custody.LotReceived;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.ProcessInput;
import org.mizan.custody.TransitPermit;
import org.mizan.kernel.CountryCode;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an EPCIS event means for custody (docs/adr/0008-epcis-mapping.md): an event has custody meaning
 * only when it names a Mizan registry site; then its event type, action and bizStep decide which custody
 * event it is. Everything else is stored and queryable only. A value custody's records refuse (a lot id,
 * a mass finer than a gram, an unknown form) is refused as custody's API refuses it: {@code invalid-event}.
 */
final class CustodyMapping {

    private CustodyMapping() {
    }

    static Optional<CustodyEvent> of(ObjectNode event, DocumentContext context, PartyId actor) {
        Optional<String> site = MizanExtension.site(event.path("bizLocation").path("id").asString(null));
        if (site.isEmpty()) {
            return Optional.empty();
        }
        MizanExtension x = MizanExtension.in(context).orElse(new MizanExtension("mizan"));
        String type = event.path("type").asString();
        String step = Vocabulary.shortName(event.path("bizStep").asString(""));
        String action = event.path("action").asString("");
        CustodyValues head = new CustodyValues(event.get("eventID").asString(), localTime(event), actor);
        if (type.equals("TransformationEvent")) {
            return Optional.of(processed(head, event, x, site.get()));
        }
        if (!type.equals("ObjectEvent")) {
            return Optional.empty();
        }
        if (action.equals("ADD") && step.equals("commissioning")) {
            return Optional.of(extracted(head, event, x, site.get()));
        }
        if (step.equals("receiving")) {
            String lot = lot(single(event));
            String kilograms = MizanExtension.kilograms(single(event));
            return Optional.of(head.build(() -> new LotReceived(head.id(), head.time(), actor, new LotId(lot), new SiteId(site.get()),
                    Mass.ofKilograms(kilograms))));
        }
        if (step.equals("shipping")) {
            return Optional.of(dispatched(head, event, x));
        }
        if ((step.equals("inspecting") || step.equals("sampling")) && !x.field(event, "grades").isMissingNode()) {
            String lot = lot(single(event));
            Map<String, String> grades = x.grades(event);
            String certificate = x.text(event, "certificate");
            return Optional.of(head.build(() -> new LotAssayed(head.id(), head.time(), actor, new LotId(lot), new SiteId(site.get()),
                    CustodyValues.grades(grades), certificate)));
        }
        if (step.equals("departing") && exportTransaction(event).isPresent()) {
            return Optional.of(exported(head, event, x, site.get()));
        }
        if (step.equals("destroying")) {
            String lot = lot(single(event));
            String kilograms = MizanExtension.kilograms(single(event));
            String reason = x.text(event, "reason");
            return Optional.of(head.build(() -> new LotLost(head.id(), head.time(), actor, new LotId(lot), Mass.ofKilograms(kilograms),
                    reason)));
        }
        return Optional.empty();
    }

    private static CustodyEvent extracted(CustodyValues head, ObjectNode event, MizanExtension x, String site) {
        JsonNode q = single(event);
        String lot = lot(q);
        String material = x.text(event, "material");
        String form = x.text(event, "form");
        String kilograms = MizanExtension.kilograms(q);
        Map<String, String> grades = x.grades(event);
        String geo = event.path("readPoint").path("id").asString("");
        if (!geo.matches("geo:-?[0-9.]+,-?[0-9.]+")) {
            throw MizanExtension.mapping("An extraction's readPoint is the geo: URI of the pit face, e.g. geo:29.101,62.048");
        }
        String[] latLon = geo.substring(4).split(",");
        double lat = Double.parseDouble(latLon[0]);
        double lon = Double.parseDouble(latLon[1]);
        return head.build(() -> new LotExtracted(head.id(), head.time(), head.actor(), new LotId(lot), new SiteId(site), material,
                CustodyValues.form(form), Mass.ofKilograms(kilograms), CustodyValues.grades(grades), new GeoPoint(lat, lon)));
    }

    private static CustodyEvent dispatched(CustodyValues head, ObjectNode event, MizanExtension x) {
        String lot = lot(single(event));
        String from = siteOf(event.path("sourceList"), "source");
        String to = siteOf(event.path("destinationList"), "destination");
        JsonNode p = x.field(event, "permit");
        String number = x.text(p, "number");
        String vehicle = x.text(p, "vehicle");
        String vehicleClass = x.text(p, "vehicleClass");
        String payload = x.text(p, "maxPayloadKg");
        String validFrom = x.text(p, "validFrom");
        String validUntil = x.text(p, "validUntil");
        Optional<Boolean> singleUse = x.optionalBoolean(p, "singleUse");
        return head.build(() -> new LotDispatched(head.id(), head.time(), head.actor(), new LotId(lot), new SiteId(from), new SiteId(to),
                new TransitPermit(number, vehicle, vehicleClass, Mass.ofKilograms(payload), CustodyValues.time(validFrom),
                        CustodyValues.time(validUntil), singleUse)));
    }

    private static CustodyEvent processed(CustodyValues head, ObjectNode event, MizanExtension x, String site) {
        String process = x.text(event, "process");
        List<Map.Entry<String, String>> inputs = new ArrayList<>();
        event.path("inputQuantityList").forEach(q -> inputs.add(Map.entry(lot(q), MizanExtension.kilograms(q))));
        CustodyValues.nonEmpty(event.path("inputQuantityList"), "inputs");
        CustodyValues.nonEmpty(event.path("outputQuantityList"), "outputs");
        List<CustodyValues.Output> outputs = new ArrayList<>();
        JsonNode ilmd = event.path("ilmd");
        for (JsonNode q : event.path("outputQuantityList")) {
            String lot = lot(q);
            JsonNode data = x.repeated(ilmd, "output").stream().filter(o -> lot.equals(DigitalLink.canonicalOrSelf(x.text(o, "epcClass"))))
                    .findFirst().orElseThrow(() -> MizanExtension.mapping("No ilmd " + x.prefix() + ":output describes output lot " + lot));
            outputs.add(new CustodyValues.Output(lot, x.text(data, "material"), x.text(data, "form"), MizanExtension.kilograms(q),
                    x.grades(data)));
        }
        return head.build(() -> new LotsProcessed(head.id(), head.time(), head.actor(), new SiteId(site), process,
                inputs.stream().map(i -> new ProcessInput(new LotId(i.getKey()), Mass.ofKilograms(i.getValue()))).toList(),
                outputs.stream().map(CustodyValues.Output::toCustody).toList()));
    }

    private static CustodyEvent exported(CustodyValues head, ObjectNode event, MizanExtension x, String port) {
        String transaction = exportTransaction(event).get();
        String consignment = transaction.startsWith(MizanExtension.CONSIGNMENT)
                ? transaction.substring(MizanExtension.CONSIGNMENT.length()) : transaction;
        List<String> lots = new ArrayList<>();
        event.path("quantityList").forEach(q -> lots.add(lot(q)));
        CustodyValues.nonEmpty(event.path("quantityList"), "lots");
        String buyer = null;
        for (JsonNode d : event.path("destinationList")) {
            if (CapturedEvent.shortType(d.path("type").asString("")).equals("owning_party")) {
                buyer = MizanExtension.party(d.path("destination").asString()).orElse(null);
            }
        }
        if (buyer == null) {
            throw MizanExtension.mapping("An export names its buyer as an owning_party destination " + MizanExtension.PARTY + "<party>");
        }
        String party = buyer;
        String country = x.text(event, "destinationCountry");
        String value = x.text(event, "declaredValueUsd");
        return head.build(() -> new ConsignmentExported(head.id(), head.time(), head.actor(), new ConsignmentId(consignment),
                lots.stream().map(LotId::new).toList(), new SiteId(port), new PartyId(party), new CountryCode(country),
                new BigDecimal(value)));
    }

    private static Optional<String> exportTransaction(JsonNode event) {
        for (JsonNode t : event.path("bizTransactionList")) {
            if (MizanExtension.EXPORT_TRANSACTION.equals(t.path("type").asString(""))) {
                return Optional.of(t.path("bizTransaction").asString());
            }
        }
        return Optional.empty();
    }

    private static String siteOf(JsonNode list, String field) {
        for (JsonNode entry : list) {
            if (CapturedEvent.shortType(entry.path("type").asString("")).equals("location")) {
                Optional<String> site = MizanExtension.site(entry.path(field).asString());
                if (site.isPresent()) {
                    return site.get();
                }
            }
        }
        throw MizanExtension.mapping("A shipment names its " + field + " as a location " + MizanExtension.SITE + "<site>");
    }

    private static JsonNode single(JsonNode event) {
        JsonNode list = event.path("quantityList");
        if (list.size() != 1) {
            throw MizanExtension.mapping("Custody events name exactly one lot in quantityList, got " + list.size());
        }
        return list.get(0);
    }

    private static String lot(JsonNode quantityElement) {
        return DigitalLink.canonicalOrSelf(quantityElement.path("epcClass").asString());
    }

    // Custody keeps local times; EPCIS gives the instant and the offset apart.
    private static OffsetDateTime localTime(JsonNode event) {
        OffsetDateTime time = OffsetDateTime.parse(event.get("eventTime").asString());
        String offset = event.path("eventTimeZoneOffset").asString("Z");
        return time.withOffsetSameInstant(ZoneOffset.of(offset));
    }
}
