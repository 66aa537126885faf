package org.mizan.epcis;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an EPCIS event means for custody (docs/adr/0008-epcis-mapping.md): an event has custody meaning
 * only when it names a Mizan registry site; then its event type, action and bizStep decide which custody
 * event it is, in the custody API's JSON form. Everything else is stored and queryable only.
 */
final class CustodyMapping {

    private CustodyMapping() {
    }

    static Optional<ObjectNode> of(ObjectNode event, DocumentContext context) {
        Optional<String> site = MizanExtension.site(event.path("bizLocation").path("id").asString(null));
        if (site.isEmpty()) {
            return Optional.empty();
        }
        MizanExtension x = MizanExtension.in(context).orElse(new MizanExtension("mizan"));
        String type = event.path("type").asString();
        String step = Vocabulary.shortName(event.path("bizStep").asString(""));
        String action = event.path("action").asString("");
        ObjectNode out = JsonDocuments.MAPPER.createObjectNode();
        out.put("eventId", event.get("eventID").asString());
        out.put("time", localTime(event));
        if (type.equals("TransformationEvent")) {
            return Optional.of(processed(out, event, x, site.get()));
        }
        if (!type.equals("ObjectEvent")) {
            return Optional.empty();
        }
        if (action.equals("ADD") && step.equals("commissioning")) {
            return Optional.of(extracted(out, event, x, site.get()));
        }
        if (step.equals("receiving")) {
            return Optional.of(out.put("type", "received").put("lot", lot(single(event))).put("site", site.get())
                    .put("massKg", MizanExtension.kilograms(single(event))));
        }
        if (step.equals("shipping")) {
            return Optional.of(dispatched(out, event, x));
        }
        if ((step.equals("inspecting") || step.equals("sampling")) && !x.field(event, "grades").isMissingNode()) {
            out.put("type", "assayed").put("lot", lot(single(event))).put("laboratory", site.get());
            out.set("grades", grades(event, x));
            return Optional.of(out.put("certificate", x.text(event, "certificate")));
        }
        if (step.equals("departing") && exportTransaction(event).isPresent()) {
            return Optional.of(exported(out, event, x, site.get()));
        }
        if (step.equals("destroying")) {
            return Optional.of(out.put("type", "lost").put("lot", lot(single(event))).put("massKg", MizanExtension.kilograms(single(event)))
                    .put("reason", x.text(event, "reason")));
        }
        return Optional.empty();
    }

    private static ObjectNode extracted(ObjectNode out, ObjectNode event, MizanExtension x, String site) {
        JsonNode q = single(event);
        out.put("type", "extracted").put("lot", lot(q)).put("site", site).put("material", x.text(event, "material"))
                .put("form", x.text(event, "form")).put("massKg", MizanExtension.kilograms(q));
        out.set("grades", grades(event, x));
        String geo = event.path("readPoint").path("id").asString("");
        if (!geo.matches("geo:-?[0-9.]+,-?[0-9.]+")) {
            throw MizanExtension.mapping("An extraction's readPoint is the geo: URI of the pit face, e.g. geo:29.101,62.048");
        }
        String[] latLon = geo.substring(4).split(",");
        out.putObject("location").put("lat", Double.parseDouble(latLon[0])).put("lon", Double.parseDouble(latLon[1]));
        return out;
    }

    private static ObjectNode dispatched(ObjectNode out, ObjectNode event, MizanExtension x) {
        out.put("type", "dispatched").put("lot", lot(single(event)))
                .put("from", siteOf(event.path("sourceList"), "source")).put("to", siteOf(event.path("destinationList"), "destination"));
        JsonNode permit = x.field(event, "permit");
        ObjectNode p = out.putObject("permit");
        for (String field : new String[] {"number", "vehicle", "vehicleClass", "maxPayloadKg", "validFrom", "validUntil"}) {
            p.put(field, x.text(permit, field));
        }
        return out;
    }

    private static ObjectNode processed(ObjectNode out, ObjectNode event, MizanExtension x, String site) {
        out.put("type", "processed").put("site", site).put("process", x.text(event, "process"));
        ArrayNode inputs = out.putArray("inputs");
        event.path("inputQuantityList").forEach(q -> inputs.addObject().put("lot", lot(q)).put("massKg", MizanExtension.kilograms(q)));
        ArrayNode outputs = out.putArray("outputs");
        JsonNode ilmd = event.path("ilmd");
        for (JsonNode q : event.path("outputQuantityList")) {
            String lot = lot(q);
            JsonNode data = x.repeated(ilmd, "output").stream().filter(o -> lot.equals(DigitalLink.canonicalOrSelf(x.text(o, "epcClass"))))
                    .findFirst().orElseThrow(() -> MizanExtension.mapping("No ilmd " + x.prefix() + ":output describes output lot " + lot));
            ObjectNode o = outputs.addObject().put("lot", lot).put("material", x.text(data, "material")).put("form", x.text(data, "form"))
                    .put("massKg", MizanExtension.kilograms(q));
            o.set("grades", grades(data, x));
        }
        return out;
    }

    private static ObjectNode exported(ObjectNode out, ObjectNode event, MizanExtension x, String port) {
        String consignment = exportTransaction(event).get();
        out.put("type", "exported").put("consignment", consignment.startsWith(MizanExtension.CONSIGNMENT)
                ? consignment.substring(MizanExtension.CONSIGNMENT.length()) : consignment);
        ArrayNode lots = out.putArray("lots");
        event.path("quantityList").forEach(q -> lots.add(lot(q)));
        out.put("port", port);
        String buyer = null;
        for (JsonNode d : event.path("destinationList")) {
            if (CapturedEvent.shortType(d.path("type").asString("")).equals("owning_party")) {
                buyer = MizanExtension.party(d.path("destination").asString()).orElse(null);
            }
        }
        if (buyer == null) {
            throw MizanExtension.mapping("An export names its buyer as an owning_party destination " + MizanExtension.PARTY + "<party>");
        }
        return out.put("buyer", buyer).put("destinationCountry", x.text(event, "destinationCountry"))
                .put("declaredValueUsd", x.text(event, "declaredValueUsd"));
    }

    private static Optional<String> exportTransaction(JsonNode event) {
        for (JsonNode t : event.path("bizTransactionList")) {
            if (MizanExtension.EXPORT_TRANSACTION.equals(t.path("type").asString(""))) {
                return Optional.of(t.path("bizTransaction").asString());
            }
        }
        return Optional.empty();
    }

    private static ObjectNode grades(JsonNode node, MizanExtension x) {
        ObjectNode grades = JsonDocuments.MAPPER.createObjectNode();
        x.grades(node).forEach(grades::put);
        return grades;
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
    private static String localTime(JsonNode event) {
        OffsetDateTime time = OffsetDateTime.parse(event.get("eventTime").asString());
        String offset = event.path("eventTimeZoneOffset").asString("Z");
        return time.withOffsetSameInstant(ZoneOffset.of(offset)).toString();
    }
}
