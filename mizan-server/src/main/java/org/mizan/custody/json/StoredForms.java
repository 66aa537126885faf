package org.mizan.custody.json;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Mass;
import org.mizan.kernel.SiteId;

import tools.jackson.databind.JsonNode;
import org.mizan.custody.TransitPermit;
import org.mizan.custody.book.OriginKey;
import org.mizan.custody.book.OriginVector;
import org.mizan.custody.book.Transit;

/** JSON forms of the value objects a lot row holds: grades, origin vector, transit. */
public final class StoredForms {

    public static final String UNATTRIBUTED = "unattributed";

    private StoredForms() {
    }

    /** Origin shares keyed by licence number, with the unattributed share under its own key (no licence can be named so). */
    public static Map<String, String> origin(OriginVector origin) {
        Map<String, String> out = new LinkedHashMap<>();
        origin.shares().forEach((key, share) -> out.put(key instanceof OriginKey.Licensed l ? l.licence().value() : UNATTRIBUTED,
                share.toPlainString()));
        return out;
    }

    public static OriginVector origin(JsonNode node) {
        Map<OriginKey, BigDecimal> shares = new LinkedHashMap<>();
        node.properties().forEach(e -> shares.put(UNATTRIBUTED.equals(e.getKey()) ? OriginKey.UNATTRIBUTED
                : OriginKey.licence(new LicenceNumber(e.getKey())), new BigDecimal(e.getValue().asString())));
        return new OriginVector(shares);
    }

    public static Grades grades(JsonNode node) {
        Map<ElementSymbol, Grade> fractions = new LinkedHashMap<>();
        node.properties().forEach(e -> fractions.put(new ElementSymbol(e.getKey()), Grade.of(e.getValue().asString())));
        return Grades.of(fractions);
    }

    public static Map<String, Object> transit(Transit transit) {
        if (transit == null) {
            return null;
        }
        TransitPermit p = transit.permit();
        Map<String, Object> permit = new LinkedHashMap<>();
        permit.put("number", p.number());
        permit.put("vehicle", p.vehicle());
        permit.put("vehicleClass", p.vehicleClass());
        permit.put("maxPayloadG", p.maxPayload().grams());
        permit.put("validFrom", p.validFrom().toString());
        permit.put("validUntil", p.validUntil().toString());
        p.singleUse().ifPresent(singleUse -> permit.put("singleUse", singleUse));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", transit.from().value());
        out.put("to", transit.to().value());
        out.put("permit", permit);
        out.put("dispatchedG", transit.dispatchedMass().grams());
        out.put("dispatchedAt", transit.dispatchedAt().toString());
        transit.scaleResolution().ifPresent(resolution -> out.put("scaleResolutionG", resolution.grams()));
        return out;
    }

    public static Transit transit(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode p = node.get("permit");
        TransitPermit permit = new TransitPermit(p.get("number").asString(), p.get("vehicle").asString(),
                p.get("vehicleClass").asString(), Mass.ofGrams(p.get("maxPayloadG").asLong()),
                OffsetDateTime.parse(p.get("validFrom").asString()), OffsetDateTime.parse(p.get("validUntil").asString()),
                p.hasNonNull("singleUse") ? Optional.of(p.get("singleUse").booleanValue()) : Optional.empty());
        return new Transit(new SiteId(node.get("from").asString()), new SiteId(node.get("to").asString()), permit,
                Mass.ofGrams(node.get("dispatchedG").asLong()), OffsetDateTime.parse(node.get("dispatchedAt").asString()),
                node.hasNonNull("scaleResolutionG") ? Optional.of(Mass.ofGrams(node.get("scaleResolutionG").asLong())) : Optional.empty());
    }
}
